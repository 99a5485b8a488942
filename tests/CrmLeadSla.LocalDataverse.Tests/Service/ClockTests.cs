namespace CrmLeadSla.LocalDataverse.Tests.Service;

public class ClockTests
{
    private static readonly DateTime Start = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_clock_stands_still_until_it_is_moved()
    {
        var clock = new Clock(Start);

        Thread.Sleep(20);

        Assert.Equal(Start, clock.UtcNow);
    }

    [Fact]
    public void A_running_clock_moves_with_its_time_source()
    {
        var source = new ManualTime();
        var clock = new Clock(Start);

        clock.RunWith(source);
        source.Pass(TimeSpan.FromSeconds(55));

        Assert.Equal(Start.AddSeconds(55), clock.UtcNow);
    }

    [Fact]
    public void A_running_clock_moved_forward_keeps_running_from_there()
    {
        var source = new ManualTime();
        var clock = new Clock(Start);
        clock.RunWith(source);

        clock.Advance(TimeSpan.FromHours(4));
        source.Pass(TimeSpan.FromMinutes(1));

        Assert.Equal(Start.AddHours(4).AddMinutes(1), clock.UtcNow);
    }

    private sealed class ManualTime : TimeProvider
    {
        private long ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => ticks;

        public void Pass(TimeSpan span) => ticks += span.Ticks;
    }
}
