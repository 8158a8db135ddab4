using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SelfCompassion.Protection;

/// <summary>
/// Authenticated encryption (AES-256-GCM) of what people write, under a key per person derived with HKDF from the
/// master key. Each ciphertext is bound to its record and purpose, so a value moved to another row or column, or
/// altered, no longer decrypts.
/// </summary>
public sealed class TextCipher(MasterKey key)
{
    public OwnerCipher For(string ownerId)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        return new OwnerCipher(Derive("selfcompassion/journal/v1/" + ownerId), () => Derive("selfcompassion/search/v1/" + ownerId));
    }

    /// <summary>A cipher for what the app itself keeps for a while (mail waiting to be sent), apart from anyone's journal.</summary>
    public OwnerCipher ForApp(string purpose) => new(Derive("selfcompassion/app/v1/" + purpose));

    /// <summary>
    /// A keyed fingerprint of a value (an email address, a network address): the same value always gives the same
    /// fingerprint, so it can be counted, but a copy of the database can't be searched for a known value without the key.
    /// </summary>
    public string Fingerprint(string purpose, string value)
    {
        var fingerprintKey = Derive("selfcompassion/fingerprint/v1/" + purpose);
        try
        {
            return Convert.ToHexString(HMACSHA256.HashData(fingerprintKey, Encoding.UTF8.GetBytes(value)))[..32];
        }
        finally
        {
            CryptographicOperations.ZeroMemory(fingerprintKey);
        }
    }

    private byte[] Derive(string info) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, key.Bytes, OwnerCipher.KeySize, salt: null, info: Encoding.UTF8.GetBytes(info));
}

/// <summary>
/// One person's cipher. A record's free text is sealed as one JSON document (see <see cref="Seal{T}"/>), so the
/// fields of a record are described once, by the document's type, and a new field needs no new column.
/// </summary>
public sealed class OwnerCipher : IDisposable
{
    internal const int KeySize = 32;
    private const byte FormatVersion = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int HeaderSize = 1 + NonceSize + TagSize;

    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly AesGcm _aes;
    // Derived on first use: most pages only decrypt, and shouldn't pay for a key they never hash with.
    private readonly Func<byte[]>? _deriveSearchKey;
    private byte[]? _searchKey;

    internal OwnerCipher(byte[] key, Func<byte[]>? deriveSearchKey = null)
    {
        _aes = new AesGcm(key, TagSize);
        CryptographicOperations.ZeroMemory(key);
        _deriveSearchKey = deriveSearchKey;
    }

    /// <summary>
    /// A search term's keyed hash (HMAC-SHA-256 under the person's own search key, first 8 bytes): the same term
    /// always gives the same number for this person and an unrelated one for anyone else (docs/adr/0009).
    /// </summary>
    public long SearchHash(string term)
    {
        var key = _searchKey ??= _deriveSearchKey?.Invoke() ?? throw new InvalidOperationException("This cipher has no search key.");
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(term), hash);
        return System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(hash);
    }

    public byte[] Seal<T>(T document, Guid recordId, string purpose) =>
        EncryptBytes(JsonSerializer.SerializeToUtf8Bytes(document, Json), recordId, purpose);

    public T Open<T>(byte[] data, Guid recordId, string purpose) =>
        ReadOnce(data, recordId, purpose, plain => JsonSerializer.Deserialize<T>(plain, Json))
        ?? throw new CryptographicException("An empty document was sealed.");

    /// <summary>A single text, as the first journal versions stored each field; kept for upgrading their rows.</summary>
    public byte[]? Encrypt(string? text, Guid recordId, string purpose) =>
        string.IsNullOrEmpty(text) ? null : EncryptBytes(Encoding.UTF8.GetBytes(text), recordId, purpose);

    public string? Decrypt(byte[]? data, Guid recordId, string purpose) =>
        data is null || data.Length == 0 ? null : ReadOnce(data, recordId, purpose, Encoding.UTF8.GetString);

    private byte[] EncryptBytes(byte[] plain, Guid recordId, string purpose)
    {
        var output = new byte[HeaderSize + plain.Length];
        output[0] = FormatVersion;
        var nonce = output.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        _aes.Encrypt(nonce, plain, output.AsSpan(HeaderSize), output.AsSpan(1 + NonceSize, TagSize), AssociatedData(recordId, purpose));
        CryptographicOperations.ZeroMemory(plain);
        return output;
    }

    private byte[] DecryptBytes(byte[] data, Guid recordId, string purpose)
    {
        if (data.Length < HeaderSize || data[0] != FormatVersion)
        {
            throw new CryptographicException("Unknown ciphertext format.");
        }
        var plain = new byte[data.Length - HeaderSize];
        _aes.Decrypt(data.AsSpan(1, NonceSize), data.AsSpan(HeaderSize), data.AsSpan(1 + NonceSize, TagSize), plain, AssociatedData(recordId, purpose));
        return plain;
    }

    /// <summary>
    /// Decrypts, reads the plain bytes once and wipes them, as sealing does: the words live on in what was read, but
    /// not in a second, forgotten copy.
    /// </summary>
    private TResult ReadOnce<TResult>(byte[] data, Guid recordId, string purpose, Func<byte[], TResult> read)
    {
        var plain = DecryptBytes(data, recordId, purpose);
        try
        {
            return read(plain);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }

    private static byte[] AssociatedData(Guid recordId, string purpose) => Encoding.UTF8.GetBytes($"{recordId:N}/{purpose}");

    public void Dispose()
    {
        _aes.Dispose();
        if (_searchKey is not null)
        {
            CryptographicOperations.ZeroMemory(_searchKey);
        }
    }
}
