using System.Globalization;
using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Solution.Import;

/// <summary>A component the manifest lists: its type (solutioncomponent.componenttype) and how it is named.</summary>
internal sealed record RootComponent(int Type, Guid? Id, string? SchemaName)
{
    public string Describe() => $"type {Type.ToString(CultureInfo.InvariantCulture)} {SchemaName ?? Id?.ToString("D")}";
}

/// <summary>solution.xml of a zip: the solution's name, version, managed flag, publisher, root components and missing dependencies.</summary>
internal sealed record ZipManifest(
    string UniqueName,
    LocalizedText DisplayName,
    LocalizedText Description,
    Version Version,
    bool IsManaged,
    int BaseLanguage,
    PublisherDefinition Publisher,
    IReadOnlyList<RootComponent> RootComponents,
    IReadOnlyList<RootComponent> MissingDependencies)
{
    private static readonly HashSet<string> RootAttributes =
        ["version", "SolutionPackageVersion", "languagecode", "generatedBy", "OrganizationVersion", "OrganizationSchemaType", "CRMServerServiceabilityVersion"];

    private static readonly HashSet<string> ManifestChildren =
        ["UniqueName", "LocalizedNames", "Descriptions", "Version", "Managed", "Publisher", "RootComponents", "MissingDependencies"];

    private static readonly HashSet<string> PublisherChildren =
        ["UniqueName", "LocalizedNames", "Descriptions", "EMailAddress", "SupportingWebsiteUrl", "CustomizationPrefix", "CustomizationOptionValuePrefix", "Addresses"];

    public static ZipManifest Read(ZipPart part, ImportNotes notes)
    {
        part.ExpectRoot("ImportExportXml");
        foreach (var attribute in part.Root.Attributes().Where(a => !a.IsNamespaceDeclaration && !RootAttributes.Contains(a.Name.LocalName)))
        {
            notes.Add($"{part.Name}: the root attribute {attribute.Name.LocalName}, which the importer does not know, is ignored.");
        }

        var manifest = part.Root.Element("SolutionManifest") ?? throw part.Error("there is no <SolutionManifest>.", "Import a solution zip exported from Dataverse or written by leadsla pack.");
        notes.Unknown(part.Name, manifest, ManifestChildren);
        var versionText = part.Required(manifest, "Version", "the manifest");
        if (!Version.TryParse(versionText, out var version))
        {
            throw part.Error("the manifest", $"the version '{versionText}' is not a version.", "Give the solution a version such as 1.0.0.0.");
        }

        var baseLanguage = (string?)part.Root.Attribute("languagecode") is { } code && int.TryParse(code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var lcid) ? lcid : 1033;
        return new ZipManifest(
            part.Required(manifest, "UniqueName", "the manifest"),
            ZipPart.Labels(manifest.Element("LocalizedNames")),
            ZipPart.Labels(manifest.Element("Descriptions")),
            version,
            part.Flag(manifest, "Managed", "the manifest"),
            baseLanguage,
            ReadPublisher(part, manifest, notes),
            Components(part, manifest.Element("RootComponents"), "RootComponent"),
            Components(part, manifest.Element("MissingDependencies"), "MissingDependency", "Required"));
    }

    private static PublisherDefinition ReadPublisher(ZipPart part, XElement manifest, ImportNotes notes)
    {
        const string Component = "the publisher";
        var publisher = manifest.Element("Publisher") ?? throw part.Error("the manifest", "the solution has no <Publisher>.", "Export the solution again.");
        notes.Unknown(part.Name, publisher, PublisherChildren);
        return new PublisherDefinition(
            part.Required(publisher, "UniqueName", Component),
            part.Required(publisher, "CustomizationPrefix", Component),
            part.Int(publisher, "CustomizationOptionValuePrefix", Component) ?? throw part.Error(Component, "<CustomizationOptionValuePrefix> is missing.", "Export the solution again."),
            ZipPart.Labels(publisher.Element("LocalizedNames")),
            ZipPart.Labels(publisher.Element("Descriptions")));
    }

    // RootComponent elements, or for MissingDependency the component each requires.
    private static List<RootComponent> Components(ZipPart part, XElement? container, string element, string? child = null) =>
        container is null
            ? []
            : [.. container.Elements(element).Select(e => child is null ? e : e.Element(child)).OfType<XElement>().Select(e => new RootComponent(
                int.TryParse((string?)e.Attribute("type"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var type) ? type : throw part.Error($"<{element}>", $"the type '{(string?)e.Attribute("type")}' is not a number.", "Export the solution again."),
                (string?)e.Attribute("id") is { Length: > 0 } id ? part.Id(id, "component id", $"<{element}>") : null,
                (string?)e.Attribute("schemaName") is { Length: > 0 } name ? (string.IsNullOrEmpty((string?)e.Attribute("parentSchemaName")) ? name : $"{(string?)e.Attribute("parentSchemaName")}.{name}") : null))];
}
