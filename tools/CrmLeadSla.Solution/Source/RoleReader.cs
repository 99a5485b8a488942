using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Registration;

namespace CrmLeadSla.Solution.Source;

/// <summary>Reads a security role file (Roles/&lt;name&gt;.xml): one &lt;privilege table="…"&gt; line per table with a depth per access right.</summary>
internal static class RoleReader
{
    /// <summary>Access rights in Dataverse's order; the attribute name is the right in lower case.</summary>
    private static readonly string[] AccessRights = ["Create", "Read", "Write", "Delete", "Append", "AppendTo", "Assign", "Share"];

    // Assign and share move or open ownership, so only tables whose rows have an owner have them.
    private static readonly string[] OwnerRights = ["Assign", "Share"];

    public static SecurityRoleDefinition Read(SourceFile file, MetadataModel metadata)
    {
        file.ExpectRoot("role");
        var root = file.Root;
        Vocabulary.AllowOnly(file, root, "id", "name");
        Vocabulary.AllowChildren(file, root, "description", "privilege");
        var privileges = new List<RolePrivilege>();
        var tables = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in root.Elements("privilege"))
        {
            Vocabulary.AllowOnly(file, element, ["table", .. AccessRights.Select(r => r.ToLowerInvariant())]);
            var table = file.RequiredTable(element, metadata);
            var name = table.LogicalName;
            if (!tables.Add(name))
            {
                throw file.Error(element, $"the table '{name}' is listed twice.", "Merge the two <privilege> lines.");
            }

            foreach (var right in AccessRights)
            {
                if (element.Attribute(right.ToLowerInvariant()) is null)
                {
                    continue;
                }

                var depth = file.RequiredChoice<PrivilegeDepth>(element, right.ToLowerInvariant());
                if (table.Ownership == TableOwnership.OrganizationOwned && (depth != PrivilegeDepth.Global || OwnerRights.Contains(right)))
                {
                    throw file.Error(element, $"'{name}' is organization-owned: its privileges are Global only and it has no {string.Join("/", OwnerRights)}.", $"Set {right.ToLowerInvariant()}=\"Global\" or remove it.");
                }

                privileges.Add(new RolePrivilege($"prv{right}{table.LogicalName}", depth));
            }
        }

        return new SecurityRoleDefinition(file.RequiredGuid(root, "id"), file.Required(root, "name"), privileges)
        {
            Description = root.Element("description")?.Value.Trim(),
        };
    }
}
