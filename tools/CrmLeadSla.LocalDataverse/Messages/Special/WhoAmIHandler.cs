using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages.Special;

/// <summary>WhoAmI: the calling user's id, business unit and organization, as the operation's execution context names them.</summary>
public sealed class WhoAmIHandler : IMessageHandler
{
    /// <inheritdoc />
    public string MessageName => "WhoAmI";

    /// <inheritdoc />
    public EntityReference PrimaryRecord(OrganizationRequest request) => new(string.Empty, Guid.Empty);

    /// <inheritdoc />
    public OrganizationResponse Execute(OrganizationRequest request, OperationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = new OrganizationResponse { ResponseName = MessageName };
        response.Results["UserId"] = context.UserId;
        response.Results["BusinessUnitId"] = context.BusinessUnitId;
        response.Results["OrganizationId"] = context.ExecutionContext.OrganizationId;
        return response;
    }
}
