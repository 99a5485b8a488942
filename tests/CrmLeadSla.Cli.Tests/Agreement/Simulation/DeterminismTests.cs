using CrmLeadSla.Cli.Agreement.Reporting;
using CrmLeadSla.Cli.Agreement.Simulation;

namespace CrmLeadSla.Cli.Tests.Agreement.Simulation;

public class DeterminismTests
{
    private static readonly SimulationSettings Small = new(Leads: 150, Days: 21, Seed: 7, SalesReps: 2, Marketers: 1);

    [Fact]
    public void The_same_seed_writes_every_file_byte_for_byte_the_same()
    {
        var first = Files(Small);
        var second = Files(Small);

        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(ReportCsv.ClocksFile, first.Keys);
        Assert.Contains(Path.Combine(SimulateCommand.BaselineFolder, ReportCsv.TransitionsFile), first.Keys);
        Assert.All(first, file => Assert.True(file.Value.AsSpan().SequenceEqual(second[file.Key]), $"{file.Key} differs between two runs of seed {Small.Seed}"));
    }

    [Fact]
    public void Another_seed_gives_another_market()
    {
        var first = Files(Small);
        var other = Files(Small with { Seed = 8 });

        Assert.NotEqual(first["leads.csv"], other["leads.csv"]);
    }

    private static Dictionary<string, byte[]> Files(SimulationSettings settings) => SimulatedFiles.Of(settings, compare: true);
}
