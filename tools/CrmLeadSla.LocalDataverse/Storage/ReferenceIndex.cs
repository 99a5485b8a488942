using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Storage;

/// <summary>
/// Which committed rows of a table point at a row through a lookup column: table → column → referenced id → row ids.
/// Kept by <see cref="Database"/> as it publishes, so that "lookup equals id" reads the few rows it can match
/// instead of the whole table (as Dataverse's indexes on lookup columns do). Not thread-safe: the database locks.
/// </summary>
internal sealed class ReferenceIndex
{
    private readonly Dictionary<string, Dictionary<string, Dictionary<Guid, HashSet<Guid>>>> tables = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The ids of the rows whose <paramref name="column"/> refers to <paramref name="id"/>.</summary>
    public IReadOnlyCollection<Guid> RowsReferencing(string table, string column, Guid id) =>
        tables.TryGetValue(table, out var columns)
        && columns.TryGetValue(column, out var referenced)
        && referenced.TryGetValue(id, out var rows)
            ? rows
            : [];

    /// <summary>Moves the row's entries from what it referred to before to what it refers to now (null: removed).</summary>
    public void Replace(string table, Entity? before, Entity? after)
    {
        if (before is not null)
        {
            foreach (var (column, reference) in References(before))
            {
                var rows = Column(table, column)[reference];
                rows.Remove(before.Id);
                if (rows.Count == 0)
                {
                    Column(table, column).Remove(reference);
                }
            }
        }

        if (after is not null)
        {
            foreach (var (column, reference) in References(after))
            {
                var referenced = Column(table, column);
                if (!referenced.TryGetValue(reference, out var rows))
                {
                    rows = [];
                    referenced.Add(reference, rows);
                }

                rows.Add(after.Id);
            }
        }
    }

    private static IEnumerable<(string Column, Guid Id)> References(Entity row) =>
        row.Attributes
            .Where(column => column.Value is EntityReference)
            .Select(column => (column.Key.ToLowerInvariant(), ((EntityReference)column.Value).Id));

    private Dictionary<Guid, HashSet<Guid>> Column(string table, string column)
    {
        if (!tables.TryGetValue(table, out var columns))
        {
            columns = new Dictionary<string, Dictionary<Guid, HashSet<Guid>>>(StringComparer.OrdinalIgnoreCase);
            tables.Add(table, columns);
        }

        if (!columns.TryGetValue(column, out var referenced))
        {
            referenced = [];
            columns.Add(column, referenced);
        }

        return referenced;
    }
}
