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

    /// <summary>
    /// The joined rows the caller may read, before the main criteria; <paramref name="seek"/> narrows the main table to
    /// one row, else <paramref name="lookup"/> to the rows whose lookup column refers to an id.
    /// </summary>
    public IEnumerable<Entity?[]> Join(BoundQuery query, Guid? seek = null, (string Column, Guid Id)? lookup = null)
    {
        var table = query.Table.LogicalName;
        var roots = (seek, lookup) switch
        {
            (Guid id, _) => Sought(table, id),
            (null, { } referenced) => Readable(table, rows.RowsReferencing(table, referenced.Column, referenced.Id)),
            _ => Readable(table, rows.Rows(table)),
        };
        var joined = roots.Select(root =>
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
            // A filter-only link applies its children inside its own test; a join's children join after it.
            joined = link.FiltersOnly ? Filter(joined, link) : Apply(Expand(joined, link), link.Children);
        }

        return joined;
    }

    private IEnumerable<Entity?[]> Expand(IEnumerable<Entity?[]> joined, BoundLink link)
    {
        foreach (var row in joined)
        {
            var matches = KeyMatches(row, link).Where(link.Criteria);
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

    // any / exists / in: some related row qualifies; not-any: none does; all: every related row qualifies
    // (also when there is none); not-all: some related row does not. The parent row is kept once.
    private IEnumerable<Entity?[]> Filter(IEnumerable<Entity?[]> joined, BoundLink link) => joined.Where(row =>
    {
        var related = KeyMatches(row, link);
        bool Qualifies(Entity?[] pair) => link.Criteria(pair) && Apply([pair], link.Children).Any();
        return link.Join switch
        {
            JoinOperator.NotAny => !related.Any(Qualifies),
            JoinOperator.All => related.All(Qualifies),
            JoinOperator.NotAll => !related.All(Qualifies),
            _ => related.Any(Qualifies),
        };
    });

    // The row joined with each readable related row whose key matches, before the link criteria.
    private IEnumerable<Entity?[]> KeyMatches(Entity?[] row, BoundLink link)
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
            });
    }

    private ILookup<object, Entity> Candidates(BoundLink link)
    {
        if (!candidatesBySlot.TryGetValue(link.Slot, out var candidates))
        {
            candidates = Readable(link.Table.LogicalName, rows.Rows(link.Table.LogicalName))
                .Select(row => (Row: row, Key: ComparableValue.Read(row, link.LinkedColumn)))
                .Where(pair => pair.Key is not null)
                .ToLookup(pair => JoinKey.Of(pair.Key!), pair => pair.Row);
            candidatesBySlot[link.Slot] = candidates;
        }

        return candidates;
    }

    private IEnumerable<Entity> Sought(string table, Guid id) =>
        rows.Find(table, id) is { } row && context.CanRead(table, row) ? [row] : [];

    private IEnumerable<Entity> Readable(string table, IEnumerable<Entity> stored) => stored.Where(row => context.CanRead(table, row));
}
