using System.Globalization;
using System.Xml.Linq;
using CrmLeadSla.Solution.Workflows;

namespace CrmLeadSla.Solution.Packing;

/// <summary>
/// customizations.xml: the solution's components, in the element order of Microsoft's CustomizationsSolution.xsd
/// (Entities with their forms and views, Roles, Workflows, FieldSecurityProfiles, EntityRelationships, optionsets, SolutionPluginAssemblies,
/// SdkMessageProcessingSteps, AppModuleSiteMaps, AppModules, Languages). Only elements that schema knows are written.
/// </summary>
internal static class CustomizationsXml
{
    /// <summary>The version of the published solution schemas the output follows.</summary>
    public const string SchemaVersion = "9.0.0.2090";

    public static XDocument For(SolutionContent content, Labels labels, PackageKind kind)
    {
        var solution = content.Solution;
        var version = solution.Version.ToString(4);
        var optionSets = new OptionSetXml(labels, version);
        var entities = new EntityXml(labels, new AttributeXml(labels, optionSets, version), version, kind);
        var relationships = new RelationshipXml(labels, version);
        var roles = new RoleXml(solution.Metadata, version);
        var workflows = new WorkflowXml(labels, version);
        var registrations = new PluginRegistrationXml(version);
        var apps = new AppModuleXml(labels, version);

        return new XDocument(
            new XElement("ImportExportXml",
                new XAttribute(XNamespace.Xmlns + "xsi", "http://www.w3.org/2001/XMLSchema-instance"),
                new XElement("Entities", content.Tables.Select(t => entities.For(
                    t,
                    [.. solution.Views.Where(v => v.Table == t.LogicalName)],
                    [.. solution.Forms.Where(f => f.Table == t.LogicalName)]))),
                new XElement("Roles", solution.Roles.OrderBy(r => r.Name, StringComparer.Ordinal).Select(roles.For)),
                new XElement("Workflows", content.Workflows.Select(workflows.For)),
                new XElement("FieldSecurityProfiles", solution.FieldSecurityProfiles.OrderBy(p => p.Name, StringComparer.Ordinal).Select(FieldSecurityProfileXml.For)),
                new XElement("EntityRelationships", content.Relationships.Select(r =>
                    relationships.For(r, solution.Metadata.FindTable(r.ReferencingEntity)!.Column(r.ReferencingAttribute)!))),
                new XElement("optionsets", content.GlobalOptionSets.Select(optionSets.Global)),
                new XElement("SolutionPluginAssemblies", content.Assemblies.Select(a => registrations.Assembly(a.Definition, a.Embedded))),
                new XElement("SdkMessageProcessingSteps", content.Steps.Select(s => registrations.Step(s, content.AssemblyOf(s.PluginTypeName)))),
                solution.AppModules.Count == 0 ? null : new XElement("AppModuleSiteMaps", solution.AppModules.OrderBy(a => a.UniqueName, StringComparer.Ordinal).Select(apps.SiteMap)),
                solution.AppModules.Count == 0 ? null : new XElement("AppModules", solution.AppModules.OrderBy(a => a.UniqueName, StringComparer.Ordinal).Select(a => apps.App(a, solution))),
                new XElement("Languages", labels.Languages.Select(l => new XElement("Language", l.ToString(CultureInfo.InvariantCulture))))));
    }
}
