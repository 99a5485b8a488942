using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages.Special;

/// <summary>
/// CreateMultiple: creates every row of Targets in the one transaction (a failing row rolls back all of them)
/// and returns their ids in Ids. Each row goes through a nested Create, so steps registered on Create run once
/// per row, as Dataverse's merged message pipeline does; steps on CreateMultiple run once with Targets.
/// </summary>
public sealed class CreateMultipleHandler : IMessageHandler
{
    /// <inheritdoc />
    public string MessageName => "CreateMultiple";

    /// <inheritdoc />
    public EntityReference PrimaryRecord(OrganizationRequest request) => BulkTargets.PrimaryRecord(request);

    /// <inheritdoc />
    public OrganizationResponse Execute(OrganizationRequest request, OperationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        BatchRequestRule.RefuseFromPlugin(context, MessageName);
        var targets = BulkTargets.Of(request);
        var ids = targets.Entities.Select(target => context.Service.Create(target)).ToArray();
        var response = new OrganizationResponse { ResponseName = MessageName };
        response.Results["Ids"] = ids;
        return response;
    }
}
