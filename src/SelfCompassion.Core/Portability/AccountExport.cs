using SelfCompassion.Accounts.Sessions;
using SelfCompassion.Common;

namespace SelfCompassion.Portability;

public sealed record ExportFile(string Name, byte[] Content);

/// <summary>Everything the person has, as a ZIP of JSON and CSV files, once they've shown it's them.</summary>
public sealed class AccountExport(ExportReader reader, AccountActivity activity, TimeProvider time)
{
    public async Task<Outcome<ExportFile>> ExportAsync(CancellationToken cancellationToken = default)
    {
        var document = await reader.ReadAsync(cancellationToken);
        var file = new ExportFile($"selfcompassion-{time.GetUtcNow():yyyy-MM-dd}.zip", ExportFiles.Zip(document));
        await activity.RecordAsync(AccountEventKind.DataExported, cancellationToken);
        return Outcome<ExportFile>.Done(file);
    }
}
