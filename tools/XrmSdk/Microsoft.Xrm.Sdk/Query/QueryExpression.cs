namespace Microsoft.Xrm.Sdk.Query;

public sealed class QueryExpression : QueryBase
{
    public QueryExpression()
        : this(null)
    {
    }

    public QueryExpression(string entityName)
    {
        EntityName = entityName;
        ColumnSet = new ColumnSet();
        Criteria = new FilterExpression();
        PageInfo = new PagingInfo();
    }

    public string EntityName { get; set; }

    public ColumnSet ColumnSet { get; set; }

    public FilterExpression Criteria { get; set; }

    public PagingInfo PageInfo { get; set; }

    public DataCollection<LinkEntity> LinkEntities { get; } = new DataCollection<LinkEntity>();

    public DataCollection<OrderExpression> Orders { get; } = new DataCollection<OrderExpression>();

    public bool Distinct { get; set; }

    public bool NoLock { get; set; }

    public int? TopCount { get; set; }

    public string QueryHints { get; set; }

    public QueryExpression SubQueryExpression { get; set; }

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName) =>
        AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        var link = new LinkEntity(EntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        LinkEntities.Add(link);
        return link;
    }

    public void AddOrder(string attributeName, OrderType orderType) => Orders.Add(new OrderExpression(attributeName, orderType));

    public void AddOrder(string attributeName, OrderType orderType, string alias, string entityName) =>
        Orders.Add(new OrderExpression(attributeName, orderType, alias, entityName));
}
