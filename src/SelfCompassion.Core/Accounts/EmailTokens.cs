using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace SelfCompassion.Accounts;

/// <summary>Identity's tokens travel in email links base64url-encoded, so no character is lost or altered on the way.</summary>
public static class EmailTokens
{
    public const int MaxEncodedLength = 2048;

    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    /// <summary>A missing, oversized or mangled code decodes to null, never to an exception.</summary>
    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > MaxEncodedLength)
        {
            return null;
        }
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
