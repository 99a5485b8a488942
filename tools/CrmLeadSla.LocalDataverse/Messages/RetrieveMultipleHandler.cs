using System.Xml.Linq;
using CrmLeadSla.LocalDataverse.Query;
using CrmLeadSla.LocalDataverse.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Messages;

/// <summary>
/// RetrieveMultiple: the query engine answers over the transaction's rows; the caller needs the Read
/// privilege on the table and sees only the rows a Read depth reaches. Output "EntityCollection".
/// </summary>
public sealed class RetrieveMultipleHandler : IMessageHandler
{
    /// <inheritdoc />
    public string MessageName => "RetrieveMultiple";

    /// <inheritdoc />
    public EntityReference PrimaryRecord(OrganizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new EntityReference(TableOf((QueryBase)request["Query"]), Guid.Empty);
    }

    /// <inheritdoc />
    public OrganizationResponse Execute(OrganizationRequest request, OperationContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var query = (QueryBase)request["Query"];
        context.Demand(AccessRight.Read, TableOf(query), existingRow: null);
        var rows = new QueryEngine(context.Metadata, context.Rows)
            .RetrieveMultiple(query, new QueryContext(context.UserId, context.BusinessUnitId, context.UtcNow, context.CanRead) { CanReadColumn = context.ReadableColumns() });
        return new RetrieveMultipleResponse { Results = { ["EntityCollection"] = rows } };
    }

    private static string TableOf(QueryBase query) => query switch
    {
        QueryExpression expression => expression.EntityName,
        QueryByAttribute byAttribute => byAttribute.EntityName,
        FetchExpression fetch => XDocument.Parse(fetch.Query).Root?.Element("entity")?.Attribute("name")?.Value ?? string.Empty,
        _ => string.Empty,
    };
}
