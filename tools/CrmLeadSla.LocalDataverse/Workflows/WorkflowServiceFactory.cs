using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Workflows;

/// <summary>
/// The IOrganizationServiceFactory of a workflow activity: services of the local organization as the given
/// user, SYSTEM for null. Each call is a request of its own, as the calls of a background workflow are.
/// </summary>
internal sealed class WorkflowServiceFactory(LocalOrganization organization) : IOrganizationServiceFactory
{
    public IOrganizationService CreateOrganizationService(Guid? userId) =>
        organization.ServiceFor(userId ?? organization.SystemUserId);
}
