using CrmLeadSla.LocalDataverse.Query;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Query;

/// <summary>Rows kept in lists per table, as the store hands them to the query engine.</summary>
internal sealed class InMemoryRows : IRowReader
{
    private readonly Dictionary<string, List<Entity>> tables = new(StringComparer.OrdinalIgnoreCase);

    public Entity Add(Entity row)
    {
        if (row.Id == Guid.Empty)
        {
            row.Id = Guid.NewGuid();
        }

        if (!tables.TryGetValue(row.LogicalName, out var rows))
        {
            rows = [];
            tables[row.LogicalName] = rows;
        }

        rows.Add(row);
        return row;
    }

    public IEnumerable<Entity> Rows(string tableLogicalName) =>
        tables.TryGetValue(tableLogicalName, out var rows) ? rows : [];

    public Entity? Find(string tableLogicalName, Guid id) => Rows(tableLogicalName).FirstOrDefault(r => r.Id == id);
}
