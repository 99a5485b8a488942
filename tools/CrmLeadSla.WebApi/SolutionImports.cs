using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace CrmLeadSla.WebApi;

/// <summary>
/// The solutions imported into the local endpoint, with their import jobs. An import checks the zip's layout
/// ([Content_Types].xml, solution.xml, customizations.xml) and records the solution's unique name and version; the
/// organization's tables, roles and steps already come from the Solution/ folder it was built from, so nothing else
/// of the zip is applied.
/// </summary>
public sealed class SolutionImports
{
    private static readonly string[] RequiredEntries = ["[Content_Types].xml", "solution.xml", "customizations.xml"];

    private readonly Dictionary<string, InstalledSolution> installed = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Guid, ImportJob> jobs = [];
    private readonly Dictionary<Guid, Guid> jobOfOperation = [];
    private readonly Lock gate = new();

    /// <summary>The installed solutions.</summary>
    public IReadOnlyList<InstalledSolution> Installed
    {
        get
        {
            lock (gate)
            {
                return installed.Values.ToList();
            }
        }
    }

    /// <summary>
    /// Imports the zip under the import job id (and the asynchronous operation that ran it, if any); the job records
    /// success or the reason of the failure.
    /// </summary>
    public ImportJob Import(byte[] customizationFile, Guid importJobId, DateTime now, Guid? asyncOperationId = null)
    {
        ArgumentNullException.ThrowIfNull(customizationFile);
        ImportJob job;
        try
        {
            var solution = Read(customizationFile, now);
            lock (gate)
            {
                installed[solution.UniqueName] = installed.TryGetValue(solution.UniqueName, out var existing)
                    ? solution with { SolutionId = existing.SolutionId }
                    : solution;
            }

            job = new ImportJob(importJobId, solution.UniqueName, null, now);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException)
        {
            job = new ImportJob(importJobId, string.Empty, e.Message, now);
        }

        lock (gate)
        {
            jobs[importJobId] = job;
            if (asyncOperationId is Guid operation)
            {
                jobOfOperation[operation] = importJobId;
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

    private static InstalledSolution Read(byte[] zip, DateTime now)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var missing = RequiredEntries.Where(name => archive.GetEntry(name) is null).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"The solution file is not valid: it lacks {string.Join(", ", missing)} at the root of the zip.");
        }

        using var manifestStream = archive.GetEntry("solution.xml")!.Open();
        var manifest = XDocument.Load(manifestStream).Root?.Element("SolutionManifest")
            ?? throw new InvalidDataException("The solution file is not valid: solution.xml has no ImportExportXml/SolutionManifest.");
        var uniqueName = (string?)manifest.Element("UniqueName");
        var version = (string?)manifest.Element("Version");
        return string.IsNullOrWhiteSpace(uniqueName) || !System.Version.TryParse(version, out _)
            ? throw new InvalidDataException("The solution file is not valid: solution.xml must name the solution (UniqueName) and its version (Version, e.g. 1.0.0.0).")
            : new InstalledSolution(Guid.NewGuid(), uniqueName, version!, now);
    }
}

/// <summary>A solution as the <c>solutions</c> entity set shows it.</summary>
/// <param name="SolutionId">solutionid.</param>
/// <param name="UniqueName">uniquename.</param>
/// <param name="Version">version, e.g. 1.0.0.0.</param>
/// <param name="InstalledOn">installedon.</param>
public sealed record InstalledSolution(Guid SolutionId, string UniqueName, string Version, DateTime InstalledOn);

/// <summary>An import job: the solution it imported, or why it failed.</summary>
/// <param name="ImportJobId">importjobid.</param>
/// <param name="SolutionName">solutionname.</param>
/// <param name="Error">The failure, or null on success.</param>
/// <param name="CompletedOn">completedon.</param>
public sealed record ImportJob(Guid ImportJobId, string SolutionName, string? Error, DateTime CompletedOn)
{
    /// <summary>The import log (importjob.data) in Dataverse's shape: a result element with result success or failure.</summary>
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
                    new XAttribute("errorcode", Error is null ? "0" : "0x80048060"),
                    new XAttribute("errortext", Error ?? string.Empty))))).ToString(SaveOptions.DisableFormatting);
}
