using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Tests.Http;

/// <summary>A visitor who leaves mid-request cancels nothing the request started (docs/adr/0014).</summary>
public class WorkRunsToTheEndTests
{
    [Fact]
    public async Task A_request_whose_visitor_has_left_hands_on_a_token_that_never_fires()
    {
        using var left = new CancellationTokenSource();
        await left.CancelAsync();
        var builder = new ApplicationBuilder(new ServiceCollection().BuildServiceProvider());
        builder.UseWorkRunsToTheEnd();
        CancellationToken seen = left.Token;
        builder.Run(context =>
        {
            seen = context.RequestAborted;
            return Task.CompletedTask;
        });
        await builder.Build()(new DefaultHttpContext { RequestAborted = left.Token });
        Assert.False(seen.CanBeCanceled);
    }
}
