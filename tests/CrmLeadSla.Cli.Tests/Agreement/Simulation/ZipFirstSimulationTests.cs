using CrmLeadSla.Cli.Shipping.Pack;
using CrmLeadSla.Cli.Agreement.Simulation;
using CrmLeadSla.Solution.Packing;

namespace CrmLeadSla.Cli.Tests.Agreement.Simulation;

/// <summary>What ships is what runs: the packed zips, imported into an empty local Dataverse, simulate to the report of the source.</summary>
public class ZipFirstSimulationTests
{
    private static readonly SimulationSettings Small = new(Leads: 150, Days: 21, Seed: 7, SalesReps: 2, Marketers: 1);

    [Theory]
    [InlineData(PackageKind.Unmanaged)]
    [InlineData(PackageKind.Managed)]
    public void The_packed_zip_simulates_to_the_same_files_as_the_source(PackageKind kind)
    {
        var packed = Directory.CreateTempSubdirectory("pack-").FullName;
        Assert.Equal(0, PackCommand.Run(packed, [kind], null, null, null, TextWriter.Null, TextWriter.Null));
        var zip = Assert.Single(Directory.GetFiles(packed, "*.zip"));

        var console = new StringWriter();

        var fromZip = SimulatedFiles.Of(Small, solutionPath: zip, console: console);

        Assert.Contains($"from {zip}", console.ToString(), StringComparison.Ordinal);
        var fromSource = SimulatedFiles.Of(Small);
        Assert.Equal(fromSource.Keys.Order(StringComparer.Ordinal), fromZip.Keys.Order(StringComparer.Ordinal));
        Assert.All(fromSource, file => Assert.True(file.Value.AsSpan().SequenceEqual(fromZip[file.Key]), $"{file.Key} differs between the run from source and the run from {Path.GetFileName(zip)}"));
    }

    [Fact]
    public void A_zip_that_does_not_exist_is_refused_with_exit_code_2()
    {
        var zip = Path.Combine(Path.GetTempPath(), "no-such-solution.zip");

        var run = CommandLineRun.Of("simulate", "--solution", zip, "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--solution '{zip}' does not exist: name a zip leadsla pack wrote", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }
}
