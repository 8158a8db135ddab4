using System.Buffers.Binary;
using System.Buffers.Text;

namespace SelfCompassion.Journal.Listing;

/// <summary>A position in the journal (the last card shown); opaque in URLs and free of any text.</summary>
public readonly record struct JournalCursor(DateTimeOffset CreatedAt, Guid Id)
{
    private const int Size = 24;

    public string Encode()
    {
        Span<byte> bytes = stackalloc byte[Size];
        BinaryPrimitives.WriteInt64BigEndian(bytes, CreatedAt.UtcTicks);
        Id.TryWriteBytes(bytes[8..]);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>A missing, mangled or out-of-range cursor decodes to null, never to an exception.</summary>
    public static JournalCursor? Decode(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 64)
        {
            return null;
        }
        Span<byte> bytes = stackalloc byte[48];
        if (Base64Url.DecodeFromChars(value, bytes, out _, out var written) != System.Buffers.OperationStatus.Done || written != Size)
        {
            return null;
        }
        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes);
        if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return null;
        }
        return new JournalCursor(new DateTimeOffset(ticks, TimeSpan.Zero), new Guid(bytes[8..Size]));
    }
}
