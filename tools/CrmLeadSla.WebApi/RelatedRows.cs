using Microsoft.OData.Edm;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.WebApi;

/// <summary>A row with the related rows its expanded navigation properties name: one row (or none) or a list.</summary>
/// <param name="Row">The row.</param>
/// <param name="Related">Per expanded navigation property: a <see cref="ShapedRow"/> (or null), or a list of them.</param>
internal sealed record ShapedRow(Entity Row, IReadOnlyDictionary<IEdmNavigationProperty, object?> Related);

/// <summary>
/// Reads what <c>$expand</c> asks for: one query per expanded navigation property and level (the related rows of every
/// row of the page at once, by their ids), never one query per row.
/// </summary>
internal sealed class RelatedRows(WebApiOrganization organization)
{
    private const int PageSize = 5000;

    /// <summary>The rows with the related rows of each expansion of the shape.</summary>
    public IReadOnlyList<ShapedRow> Expand(IReadOnlyList<Entity> rows, RowShape shape)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(shape);
        var related = rows.Select(_ => new Dictionary<IEdmNavigationProperty, object?>()).ToList();
        foreach (var expansion in shape.Expansions)
        {
            if (expansion.Navigation.IsCollection)
            {
                Collections(rows, expansion, related);
            }
            else
            {
                Lookups(rows, expansion, related);
            }
        }

        return rows.Select((row, i) => new ShapedRow(row, related[i])).ToList();
    }

    private void Lookups(IReadOnlyList<Entity> rows, Expansion expansion, List<Dictionary<IEdmNavigationProperty, object?>> related)
    {
        var table = expansion.Shape.Table;
        var references = rows.Select(r => r.GetAttributeValue<EntityReference>(expansion.Navigation.Column.LogicalName))
            .Select(r => r is not null && r.LogicalName == table.LogicalName ? r.Id : (Guid?)null).ToList();
        var ids = references.OfType<Guid>().Distinct().ToArray();
        var found = ids.Length == 0 ? [] : Read(table.LogicalName, expansion.Shape, new ConditionExpression(table.PrimaryIdAttribute, ConditionOperator.In, ids), null, [])
            .ToDictionary(r => r.Row.Id);
        for (var i = 0; i < rows.Count; i++)
        {
            related[i][expansion.Property] = references[i] is Guid id ? found.GetValueOrDefault(id) : null;
        }
    }

    private void Collections(IReadOnlyList<Entity> rows, Expansion expansion, List<Dictionary<IEdmNavigationProperty, object?>> related)
    {
        var lookup = expansion.Navigation.Column.LogicalName;
        var ids = rows.Select(r => r.Id).Distinct().ToArray();
        var found = ids.Length == 0 ? [] : Read(expansion.Shape.Table.LogicalName, expansion.Shape, new ConditionExpression(lookup, ConditionOperator.In, ids), expansion.Criteria, expansion.Orders, lookup);
        var byParent = found.ToLookup(r => r.Row.GetAttributeValue<EntityReference>(lookup)?.Id);
        for (var i = 0; i < rows.Count; i++)
        {
            var children = byParent[rows[i].Id];
            related[i][expansion.Property] = (expansion.Top is long top ? children.Take((int)Math.Min(top, int.MaxValue)) : children).ToList();
        }
    }

    // Every page of the related rows, then their own expansions.
    private IReadOnlyList<ShapedRow> Read(string table, RowShape shape, ConditionExpression join, FilterExpression? criteria, IReadOnlyList<OrderExpression> orders, string? alsoRead = null)
    {
        var query = new QueryExpression(table) { ColumnSet = shape.ColumnSet, PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 } };
        if (alsoRead is not null && !query.ColumnSet.Columns.Contains(alsoRead))
        {
            query.ColumnSet.AddColumn(alsoRead);
        }

        query.Criteria.AddCondition(join);
        if (criteria is not null)
        {
            query.Criteria.AddFilter(criteria);
        }

        foreach (var order in orders)
        {
            query.Orders.Add(order);
        }

        var rows = new List<Entity>();
        while (true)
        {
            var page = organization.Run(s => s.RetrieveMultiple(query));
            rows.AddRange(page.Entities);
            if (!page.MoreRecords)
            {
                break;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }

        return Expand(rows, shape);
    }
}
