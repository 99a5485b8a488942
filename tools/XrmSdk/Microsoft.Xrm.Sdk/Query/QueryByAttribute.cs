namespace Microsoft.Xrm.Sdk.Query;

public sealed class QueryByAttribute : QueryBase
{
    public QueryByAttribute()
    {
    }

    public QueryByAttribute(string entityName)
    {
        EntityName = entityName;
    }

    public string EntityName { get; set; }

    public ColumnSet ColumnSet { get; set; }

    public DataCollection<string> Attributes { get; } = new DataCollection<string>();

    public DataCollection<object> Values { get; } = new DataCollection<object>();

    public DataCollection<OrderExpression> Orders { get; } = new DataCollection<OrderExpression>();

    public PagingInfo PageInfo { get; set; }

    public int? TopCount { get; set; }

    public void AddAttributeValue(string attributeName, object value)
    {
        Attributes.Add(attributeName);
        Values.Add(value);
    }

    public void AddOrder(string attributeName, OrderType orderType) => Orders.Add(new OrderExpression(attributeName, orderType));
}
