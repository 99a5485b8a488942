using System.Net;
using System.Text.Json.Nodes;

namespace CrmLeadSla.WebApi;

/// <summary>
/// The unbound functions and actions: WhoAmI, ImportSolution, ImportSolutionAsync and PublishAllXml; the rows an
/// import leaves behind, read as the entity sets <c>solutions</c>, <c>importjobs</c> and <c>asyncoperations</c>; and
/// the plug-in assemblies the organization runs (<c>pluginassemblies</c>: name, version, publickeytoken).
/// </summary>
public sealed class ActionRequests
{
    // asyncoperation statecode Completed (3); statuscode Succeeded (30) or Failed (31).
    private const int Completed = 3;
    private const int Succeeded = 30;
    private const int Failed = 31;

    private readonly WebApiOrganization organization;
    private readonly Uri serviceRoot;
    private readonly IReadOnlyList<System.Reflection.AssemblyName> pluginAssemblies;

    /// <summary>
    /// The actions of <paramref name="organization"/>, whose URLs start at <paramref name="serviceRoot"/>; the
    /// organization runs <paramref name="pluginAssemblies"/>.
    /// </summary>
    public ActionRequests(WebApiOrganization organization, Uri serviceRoot, IEnumerable<System.Reflection.Assembly> pluginAssemblies)
    {
        ArgumentNullException.ThrowIfNull(pluginAssemblies);
        this.organization = organization ?? throw new ArgumentNullException(nameof(organization));
        this.serviceRoot = serviceRoot ?? throw new ArgumentNullException(nameof(serviceRoot));
        this.pluginAssemblies = pluginAssemblies.Select(a => a.GetName()).ToList();
    }

    /// <summary>The answer to the request on <paramref name="segment"/>, or null when the segment is not one of these.</summary>
    public WebApiAnswer? Answer(WebApiRequest request, string segment, Guid? key)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Names of the service are case-sensitive, as in Dataverse.
        return (request.Method, segment, key) switch
        {
            ("GET", "WhoAmI" or "WhoAmI()", null) => WhoAmI(),
            ("POST", "PublishAllXml", null) => WebApiAnswer.NoContent,
            ("POST", "ImportSolution", null) => ImportSolution(request.RequiredBody),
            ("POST", "ImportSolutionAsync", null) => ImportSolutionAsync(request.RequiredBody),
            ("GET", "solutions", null) => Solutions(request),
            ("GET", "pluginassemblies", null) => PluginAssemblies(),
            ("GET", "importjobs", Guid id) => ImportJob(id),
            ("GET", "asyncoperations", Guid id) => AsyncOperation(id),
            _ => null,
        };
    }

    private WebApiAnswer WhoAmI()
    {
        var response = organization.Run(s => s.Execute(new Microsoft.Xrm.Sdk.OrganizationRequest("WhoAmI")));
        return WebApiAnswer.Ok(new JsonObject
        {
            ["@odata.context"] = serviceRoot + "$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse",
            ["BusinessUnitId"] = response.Results["BusinessUnitId"].ToString(),
            ["UserId"] = response.Results["UserId"].ToString(),
            ["OrganizationId"] = response.Results["OrganizationId"].ToString(),
        });
    }

    private WebApiAnswer ImportSolution(JsonObject body)
    {
        var job = Import(body, null);
        return job.Error is null ? WebApiAnswer.NoContent : throw new WebApiFault(HttpStatusCode.BadRequest, unchecked((int)0x80048060), job.Error);
    }

    private WebApiAnswer ImportSolutionAsync(JsonObject body)
    {
        var operation = Guid.NewGuid();
        var job = Import(body, operation);
        return WebApiAnswer.Ok(new JsonObject
        {
            ["@odata.context"] = serviceRoot + "$metadata#Microsoft.Dynamics.CRM.ImportSolutionAsyncResponse",
            ["AsyncOperationId"] = operation.ToString("D"),
            ["ImportJobKey"] = job.ImportJobId.ToString("D"),
        });
    }

    private ImportJob Import(JsonObject body, Guid? operation)
    {
        var file = body["CustomizationFile"]?.GetValue<string>() ?? throw WebApiFault.BadRequest("ImportSolution needs CustomizationFile, the solution zip in base64.");
        var jobId = body["ImportJobId"] is JsonNode given && Guid.TryParse(given.GetValue<string>(), out var id) ? id : Guid.NewGuid();
        byte[] zip;
        try
        {
            zip = Convert.FromBase64String(file);
        }
        catch (FormatException)
        {
            throw WebApiFault.BadRequest("CustomizationFile is not base64.");
        }

        return organization.Solutions.Import(zip, jobId, organization.Organization.Clock.UtcNow, operation);
    }

    // solutions supports the one query the deploy makes: by unique name.
    private WebApiAnswer Solutions(WebApiRequest request)
    {
        var filter = request.Option("$filter") ?? string.Empty;
        var rows = organization.Solutions.Installed
            .Where(s => filter.Length == 0 || filter.Contains($"'{s.UniqueName}'", StringComparison.OrdinalIgnoreCase))
            .Select(s => (JsonNode)new JsonObject
            {
                ["solutionid"] = s.SolutionId.ToString("D"),
                ["uniquename"] = s.UniqueName,
                ["version"] = s.Version,
                ["installedon"] = s.InstalledOn.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            });
        return WebApiAnswer.Collection(serviceRoot + "$metadata#solutions", rows);
    }

    private WebApiAnswer PluginAssemblies() =>
        WebApiAnswer.Collection(serviceRoot + "$metadata#pluginassemblies", pluginAssemblies.Select(a => (JsonNode)new JsonObject
        {
            ["name"] = a.Name,
            ["version"] = a.Version?.ToString(),
            ["publickeytoken"] = Convert.ToHexStringLower(a.GetPublicKeyToken() ?? []),
        }));

    private WebApiAnswer ImportJob(Guid id)
    {
        var job = organization.Solutions.Job(id) ?? throw WebApiFault.From(LocalDataverse.Faults.Fault.ObjectDoesNotExist("importjob", id));
        return WebApiAnswer.Ok(new JsonObject
        {
            ["importjobid"] = job.ImportJobId.ToString("D"),
            ["solutionname"] = job.SolutionName,
            ["progress"] = 100.0,
            ["data"] = job.Data,
            ["completedon"] = job.CompletedOn.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    private WebApiAnswer AsyncOperation(Guid id)
    {
        var job = organization.Solutions.JobOfOperation(id) ?? throw WebApiFault.From(LocalDataverse.Faults.Fault.ObjectDoesNotExist("asyncoperation", id));
        return WebApiAnswer.Ok(new JsonObject
        {
            ["asyncoperationid"] = id.ToString("D"),
            ["statecode"] = Completed,
            ["statuscode"] = job.Error is null ? Succeeded : Failed,
            ["message"] = job.Error,
        });
    }
}
