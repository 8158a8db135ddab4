namespace SelfCompassion.Accounts;

/// <summary>The absolute links account mail carries, under the site's public address.</summary>
public sealed record AccountLinks(string Origin)
{
    public string ConfirmEmail(string userId, string code) =>
        $"{Origin}/account/confirm-email?userId={Uri.EscapeDataString(userId)}&code={Uri.EscapeDataString(code)}";

    public string SignIn() => $"{Origin}/account/login";

    public string ForgotPassword() => $"{Origin}/account/forgot-password";

    public string ResetPassword(string code) => $"{Origin}/account/reset-password?code={Uri.EscapeDataString(code)}";

    public string Sessions() => $"{Origin}/account/sessions";
}
