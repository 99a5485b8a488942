using System.Reflection;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Packing;

namespace CrmLeadSla.Solution.Tests;

/// <summary>The zips `leadsla pack` writes hold what an import expects, in the places it expects them.</summary>
public class PackedLayoutTests
{
    private static readonly UnpackedZip Unmanaged = new(SolutionZip.Create(Repository.Source(), PackageKind.Unmanaged));
    private static readonly UnpackedZip Managed = new(SolutionZip.Create(Repository.Source(), PackageKind.Managed));

    [Fact]
    public void Both_zips_hold_content_types_manifest_customizations_and_the_plugin_assembly()
    {
        foreach (var zip in new[] { Unmanaged, Managed })
        {
            Assert.Contains("[Content_Types].xml", zip.Paths);
            Assert.Contains("solution.xml", zip.Paths);
            Assert.Contains("customizations.xml", zip.Paths);
            Assert.Single(zip.Paths, p => p.StartsWith("PluginAssemblies/CrmLeadSla.Plugins-", StringComparison.Ordinal) && p.EndsWith("/CrmLeadSla.Plugins.dll", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_managed_zip_is_marked_managed_and_the_unmanaged_one_not()
    {
        Assert.Equal("1", Managed.Manifest.Descendants("Managed").Single().Value);
        Assert.Equal("0", Unmanaged.Manifest.Descendants("Managed").Single().Value);
    }

    [Fact]
    public void The_managed_zip_writes_a_fields_label_empty_and_in_the_base_language_only()
    {
        var cell = FieldCell(Managed, LeadSchema.LeadIndex);

        var label = Assert.Single(cell.Element("labels")!.Elements("label"));
        Assert.Equal(string.Empty, (string?)label.Attribute("description"));
        Assert.Equal("1033", (string?)label.Attribute("languagecode"));
    }

    [Fact]
    public void The_unmanaged_zip_labels_a_field_with_its_columns_display_name_in_both_languages()
    {
        var cell = FieldCell(Unmanaged, LeadSchema.LeadIndex);

        Assert.Equal(["1033", "1031"], cell.Element("labels")!.Elements("label").Select(l => (string?)l.Attribute("languagecode")));
        Assert.DoesNotContain(cell.Element("labels")!.Elements("label"), l => string.IsNullOrEmpty((string?)l.Attribute("description")));
    }

    [Fact]
    public void The_embedded_plugin_assembly_is_the_signed_net462_build_byte_for_byte()
    {
        var embedded = Unmanaged.Bytes(Unmanaged.Paths.Single(p => p.EndsWith("/CrmLeadSla.Plugins.dll", StringComparison.Ordinal)));

        Assert.True(DeployableAssembly.IsStrongNameSigned(embedded));
        Assert.Equal(File.ReadAllBytes(Repository.PluginBuild), embedded);
    }

    [Fact]
    public void Customizations_name_the_assembly_file_that_is_in_the_zip_with_its_strong_name()
    {
        var assembly = Unmanaged.Customizations.Descendants("PluginAssembly").Single(a => ((string)a.Attribute("FullName")!).StartsWith("CrmLeadSla.Plugins,", StringComparison.Ordinal));
        var token = Convert.ToHexStringLower(AssemblyName.GetAssemblyName(Repository.PluginBuild).GetPublicKeyToken()!);

        Assert.Contains(assembly.Element("FileName")!.Value.TrimStart('/'), Unmanaged.Paths);
        Assert.EndsWith("PublicKeyToken=" + token, (string)assembly.Attribute("FullName")!, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_carries_name_labels_version_and_publisher_from_solution_xml()
    {
        var manifest = Unmanaged.Manifest.Descendants("SolutionManifest").Single();
        var publisher = manifest.Element("Publisher")!;

        Assert.Equal("CrmLeadSla", manifest.Element("UniqueName")!.Value);
        Assert.Equal(["1033", "1031"], manifest.Element("LocalizedNames")!.Elements().Select(e => (string)e.Attribute("languagecode")!));
        Assert.Equal(Repository.Source().Solution.Version.ToString(4), manifest.Element("Version")!.Value);
        Assert.Equal("lsla", publisher.Element("CustomizationPrefix")!.Value);
        Assert.Equal("27180", publisher.Element("CustomizationOptionValuePrefix")!.Value);
    }

    [Fact]
    public void Every_table_option_set_role_and_step_of_the_source_is_a_root_component()
    {
        var source = Repository.Source().Solution;
        var roots = Unmanaged.Manifest.Descendants("RootComponent").ToList();

        Assert.Equal(source.SolutionTables.Order(StringComparer.Ordinal), roots.Where(r => (string)r.Attribute("type")! == "1").Select(r => (string)r.Attribute("schemaName")!));
        Assert.Equal(source.Metadata.GlobalOptionSets.Values.Count(o => o.IsCustom), roots.Count(r => (string)r.Attribute("type")! == "9"));
        Assert.Equal(source.Roles.Count, roots.Count(r => (string)r.Attribute("type")! == "20"));
        Assert.Equal(source.Steps.Count(), roots.Count(r => (string)r.Attribute("type")! == "92"));
    }

    [Fact]
    public void Views_forms_workflows_and_the_app_are_root_components_by_id_or_name()
    {
        var source = Repository.Source();
        var roots = Unmanaged.Manifest.Descendants("RootComponent").ToList();

        IEnumerable<string> Ids(string type) => roots.Where(r => (string)r.Attribute("type")! == type).Select(r => (string)r.Attribute("id")!);

        Assert.Equal(source.Solution.Views.Select(v => "{" + v.Id + "}").Order(), Ids("26").Order());
        Assert.Equal(source.Solution.Forms.Select(f => "{" + f.Id + "}").Order(), Ids("60").Order());
        Assert.Equal(source.Solution.Workflows.Select(w => "{" + w.Id + "}").Order(), Ids("29").Order());
        Assert.Equal(source.Solution.AppModules.Select(a => a.UniqueName), roots.Where(r => (string)r.Attribute("type")! == "80").Select(r => (string)r.Attribute("schemaName")!));
    }

    [Fact]
    public void Content_types_cover_every_file_extension_in_the_zip()
    {
        var declared = Unmanaged.Xml("[Content_Types].xml").Root!.Elements().Select(e => (string)e.Attribute("Extension")!).ToHashSet();

        Assert.All(Unmanaged.Paths, p => Assert.Contains(Path.GetExtension(p).TrimStart('.'), declared));
    }

    private static System.Xml.Linq.XElement FieldCell(UnpackedZip zip, string column) =>
        zip.Customizations.Descendants("control").First(c => (string?)c.Attribute("datafieldname") == column).Parent!;
}
