using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Packing;
using CrmLeadSla.Solution.Registration;

namespace CrmLeadSla.Solution.Import;

/// <summary>
/// &lt;Roles&gt;: each security role with its privileges and their depth, Dataverse's privilege names mapped back to the
/// tables the organization has (docs/packing.md, "Privilege names"). Privileges on anything else are left out, with a note.
/// </summary>
internal static class SecurityRoleReader
{
    private static readonly HashSet<string> Known = ["IsCustomizable", "IntroducedVersion", "IsAutoAssigned", "IsInherited", "RolePrivileges", "Description"];

    public static SecurityRoleDefinition Read(ZipPart part, XElement element, MetadataModel metadata, ImportNotes notes)
    {
        var name = part.RequiredAttribute(element, "name", "<Role>");
        var id = part.Id(part.RequiredAttribute(element, "id", $"role '{name}'"), "role id", $"role '{name}'");
        var component = $"role '{name}'";
        notes.Unknown(part.Name, element, Known);
        var privileges = new Dictionary<string, PrivilegeDepth>(StringComparer.Ordinal);
        var ignored = new List<string>();
        foreach (var privilege in element.Element("RolePrivileges")?.Elements("RolePrivilege") ?? [])
        {
            var dataverseName = part.RequiredAttribute(privilege, "name", component);
            var level = (string?)privilege.Attribute("level");
            if (!Enum.TryParse<PrivilegeDepth>(level, ignoreCase: false, out var depth) || !Enum.IsDefined(depth))
            {
                throw part.Error(component, $"the privilege '{dataverseName}' has the depth '{level}'.", "Use Basic, Local, Deep or Global.");
            }

            var names = RolePrivilegeNames.FromDataverse(dataverseName, metadata);
            if (names.Count == 0)
            {
                ignored.Add(dataverseName);
            }

            foreach (var source in names)
            {
                privileges[source] = privileges.TryGetValue(source, out var known) && known > depth ? known : depth;
            }
        }

        if (ignored.Count > 0)
        {
            notes.Add($"{part.Name}: {component} has {ignored.Count} privilege(s) on tables or features the local Dataverse does not have ({string.Join(", ", ignored.Take(5))}{(ignored.Count > 5 ? ", …" : string.Empty)}); they are left out.");
        }

        return new SecurityRoleDefinition(id, name, [.. privileges.Select(p => new RolePrivilege(p.Key, p.Value))])
        {
            Description = ZipPart.Text(element, "Description"),
        };
    }
}
