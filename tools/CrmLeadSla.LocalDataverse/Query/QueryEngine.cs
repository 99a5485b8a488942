using CrmLeadSla.LocalDataverse.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>
/// Answers RetrieveMultiple over in-memory rows with Dataverse's semantics: QueryExpression,
/// QueryByAttribute and FetchXML (aggregates included). See docs/local-dataverse-query.md.
/// </summary>
public sealed class QueryEngine
{
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
        var expression = query switch
        {
            QueryExpression queryExpression => queryExpression,
            QueryByAttribute byAttribute => QueryByAttributeExpansion.ToExpression(byAttribute),
            _ => throw QueryFaults.Unsupported($"The query type {query.GetType().Name}"),
        };
        var bound = new QueryBinder(metadata, context).Bind(expression);
        var names = new ReferenceNames(metadata, rows);
        var matching = new RowJoiner(rows, context).Join(bound).Where(bound.Criteria);
        var shaper = new ResultShaper(names);
        IEnumerable<(Entity?[] Row, Entity Result)> results = new RowOrdering(names).Sort(matching, bound.Orders)
            .Select(row => (row, shaper.Shape(row, bound)));
        if (bound.Distinct)
        {
            results = results.DistinctBy(result => DistinctKey.Of(result.Result));
        }

        if (bound.TopCount is int top)
        {
            results = results.Take(top);
        }

        return ResultPage.Cut(bound.Table.LogicalName, results.ToList(), bound.Paging, (first, last, page) => PagingCookie.Write(page, first, last, bound));
    }
}
