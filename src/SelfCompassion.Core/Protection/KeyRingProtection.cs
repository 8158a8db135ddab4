using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace SelfCompassion.Protection;

/// <summary>
/// Encrypts the Data Protection key ring (which signs sign-in cookies and email links) before it is stored in the
/// database, with a key derived from the app's master key, which never enters the database. A database dump alone
/// therefore can't be used to forge anyone's sign-in.
/// </summary>
public sealed class KeyRingEncryptor(MasterKey key) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plain = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedBytes = KeyRingCipher.Seal(key, plain);
        var element = new XElement("encryptedKey",
            new XComment(" Encrypted with a key kept outside the database (JournalEncryption:Key). "),
            new XElement("value", Convert.ToBase64String(sealedBytes)));
        return new EncryptedXmlInfo(element, typeof(SelfCompassion.Data.KeyRingDecryptor));
    }
}

internal static class KeyRingCipher
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly byte[] Info = Encoding.UTF8.GetBytes("selfcompassion/data-protection-keys/v1");

    public static byte[] Seal(MasterKey key, byte[] plain)
    {
        using var aes = new AesGcm(Derive(key), TagSize);
        var output = new byte[NonceSize + TagSize + plain.Length];
        RandomNumberGenerator.Fill(output.AsSpan(0, NonceSize));
        aes.Encrypt(output.AsSpan(0, NonceSize), plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize));
        return output;
    }

    public static byte[] Open(MasterKey key, byte[] sealedBytes)
    {
        if (sealedBytes.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("The stored key ring entry is damaged.");
        }
        using var aes = new AesGcm(Derive(key), TagSize);
        var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), plain);
        return plain;
    }

    private static byte[] Derive(MasterKey key) => HKDF.DeriveKey(HashAlgorithmName.SHA256, key.Bytes, 32, salt: null, info: Info);
}
