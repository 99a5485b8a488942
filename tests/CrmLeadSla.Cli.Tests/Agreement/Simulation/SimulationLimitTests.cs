using CrmLeadSla.Cli.Agreement.Simulation;

namespace CrmLeadSla.Cli.Tests.Agreement.Simulation;

/// <summary>simulate checks every count before it starts, naming the option and its limits.</summary>
[UseCulture("en-US")]
public class SimulationLimitTests
{
    [Fact]
    public void A_year_of_a_hundred_and_fifty_thousand_leads_is_within_the_limits()
    {
        Assert.Empty(new SimulationSettings(Leads: 150_000, Days: 365).Problems());
    }

    [Theory]
    [InlineData(0, 90, 5, 2, "--leads is 0; it must be between 1 and 1,000,000 (about 30 KB of memory each).")]
    [InlineData(1_000_001, 90, 5, 2, "--leads is 1,000,001; it must be between 1 and 1,000,000 (about 30 KB of memory each).")]
    [InlineData(1500, 3651, 5, 2, "--days is 3,651; it must be between 1 and 3,650 (ten years).")]
    [InlineData(1500, 90, -1, 2, "--sales-reps is -1; it must be between 1 and 1,000.")]
    [InlineData(1500, 90, 5, 1001, "--marketers is 1,001; it must be between 1 and 1,000.")]
    public void A_count_out_of_its_limits_is_refused_naming_the_option_and_the_limits(int leads, int days, int reps, int marketers, string problem)
    {
        Assert.Equal([problem], new SimulationSettings(leads, days, 1, reps, marketers).Problems());
    }

    [Fact]
    public void Every_count_out_of_its_limits_is_named_at_once()
    {
        Assert.Equal(4, new SimulationSettings(0, 0, 1, 0, 0).Problems().Count);
    }

    [Fact]
    public void A_market_too_large_for_a_timespan_still_spreads_its_arrivals_over_the_period()
    {
        var settings = new SimulationSettings(Leads: 150_000, Days: 365);

        var prospects = Market.Prospects(settings);

        Assert.Equal(150_000, prospects.Count);
        Assert.All(prospects, prospect => Assert.InRange(prospect.ArrivesOn, SimulationSettings.Start, settings.End));
        Assert.True(prospects[^1].ArrivesOn > SimulationSettings.Start.AddDays(300), $"the last lead arrives on {prospects[^1].ArrivesOn:u}");
    }
}
