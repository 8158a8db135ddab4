using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Npgsql;

namespace SelfCompassion.Data;

/// <summary>
/// A form's key as it is kept (docs/adr/0019): made from the key and the words sent, so the same form sent again with
/// the same words is one save, while a form sent again after its words changed (edited and pressed again while the
/// first save was on its way) is saved as well, never dropped for carrying the first one's key. The server keeps the
/// form's own key nowhere, so the stored value says nothing about the words.
/// </summary>
internal static class SaveKeys
{
    public static Guid? Of(Guid? formKey, object input)
    {
        if (formKey is not { } key || key == Guid.Empty)
        {
            return null;
        }
        var words = JsonSerializer.SerializeToUtf8Bytes(input, input.GetType());
        try
        {
            Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(key.ToByteArray(), words, mac);
            return new Guid(mac[..16]);
        }
        finally
        {
            // A plain copy of someone's words; wiped as decrypted text is.
            CryptographicOperations.ZeroMemory(words);
        }
    }

    /// <summary>
    /// The unique index that lets one of the owner's records have a key (<paramref name="name"/>, which
    /// <see cref="RepeatedAsync"/> is then given); records saved without a key stay out of it.
    /// </summary>
    public static void HasSaveKeyIndex(this EntityTypeBuilder record, string name) =>
        record.HasIndex("OwnerId", "SaveKey").IsUnique().HasFilter("\"SaveKey\" IS NOT NULL").HasDatabaseName(name);

    /// <summary>
    /// Saves what the context holds, unless <paramref name="index"/> finds its key kept already: then nothing is saved,
    /// and true. Found only by trying: a first save still in flight holds the key until it commits, and the index waits.
    /// </summary>
    public static async Task<bool> RepeatedAsync(AppDbContext db, string index, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return false;
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique
            && unique.ConstraintName == index)
        {
            db.ChangeTracker.Clear();
            return true;
        }
    }
}
