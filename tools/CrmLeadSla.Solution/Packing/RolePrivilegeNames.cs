using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Registration;

namespace CrmLeadSla.Solution.Packing;

/// <summary>
/// Dataverse's names for the privileges of a role. The solution source names one privilege per table after its
/// logical name (<c>prvReadlead</c>); Dataverse names standard tables' privileges after their schema name
/// (<c>prvReadLead</c>), calls the user table's <c>User</c>, and shares one set among the activity tables
/// (<c>prvReadActivity</c>), so several source lines can become one privilege (it keeps the widest depth).
/// </summary>
internal static class RolePrivilegeNames
{
    private static readonly string[] Rights = ["Create", "Read", "Write", "Delete", "AppendTo", "Append", "Assign", "Share"];

    private static readonly Dictionary<string, string> StandardTables = new(StringComparer.Ordinal)
    {
        ["lead"] = "Lead",
        ["contact"] = "Contact",
        ["account"] = "Account",
        ["opportunity"] = "Opportunity",
        ["systemuser"] = "User",
        ["team"] = "Team",
        ["businessunit"] = "BusinessUnit",
        ["task"] = "Activity",
        ["phonecall"] = "Activity",
        ["email"] = "Activity",
        ["appointment"] = "Activity",
        ["opportunityclose"] = "Activity",
    };

    public static IReadOnlyList<RolePrivilege> ForDataverse(SecurityRoleDefinition role, MetadataModel metadata) =>
        role.Privileges
            .Select(p => new RolePrivilege(DataverseName(p.Name, role.Name, metadata), p.Depth))
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .Select(g => new RolePrivilege(g.Key, g.Max(p => p.Depth)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();

    private static string DataverseName(string sourceName, string roleName, MetadataModel metadata)
    {
        var right = Rights.FirstOrDefault(r => sourceName.StartsWith("prv" + r, StringComparison.Ordinal))
            ?? throw new PackagingException($"the role '{roleName}' has the privilege '{sourceName}', which names no access right.", "Name privileges prv<Right><table>, e.g. prvReadlead.");
        var table = sourceName[(3 + right.Length)..];
        if (metadata.FindTable(table) is { IsCustom: true })
        {
            return "prv" + right + table;
        }

        return StandardTables.TryGetValue(table, out var schemaName)
            ? "prv" + right + schemaName
            : throw new PackagingException(
                $"the role '{roleName}' grants '{sourceName}' on the standard table '{table}', whose Dataverse privilege name the packer does not know.",
                $"Add '{table}' and its privilege name (the table's schema name, e.g. prvRead{char.ToUpperInvariant(table[0])}{table[1..]}) to RolePrivilegeNames.");
    }
}
