using System.ServiceModel;
using CrmLeadSla.LocalDataverse;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.WebApi;

/// <summary>
/// The local organization behind the endpoint: its rows in Web API JSON, the imported solutions, and calls to its
/// organization service as the calling user, one at a time (the local Dataverse serves one request at a time).
/// </summary>
public sealed class WebApiOrganization
{
    private readonly IOrganizationService service;
    private readonly Lock gate = new();

    /// <summary>The endpoint over <paramref name="organization"/>; requests run as <paramref name="callerId"/>.</summary>
    public WebApiOrganization(LocalOrganization organization, Guid callerId)
    {
        Organization = organization ?? throw new ArgumentNullException(nameof(organization));
        CallerId = callerId;
        service = organization.ServiceFor(callerId);
        Rows = new RowJson(organization.Metadata);
    }

    /// <summary>The organization.</summary>
    public LocalOrganization Organization { get; }

    /// <summary>The user every request runs as.</summary>
    public Guid CallerId { get; }

    /// <summary>Rows in Web API JSON.</summary>
    public RowJson Rows { get; }

    /// <summary>The imported solutions.</summary>
    public SolutionImports Solutions { get; } = new();

    /// <summary>Runs a call on the organization service; its fault becomes the Web API's error.</summary>
    public T Run<T>(Func<IOrganizationService, T> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        lock (gate)
        {
            try
            {
                return call(service);
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                throw WebApiFault.From(fault);
            }
        }
    }

    /// <summary>Runs a call on the organization service that answers nothing.</summary>
    public void Run(Action<IOrganizationService> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        Run(s =>
        {
            call(s);
            return true;
        });
    }
}
