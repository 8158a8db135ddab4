using System.Text.RegularExpressions;
using SelfCompassion.Care;

namespace SelfCompassion.Tests.Services.Care;

/// <summary>
/// The detector's warm-up on a busy machine: a pattern's first reading also makes its machine code, which the time
/// limit counts, so an instance restarted under load stopped at start-up (found by `./dev.sh bench --faults`).
/// </summary>
public class CrisisWarmUpTests
{
    [Fact]
    public void A_warm_up_reading_that_ran_out_of_time_is_read_again()
    {
        var readings = 0;
        CrisisLanguage.WarmUp(() =>
        {
            if (++readings < 3)
            {
                RunOutOfTime();
            }
        });
        Assert.Equal(3, readings);
    }

    [Fact]
    public void A_warm_up_reading_that_keeps_running_out_of_time_stops_the_start()
    {
        var readings = 0;
        Assert.Throws<RegexMatchTimeoutException>(() => CrisisLanguage.WarmUp(() =>
        {
            readings++;
            RunOutOfTime();
        }));
        Assert.Equal(5, readings);
    }

    [Fact]
    public void Any_other_fault_in_the_warm_up_stops_the_start_at_once()
    {
        var readings = 0;
        Assert.Throws<InvalidDataException>(() => CrisisLanguage.WarmUp(() =>
        {
            readings++;
            throw new InvalidDataException("damaged models");
        }));
        Assert.Equal(1, readings);
    }

    private static void RunOutOfTime() => throw new RegexMatchTimeoutException("warm", "pattern", TimeSpan.FromSeconds(2));
}
