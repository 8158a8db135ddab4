using System.Text.RegularExpressions;
using SelfCompassion.Care;

namespace SelfCompassion.Tests.Services.Care;

public class LikelyRegionTests
{
    private static string? Guess(string? chosen, string? zone, string? languages) =>
        LikelyRegion.Guess(CrisisLines.Bundled, chosen, zone, languages)?.Code;

    [Theory]
    [InlineData(null, "Europe/London", null, "GB")]
    [InlineData(null, "Asia/Calcutta", null, "IN")]
    [InlineData(null, "America/Indiana/Indianapolis", null, "US")]
    [InlineData(null, null, "fr-CA,fr;q=0.9,en;q=0.8", "CA")]
    [InlineData(null, null, "en;q=0.5, de-AT;q=0.9", "AT")]
    [InlineData(null, null, "ko", "KR")]
    [InlineData(null, "Pacific/Auckland", "en-US", "NZ")]
    [InlineData("jp", "Europe/London", "en-GB", "JP")]
    [InlineData("zz", null, "en-AU", "AU")]
    public void The_choice_then_the_accounts_time_zone_then_the_browsers_languages_decide(string? chosen, string? zone, string? languages, string expected) =>
        Assert.Equal(expected, Guess(chosen, zone, languages));

    [Theory]
    [InlineData(null, null, null)]
    [InlineData(null, "UTC", "en")]
    [InlineData(null, "Etc/UTC", "es")]
    [InlineData(null, null, "xx-YY;q=abc, ;;, en-*, de-DE;q=0")]
    public void Without_a_clear_hint_there_is_no_guess(string? chosen, string? zone, string? languages) =>
        Assert.Null(Guess(chosen, zone, languages));
}

public class CrisisLinesTests
{
    [Fact]
    public void Every_region_has_an_emergency_number_and_every_line_a_way_to_reach_it()
    {
        var regions = CrisisLines.Bundled.Regions;
        Assert.True(regions.Count >= 25);
        Assert.Equal(regions.Select(r => r.Name).Order(StringComparer.Ordinal), regions.Select(r => r.Name));
        foreach (var region in regions)
        {
            Assert.False(string.IsNullOrWhiteSpace(region.Emergency), region.Code);
            Assert.NotEmpty(region.TimeZones);
            foreach (var line in region.Lines)
            {
                Assert.True(line.Call is not null || line.Text is not null || line.Chat is not null, line.Name);
                Assert.Matches(new Regex(@"^tel:\+?\d{3,}$"), line.CallHref ?? "tel:000");
                Assert.Matches(new Regex(@"^sms:\d{3,}$"), line.TextHref ?? "sms:000");
                Assert.StartsWith("https://", line.Chat ?? "https://");
            }
        }
    }

    [Fact]
    public void A_time_zone_belongs_to_one_region_only()
    {
        var zones = CrisisLines.Bundled.Regions.SelectMany(r => r.TimeZones).ToList();
        Assert.Equal(zones.Count, zones.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
