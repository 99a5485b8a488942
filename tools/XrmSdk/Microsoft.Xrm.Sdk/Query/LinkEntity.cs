using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

public sealed class LinkEntity : IExtensibleDataObject
{
    public LinkEntity()
        : this(null, null, null, null, JoinOperator.Inner)
    {
    }

    public LinkEntity(string linkFromEntityName, string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        LinkFromEntityName = linkFromEntityName;
        LinkToEntityName = linkToEntityName;
        LinkFromAttributeName = linkFromAttributeName;
        LinkToAttributeName = linkToAttributeName;
        JoinOperator = joinOperator;
        Columns = new ColumnSet();
        LinkCriteria = new FilterExpression();
    }

    public string LinkFromEntityName { get; set; }

    public string LinkToEntityName { get; set; }

    public string LinkFromAttributeName { get; set; }

    public string LinkToAttributeName { get; set; }

    public JoinOperator JoinOperator { get; set; }

    public ColumnSet Columns { get; set; }

    public FilterExpression LinkCriteria { get; set; }

    public DataCollection<LinkEntity> LinkEntities { get; } = new DataCollection<LinkEntity>();

    public DataCollection<OrderExpression> Orders { get; } = new DataCollection<OrderExpression>();

    public string EntityAlias { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName) =>
        AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);

    // The SDK joins a nested link from this link's own from-table, not from its to-table.
    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator) =>
        AppendTo(LinkEntities, LinkFromEntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);

    // What every AddLink does: append a new link to the collection and hand it back.
    internal static LinkEntity AppendTo(
        DataCollection<LinkEntity> links,
        string linkFromEntityName,
        string linkToEntityName,
        string linkFromAttributeName,
        string linkToAttributeName,
        JoinOperator joinOperator)
    {
        var link = new LinkEntity(linkFromEntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        links.Add(link);
        return link;
    }
}
