using System.Security.Cryptography;
using System.Text;
using CrmLeadSla.LocalDataverse.Metadata;

namespace CrmLeadSla.LocalDataverse.Security;

/// <summary>The privilege a right needs on a table: <c>prv</c> + right + table, e.g. <c>prvReadlead</c>, <c>prvAppendTolsla_scoringrule</c>.</summary>
internal static class PrivilegeNames
{
    // Standard tables whose privileges Dataverse names after something other than the table.
    private static readonly Dictionary<string, string> PrivilegeEntityByTable = new(StringComparer.OrdinalIgnoreCase)
    {
        ["systemuser"] = "User",
        ["businessunit"] = "BusinessUnit",
        ["annotation"] = "Note",
        ["salesorder"] = "Order",
        ["activitypointer"] = "Activity",
    };

    /// <summary>The privilege name for <paramref name="right"/> on <paramref name="table"/>.</summary>
    public static string For(AccessRight right, string table, TableDefinition? definition) =>
        "prv" + right + PrivilegeEntity(table, definition);

    /// <summary>
    /// A stable id for a privilege name (the real ids are per organization and not in the solution);
    /// derived from the name so the same privilege always shows the same id in faults.
    /// </summary>
    public static Guid IdOf(string privilegeName)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(privilegeName.ToUpperInvariant()));
        return new Guid(hash.AsSpan(0, 16));
    }

    private static string PrivilegeEntity(string table, TableDefinition? definition) =>
        PrivilegeEntityByTable.TryGetValue(table, out var entity) ? entity
        // The standard activity tables (task, email, phonecall…) share prv…Activity; custom activity tables have their own.
        : definition is { IsActivity: true, IsCustom: false } ? "Activity"
        : table;
}
