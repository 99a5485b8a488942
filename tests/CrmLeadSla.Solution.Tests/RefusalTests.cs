using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Packing;

namespace CrmLeadSla.Solution.Tests;

/// <summary>Bad input is refused before anything is written, with a message that names the problem and the fix.</summary>
public class RefusalTests
{
    [Fact]
    public void A_table_without_its_german_label_is_refused_naming_the_file()
    {
        using var copy = new SolutionCopy();
        copy.Replace($"Tables/{RejectionReasonSchema.EntityName}.xml", "<label lcid=\"1031\" collection=\"Ablehnungsgründe\"", "<!-- removed --><label lcid=\"9999\" collection=\"Ablehnungsgründe\"");

        var refusal = Assert.Throws<PackagingException>(copy.Pack);

        Assert.Contains($"Tables/{RejectionReasonSchema.EntityName}.xml", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("1031", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_plugin_build_is_refused_naming_the_build_command()
    {
        var source = PackSource.Load(Repository.SolutionFolder, [Path.Combine(Path.GetTempPath(), "lsla-no-builds-here")]);

        var refusal = Assert.Throws<PackagingException>(() => SolutionZip.Create(source, PackageKind.Unmanaged));

        Assert.Contains("CrmLeadSla.Plugins.dll", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("-f net462", refusal.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_an_assembly_is_refused()
    {
        var folder = Path.Combine(Path.GetTempPath(), "lsla-pack-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "CrmLeadSla.Plugins.dll"), "not an assembly");
        try
        {
            var source = PackSource.Load(Repository.SolutionFolder, [folder]);

            var refusal = Assert.Throws<PackagingException>(() => SolutionZip.Create(source, PackageKind.Unmanaged));

            Assert.Contains("is not a .NET assembly", refusal.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_registered_class_the_build_lacks_is_refused()
    {
        using var copy = new SolutionCopy();
        copy.Replace("PluginAssemblies/CrmLeadSla.Plugins.xml", "<plugintype name=\"CrmLeadSla.Plugins.LeadScoringPlugin\"", "<plugintype name=\"CrmLeadSla.Plugins.LeadScoringPlugn\"");

        var refusal = Assert.Throws<PackagingException>(() => SolutionZip.Create(copy.Pack(), PackageKind.Unmanaged));

        Assert.Contains("CrmLeadSla.Plugins.LeadScoringPlugn", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_on_a_message_whose_platform_id_is_unknown_is_refused_naming_the_step()
    {
        using var copy = new SolutionCopy();
        copy.Replace("PluginAssemblies/CrmLeadSla.Plugins.xml", $"message=\"Create\" entity=\"{ScoringRuleSchema.EntityName}\" stage=\"PreValidation\"", $"message=\"CreateMultiple\" entity=\"{ScoringRuleSchema.EntityName}\" stage=\"PreValidation\"");

        var refusal = Assert.Throws<PackagingException>(() => SolutionZip.Create(copy.Pack(), PackageKind.Unmanaged));

        Assert.Contains("'Scoring configuration: refuse a bad new rule' is registered on CreateMultiple", refusal.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_that_fails_writes_no_zip()
    {
        var output = Path.Combine(Path.GetTempPath(), "lsla-pack-" + Guid.NewGuid().ToString("N"));
        var source = PackSource.Load(Repository.SolutionFolder, []);

        Assert.Throws<PackagingException>(() => SolutionZip.Write(source, output, [PackageKind.Unmanaged, PackageKind.Managed]));

        Assert.False(Directory.Exists(output));
    }
}
