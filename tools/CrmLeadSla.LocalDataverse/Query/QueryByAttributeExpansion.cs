using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>QueryByAttribute is a QueryExpression whose criteria are equal conditions joined by and.</summary>
internal static class QueryByAttributeExpansion
{
    /// <summary>The equivalent QueryExpression.</summary>
    public static QueryExpression ToExpression(QueryByAttribute query)
    {
        if (query.Attributes.Count == 0)
        {
            throw QueryFaults.Fault(QueryFaults.ByAttributeNonEmpty, "QueryByAttribute must specify a non empty attribute array.");
        }

        if (query.Attributes.Count != query.Values.Count)
        {
            throw QueryFaults.Fault(QueryFaults.ByAttributeMismatch, "The number of attributes and values of the QueryByAttribute differ.");
        }

        var expression = new QueryExpression(query.EntityName)
        {
            ColumnSet = query.ColumnSet,
            PageInfo = query.PageInfo,
            TopCount = query.TopCount,
        };
        for (var i = 0; i < query.Attributes.Count; i++)
        {
            expression.Criteria.AddCondition(query.Attributes[i], ConditionOperator.Equal, query.Values[i]);
        }

        expression.Orders.AddRange(query.Orders);
        return expression;
    }
}
