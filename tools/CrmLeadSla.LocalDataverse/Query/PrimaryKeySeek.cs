using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>
/// The one row a query can only match: its top-level criteria are AND-ed and hold "primary key equals id".
/// The engine then reads that row instead of the whole table (as Dataverse seeks the clustered key); the
/// criteria still apply to it, so the result is the same.
/// </summary>
internal static class PrimaryKeySeek
{
    /// <summary>The id the query's main table is narrowed to, or null when it reads the whole table.</summary>
    public static Guid? Of(QueryExpression query, TableDefinition table)
    {
        if (query.Criteria is not { FilterOperator: LogicalOperator.And } criteria)
        {
            return null;
        }

        foreach (var condition in criteria.Conditions)
        {
            if (condition.Operator == ConditionOperator.Equal
                && string.IsNullOrEmpty(condition.EntityName)
                && string.Equals(condition.AttributeName, table.PrimaryIdAttribute, StringComparison.OrdinalIgnoreCase)
                && condition.Values.Count == 1
                && condition.Values[0] is Guid id)
            {
                return id;
            }
        }

        return null;
    }
}
