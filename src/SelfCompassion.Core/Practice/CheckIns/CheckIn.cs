using SelfCompassion.Ownership;

namespace SelfCompassion.Practice.CheckIns;

/// <summary>One Self-Compassion Scale (short form) check-in: the twelve answers and their total.</summary>
public class CheckIn : IOwnedRecord
{
    public Guid Id { get; set; }

    public string OwnerId { get; set; } = "";

    public DateTimeOffset TakenAt { get; set; }

    public List<int> Answers { get; set; } = [];

    public decimal Score { get; set; }

    /// <summary>Made from the check-in form's key and its answers (docs/adr/0019): sent again, it saves once.</summary>
    public Guid? SaveKey { get; set; }
}
