using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SelfCompassion.Guide;

public sealed class ModerationOptions
{
    public const string Section = "Moderation";

    /// <summary>Accounts made moderators at start; one that doesn't exist yet is granted on a later start.</summary>
    public IList<string> Emails { get; } = [];
}

/// <summary>Grants the configured moderators when the app starts (after migrations, when those run at start).</summary>
internal sealed class ConfiguredModerators(IServiceScopeFactory scopes, IOptions<ModerationOptions> options, ILogger<ConfiguredModerators> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Emails.Count == 0)
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var moderators = scope.ServiceProvider.GetRequiredService<Moderators>();
        foreach (var email in options.Value.Emails)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!await moderators.GrantAsync(email))
            {
                logger.LogInformation("A configured moderator has no account yet; it is granted on a later start");
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
