using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

public sealed class FilterExpression : IExtensibleDataObject
{
    public FilterExpression()
    {
    }

    public FilterExpression(LogicalOperator filterOperator)
    {
        FilterOperator = filterOperator;
    }

    public LogicalOperator FilterOperator { get; set; }

    public DataCollection<ConditionExpression> Conditions { get; } = new DataCollection<ConditionExpression>();

    public DataCollection<FilterExpression> Filters { get; } = new DataCollection<FilterExpression>();

    public bool IsQuickFindFilter { get; set; }

    public string FilterHint { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    public void AddCondition(ConditionExpression condition) => Conditions.Add(condition);

    public void AddCondition(string attributeName, ConditionOperator conditionOperator, params object[] values) =>
        AddCondition(new ConditionExpression(attributeName, conditionOperator, values));

    public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values) =>
        AddCondition(new ConditionExpression(entityName, attributeName, conditionOperator, values));

    public void AddCondition(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value) =>
        AddCondition(new ConditionExpression(attributeName, conditionOperator, compareColumns, value));

    public void AddCondition(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values) =>
        AddCondition(new ConditionExpression(attributeName, conditionOperator, compareColumns, values));

    public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value) =>
        AddCondition(new ConditionExpression(entityName, attributeName, conditionOperator, compareColumns, value));

    public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values) =>
        AddCondition(new ConditionExpression(entityName, attributeName, conditionOperator, compareColumns, values));

    public FilterExpression AddFilter(LogicalOperator logicalOperator)
    {
        var child = new FilterExpression(logicalOperator);
        AddFilter(child);
        return child;
    }

    // A null child filter is ignored, as in the SDK.
    public void AddFilter(FilterExpression childFilter)
    {
        if (childFilter != null)
        {
            Filters.Add(childFilter);
        }
    }
}
