using System.IO.Compression;
using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Packing;
using CrmLeadSla.Solution.Registration;
using CrmLeadSla.Solution.Source;
using CrmLeadSla.Solution.Workflows;

namespace CrmLeadSla.Solution.Import;

/// <summary>
/// Reads a solution zip in Microsoft's format — <c>[Content_Types].xml</c>, <c>solution.xml</c>, <c>customizations.xml</c>,
/// <c>PluginAssemblies/…/*.dll</c>, <c>Workflows/*.xaml</c> — into the solution model, against the metadata of the
/// organization it is imported into. Exports of Dynamics CRM 8.2 up to Dataverse 9.2 are read, as is what
/// <c>leadsla pack</c> writes. Everything is checked before anything is returned: a zip that breaks a rule Dataverse
/// enforces is refused whole (docs/importing-zips.md lists what is read, refused and ignored).
/// </summary>
public static class SolutionZipReader
{
    private const string ContentTypesPart = "[Content_Types].xml";
    private const string ManifestPart = "solution.xml";
    private const string CustomizationsPart = "customizations.xml";

    // Sections the importer reads, and those it knows and leaves out when they hold something (noted).
    private static readonly HashSet<string> Sections =
    [
        "Entities", "Roles", "Workflows", "FieldSecurityProfiles", "EntityRelationships", "optionsets", "SolutionPluginAssemblies",
        "SdkMessageProcessingSteps", "Languages", "AppModuleSiteMaps", "AppModules",
    ];

    private static readonly HashSet<string> RootAttributes = ["OrganizationVersion", "OrganizationSchemaType", "CRMServerServiceabilityVersion"];

    /// <summary>Reads a zip against the shipped standard tables alone (an organization no solution has been imported into).</summary>
    /// <exception cref="SolutionImportException">The zip is malformed or breaks a rule Dataverse enforces.</exception>
    public static ImportedSolution Read(byte[] zip) => Read(zip, SolutionFolder.StandardMetadata());

    /// <summary>Reads a zip against an organization's metadata: its tables extend or join the organization's.</summary>
    /// <param name="zip">The solution zip's bytes.</param>
    /// <param name="organization">The metadata of the organization the zip is imported into (not changed).</param>
    /// <exception cref="SolutionImportException">The zip is malformed or breaks a rule Dataverse enforces; the message names the part, the component and the fix.</exception>
    public static ImportedSolution Read(byte[] zip, MetadataModel organization)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(organization);
        var entries = Entries(zip);
        var notes = new ImportNotes();
        CheckContentTypes(entries, notes);
        var manifestPart = ZipPart.Parse(ManifestPart, entries[ManifestPart]);
        var manifest = ZipManifest.Read(manifestPart, notes);
        var part = ZipPart.Parse(CustomizationsPart, entries[CustomizationsPart]);
        part.ExpectRoot("ImportExportXml");
        foreach (var attribute in part.Root.Attributes().Where(a => !a.IsNamespaceDeclaration && !RootAttributes.Contains(a.Name.LocalName)))
        {
            notes.Add($"{CustomizationsPart}: the root attribute {attribute.Name.LocalName}, which the importer does not know, is ignored.");
        }

        foreach (var section in part.Root.Elements().Where(e => !Sections.Contains(e.Name.LocalName) && e.HasElements))
        {
            notes.Add($"{CustomizationsPart}: <{section.Name.LocalName}> holds components the local Dataverse does not model; they are left out.");
        }

        var globalOptionSets = new Dictionary<string, OptionSetDefinition>(organization.GlobalOptionSets, StringComparer.OrdinalIgnoreCase);
        var zipOptionSets = Unique(Section(part, "optionsets", "optionset").Select(e => OptionSetReader.Global(part, e, notes)), o => o.Name, "global option set", part);
        foreach (var optionSet in zipOptionSets)
        {
            globalOptionSets[optionSet.Name] = optionSet;
        }

        var tables = Unique(Section(part, "Entities", "Entity").Select(e => EntityReader.Read(part, e, organization, globalOptionSets, notes)), t => t.Table.LogicalName, "table", part);
        var zipTables = tables.ToDictionary(t => t.Table.LogicalName, t => t.Table, StringComparer.OrdinalIgnoreCase);
        TableDefinition? FindTable(string name) => zipTables.GetValueOrDefault(name) ?? organization.FindTable(name);
        var relationships = Unique(Section(part, "EntityRelationships", "EntityRelationship").Select(e => RelationshipReader.Read(part, e, FindTable, notes)), r => r.SchemaName, "relationship", part);
        var metadata = Merge(part, organization, zipTables, zipOptionSets, relationships);

        var views = Unique(tables.SelectMany(t => SavedQueryReader.Read(part, t with { Table = metadata.FindTable(t.Table.LogicalName)! }, notes)), v => v.Id, "view", part);
        var forms = Unique(tables.SelectMany(t => SystemFormReader.Read(part, t with { Table = metadata.FindTable(t.Table.LogicalName)! }, notes)), f => f.Id, "form", part);
        var roles = Unique(Section(part, "Roles", "Role").Select(e => SecurityRoleReader.Read(part, e, metadata, notes)), r => r.Id, "role", part);
        var packed = Unique(Section(part, "SolutionPluginAssemblies", "PluginAssembly").Select(e => PluginRegistrationReader.ReadAssembly(part, e, entries, notes)), a => a.Definition.Name, "plug-in assembly", part);
        var definitions = packed.Select(a => a.Definition).ToList();
        var steps = Unique(Section(part, "SdkMessageProcessingSteps", "SdkMessageProcessingStep").Select(e => PluginRegistrationReader.ReadStep(part, e, definitions, metadata, notes)), s => s.Id, "step", part);
        var languages = Languages(part, manifest.BaseLanguage);
        var workflows = Unique(Section(part, "Workflows", "Workflow").Select(e => WorkflowEntryReader.Read(part, e, entries, metadata, definitions, languages[0], notes)).OfType<WorkflowRegistration>(), w => w.Id, "workflow", part);
        var profiles = Unique(Section(part, "FieldSecurityProfiles", "FieldSecurityProfile").Select(e => FieldSecurityProfileReader.Read(part, e, metadata, notes)), p => p.Id, "field security profile", part);
        if (Section(part, "AppModules", "AppModule").Any())
        {
            notes.Add($"{CustomizationsPart}: model-driven apps and their site maps are not modelled by the local Dataverse; they are left out.");
        }

        var assemblies = definitions.Select(a => a with { Steps = [.. steps.Where(s => a.Types.Any(t => t.TypeName == s.PluginTypeName))] }).ToList();
        ComponentCheck.RootComponents(manifestPart, manifest.RootComponents, new ComponentCheck.Components(
            zipTables.Keys, [.. zipOptionSets.Select(o => o.Name)], [.. roles.Select(r => r.Id)], [.. views.Select(v => v.Id)], [.. forms.Select(f => f.Id)],
            [.. Section(part, "Workflows", "Workflow").Select(w => part.Id((string?)w.Attribute("WorkflowId") ?? string.Empty, "workflow id", "<Workflow>"))],
            [.. profiles.Select(p => p.Id)], [.. assemblies.Select(a => a.Name)], [.. steps.Select(s => s.Id)]));
        ComponentCheck.MissingDependencies(manifestPart, manifest.MissingDependencies, metadata);

        return new ImportedSolution
        {
            Solution = new SolutionDefinition
            {
                UniqueName = manifest.UniqueName,
                DisplayName = manifest.DisplayName,
                Description = manifest.Description,
                Version = manifest.Version,
                Publisher = manifest.Publisher,
                Languages = languages,
                Metadata = metadata,
                SolutionTables = [.. zipTables.Keys],
                Roles = roles,
                PluginAssemblies = assemblies,
                Views = views,
                Forms = forms,
                FieldSecurityProfiles = profiles,
            },
            IsManaged = manifest.IsManaged,
            Assemblies = [.. packed.Select(a => a.Assembly)],
            Workflows = workflows,
            Notes = notes.ToList(),
        };
    }

    private static Dictionary<string, byte[]> Entries(byte[] zip)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
            var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var entry in archive.Entries.Where(e => !e.FullName.EndsWith('/')))
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                entries[entry.FullName.Replace('\\', '/')] = copy.ToArray();
            }

            foreach (var required in new[] { ContentTypesPart, ManifestPart, CustomizationsPart }.Where(p => !entries.ContainsKey(p)))
            {
                throw new SolutionImportException("the solution zip", $"the zip has no {required}, so it is not a solution.", "Import a solution zip exported from Dataverse or written by leadsla pack.");
            }

            return entries;
        }
        catch (InvalidDataException e)
        {
            throw new SolutionImportException("the solution zip", $"the file is not a zip ({e.Message}).", "Import the .zip file Dataverse exported or leadsla pack wrote.", e);
        }
    }

    // Open Packaging gives every part a content type, by its extension or by its own override; 8.2 exports list only xml.
    private static void CheckContentTypes(Dictionary<string, byte[]> entries, ImportNotes notes)
    {
        var types = ZipPart.Parse(ContentTypesPart, entries[ContentTypesPart]);
        types.ExpectRoot("Types");
        var extensions = types.Root.Elements().Where(e => e.Name.LocalName == "Default").Select(e => ((string?)e.Attribute("Extension") ?? string.Empty).ToLowerInvariant()).ToHashSet();
        var overrides = types.Root.Elements().Where(e => e.Name.LocalName == "Override").Select(e => ((string?)e.Attribute("PartName") ?? string.Empty).TrimStart('/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var path in entries.Keys.Where(p => p != ContentTypesPart && !extensions.Contains(Path.GetExtension(p).TrimStart('.').ToLowerInvariant()) && !overrides.Contains(p)))
        {
            notes.Add($"{ContentTypesPart} names no content type for '{path}'; it is read all the same.");
        }
    }

    private static IEnumerable<XElement> Section(ZipPart part, string section, string item) =>
        part.Root.Element(section)?.Elements(item) ?? [];

    // Names are unique per kind within a solution; a second one with the same name or id is refused.
    private static List<T> Unique<T, TKey>(IEnumerable<T> components, Func<T, TKey> keyOf, string what, ZipPart part)
        where TKey : notnull
    {
        var list = new List<T>();
        var keys = new HashSet<TKey>(typeof(TKey) == typeof(string) ? (IEqualityComparer<TKey>)StringComparer.OrdinalIgnoreCase : EqualityComparer<TKey>.Default);
        foreach (var component in components)
        {
            if (!keys.Add(keyOf(component)))
            {
                throw part.Error($"{what} '{keyOf(component)}'", $"the {what} is in the zip twice.", $"Keep one {what} of that name; names are unique without regard to case.");
            }

            list.Add(component);
        }

        return list;
    }

    // The base language first, then the organization's other provisioned languages.
    private static List<int> Languages(ZipPart part, int baseLanguage) =>
        [baseLanguage, .. Section(part, "Languages", "Language").Select(l => int.TryParse(l.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : 0).Where(c => c > 0 && c != baseLanguage).Distinct()];

    private static MetadataModel Merge(ZipPart part, MetadataModel organization, Dictionary<string, TableDefinition> zipTables, IReadOnlyList<OptionSetDefinition> optionSets, IReadOnlyList<OneToManyRelationship> relationships)
    {
        var tables = organization.Tables.ToDictionary(t => t.LogicalName, StringComparer.OrdinalIgnoreCase);
        var oneToMany = organization.OneToMany.Where(r => !relationships.Any(z => string.Equals(z.SchemaName, r.SchemaName, StringComparison.OrdinalIgnoreCase))).ToList();
        foreach (var table in zipTables.Values)
        {
            var isNew = organization.FindTable(table.LogicalName) is null;
            var columns = new Dictionary<string, ColumnDefinition>(table.Columns, StringComparer.OrdinalIgnoreCase);
            foreach (var column in table.Columns.Values.Where(c => c.Kind is ColumnKind.Lookup or ColumnKind.Customer && c.IsCustom))
            {
                var targets = relationships.Concat(oneToMany)
                    .Where(r => string.Equals(r.ReferencingEntity, table.LogicalName, StringComparison.OrdinalIgnoreCase) && string.Equals(r.ReferencingAttribute, column.LogicalName, StringComparison.OrdinalIgnoreCase))
                    .Select(r => r.ReferencedEntity)
                    .ToList();
                columns[column.LogicalName] = targets.Count > 0
                    ? column with { Targets = targets }
                    : throw part.Error($"table '{table.LogicalName}', column '{column.LogicalName}'", "the lookup has no relationship in the zip or the organization, so it points at no table.", "Add the lookup's <EntityRelationship> to the solution.");
            }

            tables[table.LogicalName] = table with { Columns = columns };
            if (isNew)
            {
                // The platform's own relationships of a new table (created by, modified by, owner), as Dataverse adds them.
                var platform = PlatformColumns.For(table.LogicalName, table.PrimaryIdAttribute, table.IsActivity, table.Ownership, isCustom: true).Relationships;
                oneToMany.AddRange(platform.Where(p => !oneToMany.Any(r => r.SchemaName == p.SchemaName)));
            }
        }

        var globals = organization.GlobalOptionSets.Values.Where(o => !optionSets.Any(z => string.Equals(z.Name, o.Name, StringComparison.OrdinalIgnoreCase))).Concat(optionSets);
        return new MetadataModel(tables.Values, globals, oneToMany.Concat(relationships), organization.ManyToMany);
    }
}
