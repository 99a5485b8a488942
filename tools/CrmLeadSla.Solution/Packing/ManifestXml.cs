using System.Xml.Linq;
using CrmLeadSla.Solution.Source;
using CrmLeadSla.Solution.Workflows;

namespace CrmLeadSla.Solution.Packing;

/// <summary>
/// solution.xml: the solution's name, version, managed flag, publisher and root components. Import reads it first to
/// decide whether the zip is a new solution, an update or an upgrade.
/// </summary>
internal sealed class ManifestXml(Labels labels)
{
    // Solution component types (solutioncomponent.componenttype).
    private const string EntityComponent = "1";
    private const string OptionSetComponent = "9";
    private const string RoleComponent = "20";
    private const string FieldSecurityProfileComponent = "70";
    private const string WorkflowComponent = "29";
    private const string PluginAssemblyComponent = "91";
    private const string StepComponent = "92";
    private const string ViewComponent = "26";
    private const string FormComponent = "60";
    private const string SiteMapComponent = "62";
    private const string AppModuleComponent = "80";

    // RootComponent behavior: 0 includes the component with its subcomponents; 2 includes only the table itself,
    // for a standard table the solution merely adds columns to (the columns travel in customizations.xml).
    private const string IncludeSubcomponents = "0";
    private const string DoNotIncludeSubcomponents = "2";

    public XDocument For(SolutionContent content, PackageKind kind)
    {
        var solution = content.Solution;
        XNamespace xsi = "http://www.w3.org/2001/XMLSchema-instance";
        return new XDocument(
            new XElement("ImportExportXml",
                new XAttribute("version", CustomizationsXml.SchemaVersion),
                new XAttribute("SolutionPackageVersion", "9.0"),
                new XAttribute("languagecode", labels.Languages[0].ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new XAttribute("generatedBy", "CrmLeadSla"),
                new XAttribute(XNamespace.Xmlns + "xsi", xsi.NamespaceName),
                new XElement("SolutionManifest",
                    new XElement("UniqueName", solution.UniqueName),
                    labels.List("LocalizedNames", "LocalizedName", solution.DisplayName),
                    labels.List("Descriptions", "Description", solution.Description),
                    new XElement("Version", solution.Version.ToString(4)),
                    new XElement("Managed", kind == PackageKind.Managed ? "1" : "0"),
                    new XElement("Publisher",
                        new XElement("UniqueName", solution.Publisher.UniqueName),
                        labels.List("LocalizedNames", "LocalizedName", solution.Publisher.DisplayName),
                        labels.List("Descriptions", "Description", solution.Publisher.Description),
                        new XElement("EMailAddress", new XAttribute(xsi + "nil", "true")),
                        new XElement("SupportingWebsiteUrl", new XAttribute(xsi + "nil", "true")),
                        new XElement("CustomizationPrefix", solution.Publisher.Prefix),
                        new XElement("CustomizationOptionValuePrefix", solution.Publisher.OptionValuePrefix.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                    new XElement("RootComponents", RootComponents(content)),
                    new XElement("MissingDependencies"))));
    }

    private static IEnumerable<XElement> RootComponents(SolutionContent content)
    {
        var solution = content.Solution;
        foreach (var table in content.Tables)
        {
            yield return Root(EntityComponent, schemaName: table.LogicalName, behavior: table.IsCustom ? IncludeSubcomponents : DoNotIncludeSubcomponents);
        }

        // Views and forms are listed on their own: a standard table is included without its subcomponents.
        foreach (var view in solution.Views.OrderBy(v => v.Id))
        {
            yield return Root(ViewComponent, id: view.Id);
        }

        foreach (var form in solution.Forms.OrderBy(f => f.Id))
        {
            yield return Root(FormComponent, id: form.Id);
        }

        foreach (var optionSet in content.GlobalOptionSets)
        {
            yield return Root(OptionSetComponent, schemaName: optionSet.Name);
        }

        foreach (var role in solution.Roles.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            yield return Root(RoleComponent, id: role.Id);
        }

        foreach (var profile in solution.FieldSecurityProfiles.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            yield return Root(FieldSecurityProfileComponent, id: profile.Id);
        }

        foreach (var workflow in content.Workflows)
        {
            yield return Root(WorkflowComponent, id: workflow.Id);
        }

        foreach (var assembly in content.Assemblies)
        {
            yield return Root(PluginAssemblyComponent, id: assembly.Embedded.Id, schemaName: assembly.Embedded.Assembly.FullName);
        }

        foreach (var step in content.Steps)
        {
            yield return Root(StepComponent, id: step.Id);
        }

        foreach (var app in solution.AppModules.OrderBy(a => a.UniqueName, StringComparer.Ordinal))
        {
            yield return Root(SiteMapComponent, schemaName: app.UniqueName);
            yield return Root(AppModuleComponent, schemaName: app.UniqueName);
        }
    }

    private static XElement Root(string type, Guid? id = null, string? schemaName = null, string behavior = IncludeSubcomponents) =>
        new("RootComponent",
            new XAttribute("type", type),
            id is null ? null : new XAttribute("id", "{" + id.Value.ToString("D") + "}"),
            schemaName is null ? null : new XAttribute("schemaName", schemaName),
            new XAttribute("behavior", behavior));
}
