using CrmLeadSla.LocalDataverse.Service;
using CrmLeadSla.LocalDataverse.Storage;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>
/// A plug-in's IOrganizationServiceFactory: services whose calls are nested in the step's operation
/// (depth + 1, its transaction, ParentContext = the step's context). A null user is SYSTEM.
/// </summary>
internal sealed class OrganizationServiceFactory(EventPipeline pipeline, PluginExecutionContext context, Transaction? transaction, Guid systemUserId)
    : IOrganizationServiceFactory
{
    public IOrganizationService CreateOrganizationService(Guid? userId) =>
        new LocalOrganizationService(
            pipeline,
            new CallOrigin(userId ?? systemUserId, context.InitiatingUserId, context, transaction, FromPlugin: true));
}
