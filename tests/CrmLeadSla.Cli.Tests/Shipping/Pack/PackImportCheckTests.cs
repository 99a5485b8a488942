using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Cli.Tests.Shipping.Pack;

/// <summary>leadsla pack imports each zip into a local Dataverse before writing it: what would not import is not written.</summary>
public class PackImportCheckTests
{
    [Fact]
    public void A_view_the_query_engine_refuses_stops_the_pack_and_nothing_is_written()
    {
        var solution = CopyOfSolution();
        var view = Path.Combine(solution, "Views", "lead.my-awaiting-acceptance.xml");
        File.WriteAllText(view, File.ReadAllText(view).Replace("operator=\"eq-userid\"", "operator=\"eq-useroruserteams\"", StringComparison.Ordinal));
        var output = Path.Combine(Path.GetTempPath(), "lsla-pack-" + Guid.NewGuid().ToString("N"));

        var run = CommandLineRun.Of("pack", "--out", output, "--managed", "--solution", solution);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("view 'My leads awaiting acceptance'", run.Error, StringComparison.Ordinal);
        Assert.Contains("'EqualUserOrUserTeams' (on 'lead.ownerid') is not supported", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    private static string CopyOfSolution()
    {
        var source = SolutionFolder.Locate();
        var copy = Path.Combine(Path.GetTempPath(), "lsla-solution-" + Guid.NewGuid().ToString("N"), "Solution");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }
}
