using CrmLeadSla.LocalDataverse.Service;
using CrmLeadSla.LocalDataverse.Storage;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>
/// The IOrganizationServiceFactory of a plug-in step or of a workflow's activity: services whose calls are nested in
/// the step's operation (depth + 1, its transaction, ParentContext = the step's context), counted as made by a
/// plug-in or by a workflow. A null user is SYSTEM.
/// </summary>
internal sealed class OrganizationServiceFactory(EventPipeline pipeline, PluginExecutionContext context, Transaction? transaction, Guid systemUserId, bool fromWorkflow = false)
    : IOrganizationServiceFactory
{
    public IOrganizationService CreateOrganizationService(Guid? userId) =>
        new LocalOrganizationService(
            pipeline,
            new CallOrigin(userId ?? systemUserId, context.InitiatingUserId, context, transaction, FromPlugin: !fromWorkflow) { FromWorkflow = fromWorkflow });
}
