using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.WebApi;

/// <summary>
/// The single-valued navigation property of a lookup column, the name a create or update body binds it by
/// (<c>name@odata.bind</c>). The local endpoint names it after the column, and a lookup to several tables once per
/// table (<c>regardingobjectid_lead</c>) — except the owner, which is one property <c>ownerid</c> to the
/// <see cref="OwnerTable"/> (a user or a team), as in Dataverse; the names are published in the table's
/// ManyToOneRelationships metadata, where clients read them, as they must for a real environment whose names differ.
/// </summary>
public static class LookupNavigation
{
    /// <summary>The table Dataverse names as the owner lookup's target: a user or a team (entity type <c>principal</c>).</summary>
    public const string OwnerTable = "owner";

    /// <summary>Every navigation property of the table: its name, lookup column and target table.</summary>
    public static IEnumerable<(string Property, ColumnDefinition Column, string Target)> Of(TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        foreach (var column in table.Columns.Values.Where(c => c.Kind is ColumnKind.Lookup or ColumnKind.Customer or ColumnKind.Owner))
        {
            if (column.Kind == ColumnKind.Owner)
            {
                yield return (column.LogicalName, column, OwnerTable);
                continue;
            }

            foreach (var target in column.Targets)
            {
                yield return (column.Targets.Count == 1 ? column.LogicalName : $"{column.LogicalName}_{target}", column, target);
            }
        }
    }

    /// <summary>The lookup column a navigation property binds and the tables whose rows it takes, or null.</summary>
    public static (ColumnDefinition Column, IReadOnlyList<string> Targets)? Find(TableDefinition table, string property) =>
        Of(table).Where(n => string.Equals(n.Property, property, StringComparison.OrdinalIgnoreCase))
            .Select(n => ((ColumnDefinition, IReadOnlyList<string>)?)(n.Column, n.Column.Kind == ColumnKind.Owner ? n.Column.Targets : [n.Target]))
            .FirstOrDefault();
}
