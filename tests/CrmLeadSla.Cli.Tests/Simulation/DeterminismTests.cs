using CrmLeadSla.Cli.Simulation;

namespace CrmLeadSla.Cli.Tests.Simulation;

public class DeterminismTests
{
    private static readonly SimulationSettings Small = new(Leads: 150, Days: 21, Seed: 7, SalesReps: 2, Marketers: 1);

    [Fact]
    public void The_same_seed_gives_the_same_report()
    {
        var first = Report(Small);
        var second = Report(Small);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Another_seed_gives_another_market()
    {
        var first = Report(Small);
        var other = Report(Small with { Seed = 8 });

        Assert.NotEqual(first["leads.csv"], other["leads.csv"]);
    }

    private static Dictionary<string, string> Report(SimulationSettings settings) => SimulatedFiles.Of(settings);
}
