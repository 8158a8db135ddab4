using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Common;
using SelfCompassion.Journal.Entries;
using SelfCompassion.Journal.Listing;
using SelfCompassion.Journal.LookAgain;
using SelfCompassion.Journal.Reframes;
using SelfCompassion.Journal.Summary;

namespace SelfCompassion.Journal;

public static class JournalSetup
{
    /// <summary>The thought journal: entries, reframes, and the list with its search. Needs data and protection.</summary>
    public static IServiceCollection AddJournal(this IServiceCollection services) => services
        .AddScoped<JournalEntries>()
        .AddScoped<JournalReframes>()
        .AddScoped<JournalList>()
        .AddScoped<Search.SearchIndex>()
        .AddKeeper<Search.CaughtUpOwners>()
        .AddScoped<TherapySummaries>()
        .AddKeeper<SummaryCache>()
        .AddScoped<LookAgainService>();
}
