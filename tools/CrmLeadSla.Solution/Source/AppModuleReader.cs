using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Registration;

namespace CrmLeadSla.Solution.Source;

/// <summary>Reads a model-driven app file (AppModules/&lt;uniquename&gt;.xml): labels, the roles that see it, and its site map of areas, groups and entries.</summary>
internal static class AppModuleReader
{
    public static AppModuleDefinition Read(SourceFile file, SourceContext context, MetadataModel metadata, IReadOnlyList<SecurityRoleDefinition> roles)
    {
        file.ExpectRoot("appmodule");
        var root = file.Root;
        Vocabulary.AllowOnly(file, root, "uniquename", "id");
        Vocabulary.AllowChildren(file, root, "label", "role", "area");
        var uniqueName = file.Required(root, "uniquename");
        context.RequirePrefix(file, root, uniqueName, "app");
        if (!string.Equals(Path.GetFileNameWithoutExtension(file.Name), uniqueName, StringComparison.Ordinal))
        {
            throw file.Error(root, $"the app '{uniqueName}' is declared in a file of another name.", $"Rename the file to {uniqueName}.xml.");
        }

        var (name, description) = context.NameAndDescription(file, root, "app");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var areas = root.Elements("area").Select(area => new SiteMapArea(
            UniqueId(file, area, ids),
            Label(file, area, context, "area", "group"),
            area.Elements("group").Select(group => new SiteMapGroup(
                UniqueId(file, group, ids),
                Label(file, group, context, "group", "subarea"),
                group.Elements("subarea").Select(subarea => ReadSubArea(file, subarea, context, metadata, ids)).ToList())).ToList())).ToList();
        if (areas.Count == 0 || areas.Any(a => a.Groups.Count == 0 || a.Groups.Any(g => g.SubAreas.Count == 0)))
        {
            throw file.Error(root, "the site map has an empty area or group.", "Give every <area> a <group> and every <group> a <subarea>.");
        }

        return new AppModuleDefinition
        {
            UniqueName = uniqueName,
            Id = file.RequiredGuid(root, "id"),
            Name = name,
            Description = description,
            RoleIds = root.Elements("role").Select(role => RoleId(file, role, roles)).ToList(),
            Areas = areas,
            SourceFile = file.Name,
        };
    }

    private static SiteMapSubArea ReadSubArea(SourceFile file, XElement subarea, SourceContext context, MetadataModel metadata, HashSet<string> ids)
    {
        Vocabulary.AllowOnly(file, subarea, "id", "table");
        Vocabulary.AllowChildren(file, subarea, "label");
        var table = file.RequiredTable(subarea, metadata);
        var label = file.Labels(subarea);
        if (label.ByLanguage.Count > 0)
        {
            context.RequireLabels(file, subarea, label, "subarea title");
        }

        return new SiteMapSubArea(UniqueId(file, subarea, ids), table.LogicalName, label.ByLanguage.Count > 0 ? label : table.DisplayCollectionName);
    }

    private static Guid RoleId(SourceFile file, XElement element, IReadOnlyList<SecurityRoleDefinition> roles)
    {
        Vocabulary.AllowOnly(file, element, "name");
        var name = file.Required(element, "name");
        return roles.FirstOrDefault(r => r.Name == name)?.Id
            ?? throw file.Error(element, $"no security role is named '{name}'.", $"Use one of: {string.Join(", ", roles.Select(r => r.Name))}.");
    }

    private static string UniqueId(SourceFile file, XElement element, HashSet<string> ids)
    {
        var id = file.Required(element, "id");
        return ids.Add(id) ? id : throw file.Error(element, $"the id '{id}' is used twice in the site map.", "Give every area, group and subarea its own id.");
    }

    private static LocalizedText Label(SourceFile file, XElement element, SourceContext context, string what, string child)
    {
        Vocabulary.AllowOnly(file, element, "id");
        Vocabulary.AllowChildren(file, element, "label", child);
        var label = file.Labels(element);
        context.RequireLabels(file, element, label, $"{what} title");
        return label;
    }
}
