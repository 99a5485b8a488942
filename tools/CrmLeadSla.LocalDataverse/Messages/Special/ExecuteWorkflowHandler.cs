using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages.Special;

/// <summary>
/// ExecuteWorkflow: starts an activated on-demand workflow on a row as a system job, which runs once the request has
/// committed; the response's Id is the job's. The caller needs read access to the row.
/// </summary>
public sealed class ExecuteWorkflowHandler : IMessageHandler
{
    /// <inheritdoc />
    public string MessageName => "ExecuteWorkflow";

    /// <inheritdoc />
    public EntityReference PrimaryRecord(OrganizationRequest request) => new(string.Empty, Guid.Empty);

    /// <inheritdoc />
    public OrganizationResponse Execute(OrganizationRequest request, OperationContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var response = new OrganizationResponse { ResponseName = MessageName };
        response.Results["Id"] = context.StartWorkflow((Guid)request["WorkflowId"], (Guid)request["EntityId"]);
        return response;
    }
}
