using System.Globalization;
using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Solution.Packing;

/// <summary>The model-driven app (&lt;AppModule&gt;) and its site map (&lt;AppModuleSiteMap&gt;).</summary>
internal sealed class AppModuleXml(Labels labels, string introducedVersion)
{
    // The icon every app gets unless it names its own: the platform's default app icon web resource.
    private const string DefaultAppIcon = "953b9fac-1e5e-e611-80d6-00155ded156f";

    // AppModuleComponent types: table, view, form, site map.
    private const string TableComponent = "1";
    private const string ViewComponent = "26";
    private const string FormComponent = "60";
    private const string SiteMapComponent = "62";

    public XElement App(AppModuleDefinition app, SolutionDefinition solution) =>
        new("AppModule",
            new XElement("UniqueName", app.UniqueName),
            new XElement("IntroducedVersion", introducedVersion),
            new XElement("WebResourceId", DefaultAppIcon),
            // Form factor 1: every device; client type 4: the Unified Interface.
            new XElement("FormFactor", "1"),
            new XElement("ClientType", "4"),
            new XElement("AppModuleComponents",
                app.Tables.Order(StringComparer.Ordinal).Select(t => Component(TableComponent, schemaName: t)),
                solution.Views.Where(v => app.Tables.Contains(v.Table)).OrderBy(v => v.Id).Select(v => Component(ViewComponent, id: v.Id)),
                solution.Forms.Where(f => app.Tables.Contains(f.Table)).OrderBy(f => f.Id).Select(f => Component(FormComponent, id: f.Id)),
                Component(SiteMapComponent, schemaName: app.UniqueName)),
            new XElement("AppModuleRoleMaps", app.RoleIds.Order().Select(r => new XElement("Role", new XAttribute("id", "{" + r.ToString("D") + "}")))),
            labels.List("LocalizedNames", "LocalizedName", app.Name),
            labels.List("Descriptions", "Description", app.Description));

    public XElement SiteMap(AppModuleDefinition app) =>
        new("AppModuleSiteMap",
            new XElement("SiteMapUniqueName", app.UniqueName),
            new XElement("SiteMapName", labels.Base(app.Name)),
            SiteMapElement(app),
            labels.List("LocalizedNames", "LocalizedName", app.Name));

    /// <summary>The site map alone, as SiteMap.xsd describes it.</summary>
    public XElement SiteMapElement(AppModuleDefinition app) =>
        new("SiteMap",
            new XAttribute("IntroducedVersion", "7.0.0.0"),
            app.Areas.Select(area => new XElement("Area",
                new XAttribute("Id", area.Id),
                new XAttribute("ShowGroups", "true"),
                Titles(area.Label),
                area.Groups.Select(group => new XElement("Group",
                    new XAttribute("Id", group.Id),
                    new XAttribute("IsProfile", "false"),
                    Titles(group.Label),
                    group.SubAreas.Select(sub => new XElement("SubArea",
                        new XAttribute("Id", sub.Id),
                        new XAttribute("Entity", sub.Table),
                        Titles(sub.Label))))))));

    private XElement Titles(LocalizedText text) =>
        new("Titles", labels.Languages.Where(l => text.ByLanguage.ContainsKey(l)).Select(l =>
            new XElement("Title", new XAttribute("LCID", l.ToString(CultureInfo.InvariantCulture)), new XAttribute("Title", text.ByLanguage[l]))));

    private static XElement Component(string type, Guid? id = null, string? schemaName = null) =>
        new("AppModuleComponent",
            new XAttribute("type", type),
            schemaName is null ? null : new XAttribute("schemaName", schemaName),
            id is null ? null : new XAttribute("id", "{" + id.Value.ToString("D") + "}"));
}
