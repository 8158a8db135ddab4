namespace SelfCompassion.Accounts;

/// <summary>
/// Password length limits from OWASP ASVS v5 (V6.2): long passphrases welcome, no composition rules.
/// </summary>
public static class PasswordRules
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    /// <summary>PBKDF2-HMAC-SHA512 work factor recommended by ASVS v5's cryptography appendix.</summary>
    public const int Pbkdf2Iterations = 210_000;

    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
}
