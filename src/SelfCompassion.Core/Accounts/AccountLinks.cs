namespace SelfCompassion.Accounts;

/// <summary>The absolute links account mail carries, under the site's public address.</summary>
public sealed record AccountLinks(string Origin)
{
    public const string ReturnUrl = "returnUrl";

    public string ConfirmEmail(string userId, string code, string? returnUrl = null) =>
        $"{Origin}/account/confirm-email?userId={Uri.EscapeDataString(userId)}&code={Uri.EscapeDataString(code)}{Back(returnUrl)}";

    public string SignIn(string? returnUrl = null) => $"{Origin}/account/login{Back(returnUrl, first: true)}";

    /// <summary>A path in this site ("/journal/new"), never another site ("//evil", "/\evil", "https://...").</summary>
    public static bool IsLocalPath(string? path) =>
        path is { Length: > 0 and <= 500 } && path[0] == '/' && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'));

    private static string Back(string? returnUrl, bool first = false) =>
        IsLocalPath(returnUrl) ? $"{(first ? '?' : '&')}{ReturnUrl}={Uri.EscapeDataString(returnUrl!)}" : "";

    public string ForgotPassword() => $"{Origin}/account/forgot-password";

    public string ResetPassword(string code) => $"{Origin}/account/reset-password?code={Uri.EscapeDataString(code)}";

    public string Sessions() => $"{Origin}/account/sessions";
}
