using CrmLeadSla.Solution.Packing;

namespace CrmLeadSla.Solution.Tests;

/// <summary>The same commit packs to the same bytes, so a release can be rebuilt and compared.</summary>
public class ReproducibilityTests
{
    [Theory]
    [InlineData(PackageKind.Unmanaged)]
    [InlineData(PackageKind.Managed)]
    public void Two_packs_of_the_same_source_are_identical_byte_for_byte(PackageKind kind)
    {
        var first = SolutionZip.Create(Repository.Source(), kind);
        var second = SolutionZip.Create(Repository.Source(), kind);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Every_entry_carries_the_same_fixed_timestamp()
    {
        var zip = new UnpackedZip(SolutionZip.Create(Repository.Source(), PackageKind.Unmanaged));

        Assert.Equal(SolutionZip.EntryTimestamp.DateTime, Assert.Single(zip.Timestamps).DateTime);
    }

    [Fact]
    public void Writing_both_kinds_names_the_zips_after_the_solution_and_its_version()
    {
        var output = Path.Combine(Path.GetTempPath(), "lsla-pack-" + Guid.NewGuid().ToString("N"));
        try
        {
            var written = SolutionZip.Write(Repository.Source(), output, [PackageKind.Unmanaged, PackageKind.Managed]);

            var version = Repository.Source().Solution.Version.ToString(4).Replace('.', '_');
            Assert.Equal([$"CrmLeadSla_{version}.zip", $"CrmLeadSla_{version}_managed.zip"], written.Select(Path.GetFileName));
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
