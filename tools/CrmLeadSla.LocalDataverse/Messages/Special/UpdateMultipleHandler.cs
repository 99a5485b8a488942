using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

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
        // ConcurrencyBehavior applies to every row, each checked against its own RowVersion.
        var concurrency = request.Parameters.TryGetValue(RowVersionCheck.Parameter, out var value) && value is ConcurrencyBehavior behaviour
            ? behaviour
            : ConcurrencyBehavior.Default;
        foreach (var target in BulkTargets.Of(request).Entities)
        {
            context.Service.Execute(new UpdateRequest { Target = target, ConcurrencyBehavior = concurrency });
        }

        return new OrganizationResponse { ResponseName = MessageName };
    }
}
