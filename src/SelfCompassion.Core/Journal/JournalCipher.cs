using System.Security.Cryptography;
using System.Text;

namespace SelfCompassion.Journal;

/// <summary>
/// Authenticated encryption of journal text (AES-256-GCM) under a key per person, derived with HKDF from one
/// master key that lives outside the database. Each ciphertext is bound to its record and field, so rows or
/// columns cannot be swapped in the database without the change being detected.
/// </summary>
public sealed class JournalCipher(JournalKey key)
{
    public OwnerCipher For(string ownerId)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        var ownerKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, key.Bytes, OwnerCipher.KeySize, salt: null,
            info: Encoding.UTF8.GetBytes("selfcompassion/journal/v1/" + ownerId));
        return new OwnerCipher(ownerKey);
    }
}

public sealed class OwnerCipher : IDisposable
{
    internal const int KeySize = 32;
    private const byte FormatVersion = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int HeaderSize = 1 + NonceSize + TagSize;

    private readonly AesGcm _aes;

    internal OwnerCipher(byte[] key)
    {
        _aes = new AesGcm(key, TagSize);
        CryptographicOperations.ZeroMemory(key);
    }

    public byte[]? Encrypt(string? text, Guid recordId, string field)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var plain = Encoding.UTF8.GetBytes(text);
        var output = new byte[HeaderSize + plain.Length];
        output[0] = FormatVersion;
        var nonce = output.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        _aes.Encrypt(nonce, plain, output.AsSpan(HeaderSize), output.AsSpan(1 + NonceSize, TagSize), AssociatedData(recordId, field));
        return output;
    }

    public string? Decrypt(byte[]? data, Guid recordId, string field)
    {
        if (data is null || data.Length == 0)
        {
            return null;
        }
        if (data.Length < HeaderSize || data[0] != FormatVersion)
        {
            throw new CryptographicException("Unknown journal ciphertext format.");
        }
        var plain = data.Length - HeaderSize <= 1024
            ? stackalloc byte[data.Length - HeaderSize]
            : new byte[data.Length - HeaderSize];
        _aes.Decrypt(data.AsSpan(1, NonceSize), data.AsSpan(HeaderSize), data.AsSpan(1 + NonceSize, TagSize), plain, AssociatedData(recordId, field));
        return Encoding.UTF8.GetString(plain);
    }

    private static byte[] AssociatedData(Guid recordId, string field) => Encoding.UTF8.GetBytes($"{recordId:N}/{field}");

    public void Dispose() => _aes.Dispose();
}
