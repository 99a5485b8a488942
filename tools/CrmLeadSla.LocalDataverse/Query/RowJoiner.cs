using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>
/// Builds the joined rows of a query. Links apply one after another in depth-first order, as the flat
/// SQL join Dataverse generates does: an inner link under an outer link drops the rows the outer link
/// found nothing for. Link criteria belong to the join's ON clause.
/// </summary>
internal sealed class RowJoiner(IRowReader rows, QueryContext context)
{
    private readonly Dictionary<int, ILookup<object, Entity>> candidatesBySlot = [];

    /// <summary>The joined rows the caller may read, before the main criteria.</summary>
    public IEnumerable<Entity?[]> Join(BoundQuery query)
    {
        var joined = Readable(query.Table.LogicalName).Select(root =>
        {
            var row = new Entity?[query.SlotCount];
            row[0] = root;
            return row;
        });
        return Apply(joined, query.Links);
    }

    private IEnumerable<Entity?[]> Apply(IEnumerable<Entity?[]> joined, IEnumerable<BoundLink> links)
    {
        foreach (var link in links)
        {
            joined = link.FiltersOnly ? Filter(joined, link) : Expand(joined, link);
            if (!link.FiltersOnly)
            {
                joined = Apply(joined, link.Children);
            }
        }

        return joined;
    }

    private IEnumerable<Entity?[]> Expand(IEnumerable<Entity?[]> joined, BoundLink link)
    {
        foreach (var row in joined)
        {
            var matches = Matches(row, link);
            if (link.Join == JoinOperator.MatchFirstRowUsingCrossApply)
            {
                matches = matches.Take(1);
            }

            var any = false;
            foreach (var match in matches)
            {
                any = true;
                yield return match;
            }

            if (!any && link.Join == JoinOperator.LeftOuter)
            {
                yield return row;
            }
        }
    }

    // any / exists / in keep the parent row once when a related row qualifies; not-any when none does.
    private IEnumerable<Entity?[]> Filter(IEnumerable<Entity?[]> joined, BoundLink link) =>
        joined.Where(row => Apply(Matches(row, link), link.Children).Any() == (link.Join != JoinOperator.NotAny));

    private IEnumerable<Entity?[]> Matches(Entity?[] row, BoundLink link)
    {
        var key = row[link.ParentSlot] is { } parent ? ComparableValue.Read(parent, link.ParentColumn) : null;
        if (key is null)
        {
            return [];
        }

        return Candidates(link)[JoinKey.Of(key)]
            .Select(candidate =>
            {
                var joined = (Entity?[])row.Clone();
                joined[link.Slot] = candidate;
                return joined;
            })
            .Where(link.Criteria);
    }

    private ILookup<object, Entity> Candidates(BoundLink link)
    {
        if (!candidatesBySlot.TryGetValue(link.Slot, out var candidates))
        {
            candidates = Readable(link.Table.LogicalName)
                .Select(row => (Row: row, Key: ComparableValue.Read(row, link.LinkedColumn)))
                .Where(pair => pair.Key is not null)
                .ToLookup(pair => JoinKey.Of(pair.Key!), pair => pair.Row);
            candidatesBySlot[link.Slot] = candidates;
        }

        return candidates;
    }

    private IEnumerable<Entity> Readable(string table) => rows.Rows(table).Where(row => context.CanRead(table, row));
}
