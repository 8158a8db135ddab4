using System.Buffers.Text;
using System.Text;

namespace SelfCompassion.Accounts;

/// <summary>Identity's tokens travel in email links base64url-encoded, so no character is lost or altered on the way.</summary>
public static class EmailTokens
{
    public const int MaxEncodedLength = 2048;

    public static string Encode(string token) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(token));

    /// <summary>A missing, oversized or mangled code decodes to null, never to an exception.</summary>
    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > MaxEncodedLength || !Base64Url.IsValid(code))
        {
            return null;
        }
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
