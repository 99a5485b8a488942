using System.ServiceModel;
using CrmLeadSla.LocalDataverse;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.WebApi;

/// <summary>
/// The local organization behind the endpoint: its rows in Web API JSON, solution imports with their jobs, and calls to its
/// organization service as the calling user, one at a time (the local Dataverse serves one request at a time).
/// </summary>
public sealed class WebApiOrganization
{
    // What the HTTP request being answered on this flow of execution asks of the organization, if anything.
    private static readonly AsyncLocal<WebApiRequest?> Asked = new();

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

    /// <summary>The import jobs of ImportSolution and ImportSolutionAsync.</summary>
    public ImportJobs ImportJobs { get; } = new();

    /// <summary>
    /// Imports a solution zip into the organization (<see cref="LocalOrganization.ImportSolution"/>), between the calls of
    /// other requests, not during one.
    /// </summary>
    /// <exception cref="Solution.Import.SolutionImportException">The zip is refused; the organization is unchanged.</exception>
    public Solution.Import.ImportedSolution ImportSolution(byte[] zip)
    {
        lock (gate)
        {
            return Organization.ImportSolution(zip);
        }
    }

    /// <summary>Runs a call on the organization service; its fault becomes the Web API's error.</summary>
    public T Run<T>(Func<IOrganizationService, T> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        lock (gate)
        {
            try
            {
                return call(ServiceAsked(Asked.Value));
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                throw WebApiFault.From(fault);
            }
        }
    }

    /// <summary>
    /// Sends every call made on this flow of execution as the request's headers ask until the returned scope is disposed:
    /// with its optional parameters (e.g. BypassCustomPluginExecution), on behalf of the user MSCRMCallerID names.
    /// </summary>
    public static IDisposable Asking(WebApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var previous = Asked.Value;
        Asked.Value = request;
        return new Scope(() => Asked.Value = previous);
    }

    private IOrganizationService ServiceAsked(WebApiRequest? request)
    {
        IOrganizationService sender = service;
        if (request?.CallerId is Guid callerId)
        {
            var impersonating = Organization.ServiceFor(CallerId);
            impersonating.CallerId = callerId;
            sender = impersonating;
        }

        return request?.OptionalParameters is { Count: > 0 } parameters ? new OptionalParameters(sender, parameters) : sender;
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

/// <summary>Undoes what a scope set, once.</summary>
internal sealed class Scope(Action end) : IDisposable
{
    private Action? end = end;

    public void Dispose() => Interlocked.Exchange(ref end, null)?.Invoke();
}
