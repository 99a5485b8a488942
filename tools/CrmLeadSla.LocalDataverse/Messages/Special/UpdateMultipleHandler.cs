using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages.Special;

/// <summary>
/// UpdateMultiple: updates every row of Targets in the one transaction (a failing row rolls back all of them).
/// Each row goes through a nested Update, so steps registered on Update run once per row, as Dataverse's merged
/// message pipeline does; steps on UpdateMultiple run once with Targets.
/// </summary>
public sealed class UpdateMultipleHandler : IMessageHandler
{
    /// <inheritdoc />
    public string MessageName => "UpdateMultiple";

    /// <inheritdoc />
    public EntityReference PrimaryRecord(OrganizationRequest request) => BulkTargets.PrimaryRecord(request);

    /// <inheritdoc />
    public OrganizationResponse Execute(OrganizationRequest request, OperationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        BatchRequestRule.RefuseFromPlugin(context, MessageName);
        foreach (var target in BulkTargets.Of(request).Entities)
        {
            context.Service.Update(target);
        }

        return new OrganizationResponse { ResponseName = MessageName };
    }
}
