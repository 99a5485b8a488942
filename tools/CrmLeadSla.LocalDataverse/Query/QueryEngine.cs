using CrmLeadSla.LocalDataverse.Query.Aggregation;
using CrmLeadSla.LocalDataverse.Query.Fetch;
using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>
/// Answers RetrieveMultiple over in-memory rows with Dataverse's semantics: QueryExpression,
/// QueryByAttribute and FetchXML (aggregates included). See docs/local-dataverse-query.md.
/// </summary>
public sealed class QueryEngine
{
    // A query for this few rows (TopCount) keeps them in one pass over the matching rows instead of sorting them all.
    private const int FirstRowsWithoutSorting = 50;

    private readonly MetadataModel metadata;
    private readonly IRowReader rows;

    /// <summary>Creates an engine over the metadata and the stored rows.</summary>
    public QueryEngine(MetadataModel metadata, IRowReader rows)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(rows);
        this.metadata = metadata;
        this.rows = rows;
    }

    /// <summary>Runs a query and returns one page of copies of the matching rows.</summary>
    /// <param name="query">A QueryExpression, QueryByAttribute or FetchExpression.</param>
    /// <param name="context">Caller id and business unit (for eq-userid / eq-businessid), the current UTC time (for date operators), and a per-row read check.</param>
    /// <exception cref="System.ServiceModel.FaultException{OrganizationServiceFault}">What Dataverse throws for the same query.</exception>
    public EntityCollection RetrieveMultiple(QueryBase query, QueryContext context)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(context);
        var (expression, aggregate, rawChoiceOrder, aliasedColumns) = query switch
        {
            QueryExpression queryExpression => new FetchQuery(queryExpression, null),
            QueryByAttribute byAttribute => new FetchQuery(QueryByAttributeExpansion.ToExpression(byAttribute), null),
            FetchExpression fetch => FetchXmlReader.Read(fetch.Query),
            _ => throw QueryFaults.Unsupported($"The query type {query.GetType().Name}"),
        };
        var binder = new QueryBinder(metadata, context);
        var bound = binder.Bind(expression) with
        {
            AliasedColumns = (aliasedColumns ?? []).Select(c => (binder.Column(c.Link, c.Attribute), c.Alias)).ToList(),
        };
        var names = new ReferenceNames(metadata, rows);
        var shaper = new ResultShaper(names, context.CanReadColumn);
        var matching = new RowJoiner(rows, context).Join(bound, PrimaryKeySeek.Of(expression, bound.Table), LookupSeek.Of(expression, bound.Table)).Where(bound.Criteria);
        if (aggregate is not null)
        {
            return Aggregate(bound, binder, aggregate, shaper, matching);
        }

        var ordering = new RowOrdering(names, rawChoiceOrder);
        var sorted = bound.TopCount is int few && !bound.Distinct && few <= FirstRowsWithoutSorting
            ? ordering.First(matching, bound.Orders, few)
            : ordering.Sort(matching, bound.Orders);
        IEnumerable<(Entity?[] Row, Entity Result)> results = sorted.Select(row => (row, shaper.Shape(row, bound)));
        if (bound.Distinct)
        {
            results = results.DistinctBy(result => DistinctKey.Of(result.Result));
        }

        if (bound.TopCount is int top)
        {
            results = results.Take(top);
        }

        return ResultPage.Cut(bound.Table.LogicalName, results.ToList(), bound.Paging, bound);
    }

    private static EntityCollection Aggregate(BoundQuery bound, QueryBinder binder, AggregateRequest aggregate, ResultShaper shaper, IEnumerable<Entity?[]> matching)
    {
        var columns = aggregate.Columns.Select(c => (c, binder.Column(c.Link, c.Attribute))).ToList();
        var unknownAlias = aggregate.Orders.FirstOrDefault(o => !aggregate.Columns.Any(c => string.Equals(c.Alias, o.Alias, StringComparison.OrdinalIgnoreCase)));
        if (unknownAlias.Alias is not null)
        {
            throw QueryFaults.Fault(QueryFaults.AliasDoesNotExist, $"The <order> names the alias '{unknownAlias.Alias}', which no attribute of the aggregate query has.");
        }

        IEnumerable<Entity> groups = new AggregateEvaluator(shaper).Evaluate(bound.Table.LogicalName, aggregate, columns, matching);
        if (bound.TopCount is int top)
        {
            groups = groups.Take(top);
        }

        // Aggregate results have no primary key to page by, so no paging cookie.
        return ResultPage.Cut(bound.Table.LogicalName, groups.Select(g => ((Entity?[])[], g)).ToList(), bound.Paging, null);
    }
}
