using System.Xml.Linq;

namespace CrmLeadSla.WebApi;

/// <summary>
/// The import jobs of ImportSolution and ImportSolutionAsync, and the asynchronous operations that ran them, as
/// Dataverse keeps importjob and asyncoperation rows: each job names the solution it imported, or why the organization
/// refused the zip. What is installed is the organization's own record (its <c>solution</c> and <c>pluginassembly</c> rows).
/// </summary>
public sealed class ImportJobs
{
    private readonly Dictionary<Guid, ImportJob> jobs = [];
    private readonly Dictionary<Guid, Guid> jobOfOperation = [];
    private readonly Lock gate = new();

    /// <summary>Keeps the job, and the asynchronous operation that ran it, if any.</summary>
    public ImportJob Record(ImportJob job, Guid? asyncOperationId)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (gate)
        {
            jobs[job.ImportJobId] = job;
            if (asyncOperationId is Guid operation)
            {
                jobOfOperation[operation] = job.ImportJobId;
            }
        }

        return job;
    }

    /// <summary>The import job, or null.</summary>
    public ImportJob? Job(Guid importJobId)
    {
        lock (gate)
        {
            return jobs.GetValueOrDefault(importJobId);
        }
    }

    /// <summary>The import job the asynchronous operation ran, or null.</summary>
    public ImportJob? JobOfOperation(Guid asyncOperationId)
    {
        lock (gate)
        {
            return jobOfOperation.TryGetValue(asyncOperationId, out var job) ? jobs[job] : null;
        }
    }
}

/// <summary>An import job: the solution it imported, or why it failed.</summary>
/// <param name="ImportJobId">importjobid.</param>
/// <param name="SolutionName">solutionname; empty when the zip was refused.</param>
/// <param name="Error">The failure, or null on success.</param>
/// <param name="CompletedOn">completedon.</param>
public sealed record ImportJob(Guid ImportJobId, string SolutionName, string? Error, DateTime CompletedOn)
{
    /// <summary>0x80048060: the code of a failed import in the log and the error answer (unverified against Dataverse).</summary>
    public const int ImportFailed = unchecked((int)0x80048060);

    /// <summary>The import log (importjob.data) in Dataverse's shape: a result element with result success or failure and the error text.</summary>
    public string Data => new XElement(
        "importexportxml",
        new XElement(
            "solutionManifests",
            new XElement(
                "solutionManifest",
                new XElement("UniqueName", SolutionName),
                new XElement(
                    "result",
                    new XAttribute("result", Error is null ? "success" : "failure"),
                    new XAttribute("errorcode", Error is null ? "0" : "0x" + ImportFailed.ToString("x8", System.Globalization.CultureInfo.InvariantCulture)),
                    new XAttribute("errortext", Error ?? string.Empty))))).ToString(SaveOptions.DisableFormatting);
}
