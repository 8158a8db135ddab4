using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>
/// How much one network address (or one account) may ask of the forms that can be abused: failures, sign-ups, mail
/// and data. Ordinary use stays far below every limit. Each instance counts on its own.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in and two-step posts from one address a minute, whatever their outcome: only a burst meets it.</summary>
    public int SignInPostsPerMinute { get; set; } = 30;

    /// <summary>Failed sign-ins (any account) from one address in 15 minutes, before sign-in pauses for that address.</summary>
    public int SignInFailuresPer15Minutes { get; set; } = 20;

    public int SignUpsPerHour { get; set; } = 10;

    /// <summary>Forgotten-password and new-confirmation asks from one address in 15 minutes (each inbox also gets at most a few an hour).</summary>
    public int MailAsksPer15Minutes { get; set; } = 10;

    public int RepliesPer10Minutes { get; set; } = 10;

    /// <summary>Exports and imports of one account an hour.</summary>
    public int DataTransfersPerHour { get; set; } = 10;
}

internal static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string SignUp = "sign-up";
    public const string Mail = "mail";
    public const string Replies = "replies";
    public const string Data = "data";

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section));
        services.AddSingleton<SignInFailures>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(SignIn, context => PerAddress(context, o => o.SignInPostsPerMinute, TimeSpan.FromMinutes(1)));
            options.AddPolicy(SignUp, context => PerAddress(context, o => o.SignUpsPerHour, TimeSpan.FromHours(1)));
            options.AddPolicy(Mail, context => PerAddress(context, o => o.MailAsksPer15Minutes, TimeSpan.FromMinutes(15)));
            options.AddPolicy(Replies, context => PerAddress(context, o => o.RepliesPer10Minutes, TimeSpan.FromMinutes(10)));
            options.AddPolicy(Data, context => Bucket(context, context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? Address(context),
                o => o.DataTransfersPerHour, TimeSpan.FromHours(1)));
        });
        return services;
    }

    /// <summary>
    /// Who is asking, as far as limits go: an IPv4 address, or an IPv6 address's /64 network. One IPv6 connection
    /// commonly holds a whole /64 to choose from, so limits kept per address could be stepped around by changing it.
    /// </summary>
    public static string Address(HttpContext context)
    {
        if (context.Connection.RemoteIpAddress is not { } address)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new System.Net.IPAddress(bytes) + "/64";
    }

    /// <summary>Reading a page is never limited; only what a form sends is.</summary>
    private static RateLimitPartition<string> PerAddress(HttpContext context, Func<RateLimitOptions, int> limit, TimeSpan period) =>
        Bucket(context, Address(context), limit, period);

    private static RateLimitPartition<string> Bucket(HttpContext context, string key, Func<RateLimitOptions, int> limit, TimeSpan period)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }
        var permits = limit(context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = permits,
            TokensPerPeriod = permits,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }
}

/// <summary>
/// Counts failed sign-ins by address: a household signing in never notices, but someone trying passwords across many
/// accounts from one address is paused. (Each account also pauses itself after five wrong passwords.)
/// </summary>
internal sealed class SignInFailures(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetTokenBucketLimiter(address, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.Value.SignInFailuresPer15Minutes,
            TokensPerPeriod = options.Value.SignInFailuresPer15Minutes,
            ReplenishmentPeriod = TimeSpan.FromMinutes(15),
            QueueLimit = 0,
        }));

    /// <summary>
    /// Whether this address may try again now; a check that uses nothing up. (A zero-permit acquire would say yes to a
    /// bucket refilling with a fraction of a token, so the whole permits left are counted instead.)
    /// </summary>
    public bool MayTry(HttpContext context) => (_failures.GetStatistics(RateLimits.Address(context))?.CurrentAvailablePermits ?? 1) >= 1;

    public void Failed(HttpContext context) => _failures.AttemptAcquire(RateLimits.Address(context)).Dispose();

    public void Dispose() => _failures.Dispose();
}
