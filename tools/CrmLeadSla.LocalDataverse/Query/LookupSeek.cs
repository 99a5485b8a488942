using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>
/// The rows a query can only match when its top-level criteria are AND-ed and hold "lookup column equals id"
/// (a lead's open clocks, its history, the leads of an agreement): the engine reads them through the storage's
/// index on lookup columns instead of the whole table. The criteria still apply to them, so the result is the same.
/// </summary>
internal static class LookupSeek
{
    /// <summary>The lookup column and the id the query's main table is narrowed to, or null when it reads the whole table.</summary>
    public static (string Column, Guid Id)? Of(QueryExpression query, TableDefinition table)
    {
        if (query.Criteria is not { FilterOperator: LogicalOperator.And } criteria)
        {
            return null;
        }

        foreach (var condition in criteria.Conditions)
        {
            if (condition.Operator == ConditionOperator.Equal
                && string.IsNullOrEmpty(condition.EntityName)
                && table.Column(condition.AttributeName) is { Kind: ColumnKind.Lookup or ColumnKind.Customer or ColumnKind.Owner } column
                && condition.Values.Count == 1
                && IdOf(condition.Values[0]) is Guid id)
            {
                return (column.LogicalName, id);
            }
        }

        return null;
    }

    private static Guid? IdOf(object? value) => value switch
    {
        Guid id => id,
        EntityReference reference => reference.Id,
        string text when Guid.TryParse(text, out var id) => id,
        _ => null,
    };
}
