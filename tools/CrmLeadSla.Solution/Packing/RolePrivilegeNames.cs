using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Registration;

namespace CrmLeadSla.Solution.Packing;

/// <summary>
/// Dataverse's names for the privileges of a role. The solution source names one privilege per table after its
/// logical name (<c>prvReadlead</c>); Dataverse names standard tables' privileges after their schema name
/// (<c>prvReadLead</c>), calls the user table's <c>User</c>, and shares one set among the activity tables
/// (<c>prvReadActivity</c>), so several source lines can become one privilege (it keeps the widest depth). An import
/// maps Dataverse's names back: one privilege to the source name of each table it covers.
/// </summary>
public static class RolePrivilegeNames
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

    /// <summary>The role's privileges under Dataverse's names, in name order; several that become one keep the widest depth.</summary>
    /// <exception cref="PackagingException">A privilege names no access right, or a standard table whose Dataverse name is not known here.</exception>
    public static IReadOnlyList<RolePrivilege> ForDataverse(SecurityRoleDefinition role, MetadataModel metadata) =>
        role.Privileges
            .Select(p => new RolePrivilege(DataverseName(p.Name, role.Name, metadata), p.Depth))
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .Select(g => new RolePrivilege(g.Key, g.Max(p => p.Depth)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The source names a Dataverse privilege stands for, among the tables of <paramref name="metadata"/>: one for a table's
    /// own privilege (<c>prvReadLead</c> → <c>prvReadlead</c>), one per activity table for <c>prv…Activity</c>; empty when
    /// the privilege names no table the metadata has (the platform's own privileges, such as prvReadOrganization).
    /// </summary>
    public static IReadOnlyList<string> FromDataverse(string dataverseName, MetadataModel metadata)
    {
        var right = Rights.FirstOrDefault(r => dataverseName.StartsWith("prv" + r, StringComparison.Ordinal));
        if (right is null)
        {
            return [];
        }

        var name = dataverseName[(3 + right.Length)..];
        var tables = StandardTables.Where(t => t.Value == name).Select(t => t.Key).ToList();
        if (tables.Count == 0 && metadata.FindTable(name.ToLowerInvariant()) is { } table)
        {
            tables.Add(table.LogicalName);
        }

        return [.. tables.Where(t => metadata.FindTable(t) is not null).Select(t => "prv" + right + t)];
    }

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
