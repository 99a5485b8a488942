using CrmLeadSla.Solution.Packing;

namespace CrmLeadSla.Solution.Tests;

/// <summary>customizations.xml passes Microsoft's CustomizationsSolution.xsd, so import does not reject it as malformed.</summary>
public class SchemaValidationTests
{
    [Theory]
    [InlineData(PackageKind.Unmanaged)]
    [InlineData(PackageKind.Managed)]
    public void Packed_customizations_pass_microsofts_schema(PackageKind kind)
    {
        var zip = new UnpackedZip(SolutionZip.Create(Repository.Source(), kind));

        var problems = Repository.Schemas.ProblemsOfCustomizations(zip.Text("customizations.xml"));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void An_element_the_schema_does_not_know_is_reported_with_its_line()
    {
        var zip = new UnpackedZip(SolutionZip.Create(Repository.Source(), PackageKind.Unmanaged));
        var broken = zip.Customizations;
        broken.Root!.Element("Roles")!.AddBeforeSelf(new System.Xml.Linq.XElement("Dashboardz"));

        var problems = Repository.Schemas.ProblemsOfCustomizations(broken.ToString());

        Assert.Contains(problems, p => p.Contains("Dashboardz", StringComparison.Ordinal));
    }
}
