using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages;

/// <summary>
/// The full name Dataverse composes from first and last name on lead, contact and systemuser. It is written by
/// the platform only: a value the caller sends is replaced. The organization's format is "First Last"
/// (full-name convention FirstLast); a missing part leaves the other alone.
/// </summary>
internal static class FullName
{
    private const string Column = "fullname";
    private const string First = "firstname";
    private const string Last = "lastname";

    private static readonly HashSet<string> PersonTables = new(["lead", "contact", "systemuser"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Composes fullname of a new row from its name parts.</summary>
    public static void ComposeOnCreate(TableDefinition table, Entity row)
    {
        if (!Applies(table))
        {
            return;
        }

        row.Attributes.Remove(Column);
        if (Compose(row.GetAttributeValue<string>(First), row.GetAttributeValue<string>(Last)) is { } fullName)
        {
            row[Column] = fullName;
        }
    }

    /// <summary>Composes fullname again when an update changes a name part; the part it leaves comes from the stored row.</summary>
    public static void ComposeOnUpdate(TableDefinition table, Entity changes, Entity? stored)
    {
        if (!Applies(table))
        {
            return;
        }

        changes.Attributes.Remove(Column);
        if (changes.Contains(First) || changes.Contains(Last))
        {
            changes[Column] = Compose(PartOf(First, changes, stored), PartOf(Last, changes, stored));
        }
    }

    private static bool Applies(TableDefinition table) => PersonTables.Contains(table.LogicalName) && table.Column(Column) is not null;

    private static string? PartOf(string part, Entity changes, Entity? stored) =>
        changes.Contains(part) ? changes.GetAttributeValue<string>(part) : stored?.GetAttributeValue<string>(part);

    private static string? Compose(string? first, string? last)
    {
        var parts = new[] { first, last }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()).ToList();
        return parts.Count == 0 ? null : string.Join(' ', parts);
    }
}
