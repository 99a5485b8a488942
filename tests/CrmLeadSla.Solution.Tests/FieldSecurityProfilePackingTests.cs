using System.Xml.Linq;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Packing;

namespace CrmLeadSla.Solution.Tests;

/// <summary>A field security profile and its secured column, written as Dataverse exports them.</summary>
public sealed class FieldSecurityProfilePackingTests : IDisposable
{
    private const string ProfileId = "4f2a8c1e-6b3d-4a5e-8f7c-9d0b1e2a3c4d";
    private readonly SolutionCopy copy = new();
    private readonly UnpackedZip zip;

    public FieldSecurityProfilePackingTests()
    {
        copy.Replace($"Tables/{SlaAgreementSchema.EntityName}.xml", $"<column name=\"{SlaAgreementSchema.MinLeadsPerMonth}\"", $"<column secured=\"true\" name=\"{SlaAgreementSchema.MinLeadsPerMonth}\"");
        copy.Write("FieldSecurityProfiles/Quota keepers.xml", $"""
            <fieldsecurityprofile id="{ProfileId}" name="Quota keepers">
              <description>May read marketing's monthly minimum.</description>
              <column table="{SlaAgreementSchema.EntityName}" name="{SlaAgreementSchema.MinLeadsPerMonth}" read="true" update="true" />
            </fieldsecurityprofile>
            """);
        zip = new UnpackedZip(SolutionZip.Create(copy.Pack(), PackageKind.Unmanaged));
    }

    public void Dispose() => copy.Dispose();

    [Fact]
    public void The_profile_is_written_with_one_permission_per_column_allowed_as_4_and_refused_as_0()
    {
        var profile = zip.Customizations.Root!.Element("FieldSecurityProfiles")!.Elements("FieldSecurityProfile").Single(p => (string)p.Attribute("name")! == "Quota keepers");

        Assert.Equal("{" + ProfileId + "}", (string)profile.Attribute("fieldsecurityprofileid")!);
        Assert.Equal("May read marketing's monthly minimum.", (string)profile.Attribute("description")!);
        var permission = profile.Element("FieldPermissions")!.Element("FieldPermission")!;
        Assert.Equal([SlaAgreementSchema.EntityName, SlaAgreementSchema.MinLeadsPerMonth, "4", "4", "0"], permission.Elements().Select(e => e.Value));
        Assert.Equal(["EntityName", "AttributeName", "CanRead", "CanUpdate", "CanCreate"], permission.Elements().Select(e => e.Name.LocalName));
    }

    [Fact]
    public void The_profiles_follow_the_workflows_as_Dataverse_orders_the_sections()
    {
        var sections = zip.Customizations.Root!.Elements().Select(e => e.Name.LocalName).ToList();

        Assert.Equal(sections.IndexOf("Workflows") + 1, sections.IndexOf("FieldSecurityProfiles"));
    }

    [Fact]
    public void The_secured_column_is_written_with_IsSecured_1_and_the_others_with_0()
    {
        var attributes = zip.Customizations.Descendants("attribute").Where(a => a.Parent!.Parent!.Element("EntitySetName")?.Value == $"{SlaAgreementSchema.EntityName}s").ToList();

        Assert.Equal("1", attributes.Single(a => a.Element("LogicalName")!.Value == SlaAgreementSchema.MinLeadsPerMonth).Element("IsSecured")!.Value);
        Assert.Equal("0", attributes.Single(a => a.Element("LogicalName")!.Value == SlaAgreementSchema.Name).Element("IsSecured")!.Value);
    }

    [Fact]
    public void The_manifest_lists_the_profile_as_a_root_component_of_type_70()
    {
        var roots = zip.Manifest.Descendants("RootComponent").ToList();

        Assert.Contains(roots, r => (string)r.Attribute("type")! == "70" && (string)r.Attribute("id")! == "{" + ProfileId + "}");
    }

    [Fact]
    public void The_customizations_still_pass_microsofts_schema()
    {
        Assert.Empty(Repository.Schemas.ProblemsOfCustomizations(zip.Text("customizations.xml")));
    }
}
