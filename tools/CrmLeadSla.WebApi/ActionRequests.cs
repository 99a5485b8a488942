using System.Net;
using System.Text.Json.Nodes;
using CrmLeadSla.Solution.Import;

namespace CrmLeadSla.WebApi;

/// <summary>
/// The unbound functions and actions: WhoAmI, ImportSolution, ImportSolutionAsync and PublishAllXml, and the rows an
/// import leaves behind besides the organization's own, read as the entity sets <c>importjobs</c> and
/// <c>asyncoperations</c>. An import installs the zip into the organization (its <c>solution</c> and
/// <c>pluginassembly</c> rows show it) or, refused, changes nothing.
/// </summary>
public sealed class ActionRequests
{
    // asyncoperation statecode Completed (3); statuscode Succeeded (30) or Failed (31).
    private const int Completed = 3;
    private const int Succeeded = 30;
    private const int Failed = 31;

    private readonly WebApiOrganization organization;
    private readonly Uri serviceRoot;
    private readonly Action imported;

    /// <summary>
    /// The actions of <paramref name="organization"/>, whose URLs start at <paramref name="serviceRoot"/>;
    /// <paramref name="imported"/> runs after each import that changed the organization (its tables may have changed).
    /// </summary>
    public ActionRequests(WebApiOrganization organization, Uri serviceRoot, Action imported)
    {
        this.organization = organization ?? throw new ArgumentNullException(nameof(organization));
        this.serviceRoot = serviceRoot ?? throw new ArgumentNullException(nameof(serviceRoot));
        this.imported = imported ?? throw new ArgumentNullException(nameof(imported));
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

    // ImportSolution answers the refusal itself; ImportSolutionAsync answers at once and its operation tells the outcome.
    private WebApiAnswer ImportSolution(JsonObject body)
    {
        var job = Import(body, null);
        return job.Error is null ? WebApiAnswer.NoContent : throw new WebApiFault(HttpStatusCode.BadRequest, WebApi.ImportJob.ImportFailed, job.Error);
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

        ImportJob job;
        try
        {
            var solution = organization.ImportSolution(zip).Solution;
            imported();
            job = new ImportJob(jobId, solution.UniqueName, null, organization.Organization.Clock.UtcNow);
        }
        catch (SolutionImportException refusal)
        {
            job = new ImportJob(jobId, string.Empty, refusal.Message, organization.Organization.Clock.UtcNow);
        }

        return organization.ImportJobs.Record(job, operation);
    }

    private WebApiAnswer ImportJob(Guid id)
    {
        var job = organization.ImportJobs.Job(id) ?? throw WebApiFault.From(LocalDataverse.Faults.Fault.ObjectDoesNotExist("importjob", id));
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
        var job = organization.ImportJobs.JobOfOperation(id) ?? throw WebApiFault.From(LocalDataverse.Faults.Fault.ObjectDoesNotExist("asyncoperation", id));
        return WebApiAnswer.Ok(new JsonObject
        {
            ["asyncoperationid"] = id.ToString("D"),
            ["statecode"] = Completed,
            ["statuscode"] = job.Error is null ? Succeeded : Failed,
            ["message"] = job.Error,
        });
    }
}
