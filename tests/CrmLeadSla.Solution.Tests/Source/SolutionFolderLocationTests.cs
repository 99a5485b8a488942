using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>How tests and the CLI find the solution folder at run time.</summary>
public sealed class SolutionFolderLocationTests
{
    [Fact]
    public void The_build_copies_the_solution_next_to_the_assemblies()
    {
        var copied = Path.Combine(AppContext.BaseDirectory, SolutionFolder.FolderName);

        Assert.True(File.Exists(Path.Combine(copied, SolutionFolder.ManifestFileName)));
        Assert.True(File.Exists(Path.Combine(copied, "Tables", $"{ScoringModelSchema.EntityName}.xml")));
    }

    [Fact]
    public void An_explicit_folder_takes_precedence()
    {
        using var fixture = new SolutionFolderFixture();

        Assert.Equal(Path.GetFullPath(fixture.Folder), SolutionFolder.Locate(fixture.Folder));
    }

    [Fact]
    public void An_explicit_folder_without_a_manifest_is_refused()
    {
        var error = Assert.Throws<SolutionSourceException>(() => SolutionFolder.Locate(Path.GetTempPath()));

        Assert.Contains("the folder has no solution.xml", error.Message, StringComparison.Ordinal);
    }
}
