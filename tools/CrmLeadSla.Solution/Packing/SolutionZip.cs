using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using CrmLeadSla.Solution.Source;
using CrmLeadSla.Solution.Workflows;

namespace CrmLeadSla.Solution.Packing;

/// <summary>
/// Writes importable solution zips. The same source and assemblies always give the same bytes: entries in a fixed
/// order, one fixed timestamp, no file attributes, components sorted by name or id.
/// </summary>
public static class SolutionZip
{
    /// <summary>The timestamp of every entry (a zip stores local DOS time; a fixed one keeps packs identical).</summary>
    public static readonly DateTimeOffset EntryTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The file name Dataverse gives an exported solution: <c>CrmLeadSla_0_1_0_0.zip</c>, <c>…_managed.zip</c>.</summary>
    public static string FileName(SolutionDefinition solution, PackageKind kind) =>
        $"{solution.UniqueName}_{solution.Version.ToString(4).Replace('.', '_')}{(kind == PackageKind.Managed ? "_managed" : string.Empty)}.zip";

    /// <summary>Packs the solution into a zip.</summary>
    /// <param name="source">The loaded solution source.</param>
    /// <param name="kind">Managed or unmanaged.</param>
    /// <param name="schemas">When given, customizations.xml must pass them or nothing is packed.</param>
    /// <exception cref="PackagingException">An assembly is missing or unsigned, a component cannot be written, or customizations.xml fails the schemas.</exception>
    public static byte[] Create(PackSource source, PackageKind kind, SolutionSchemas? schemas = null)
    {
        var labels = new Labels(source.Solution.Languages);
        var content = SolutionContent.Assemble(source.Solution, source.Assembly);
        var workflows = content.Workflows.Select(w => Registered(w, source.Solution, content)).ToList();

        var parts = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["solution.xml"] = Serialize(new ManifestXml(labels).For(content, kind)),
            ["customizations.xml"] = Serialize(CustomizationsXml.For(content, labels, kind)),
        };
        if (schemas?.ProblemsOfCustomizations(Encoding.UTF8.GetString(parts["customizations.xml"])) is { Count: > 0 } problems)
        {
            throw new PackagingException(
                $"customizations.xml does not pass Microsoft's schema: {string.Join("; ", problems.Take(5))}",
                "Emit only elements and values CustomizationsSolution.xsd knows (see docs/packing.md).");
        }

        foreach (var assembly in content.Assemblies)
        {
            parts[assembly.Embedded.PathInZip] = [.. assembly.Embedded.Assembly.Content];
        }

        foreach (var (workflow, registration) in content.Workflows.Zip(workflows))
        {
            parts[WorkflowXml.XamlPath(workflow, labels)] = new UTF8Encoding(false).GetBytes(registration.Xaml);
        }

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", Serialize(ContentTypesXml.For(parts.Keys)));
            foreach (var (path, bytes) in parts)
            {
                Add(zip, path, bytes);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Packs the solution and writes one zip per kind into <paramref name="outputFolder"/>.</summary>
    /// <param name="source">The loaded solution source.</param>
    /// <param name="outputFolder">Where the zips go (created when missing).</param>
    /// <param name="kinds">Which zips to write.</param>
    /// <param name="schemas">When given, customizations.xml must pass them.</param>
    /// <param name="check">When given, runs on every zip before any is written (e.g. an import); what it throws stops the pack.</param>
    /// <returns>The paths written, in the order of <paramref name="kinds"/>.</returns>
    /// <exception cref="PackagingException">The solution cannot be packed; nothing is written.</exception>
    public static IReadOnlyList<string> Write(PackSource source, string outputFolder, IReadOnlyList<PackageKind> kinds, SolutionSchemas? schemas = null, Action<byte[]>? check = null)
    {
        // Build and check every zip before writing any, so a failure leaves no half-written output.
        var zips = kinds.Distinct().Select(k => (Path: Path.Combine(outputFolder, FileName(source.Solution, k)), Bytes: Create(source, k, schemas))).ToList();
        foreach (var zip in zips)
        {
            check?.Invoke(zip.Bytes);
        }

        Directory.CreateDirectory(outputFolder);
        foreach (var (path, bytes) in zips)
        {
            File.WriteAllBytes(path, bytes);
        }

        return [.. zips.Select(z => z.Path)];
    }

    // The XAML names each activity by the assembly the zip carries: its full name and its declared arguments.
    private static WorkflowRegistration Registered(ShippedWorkflow workflow, SolutionDefinition solution, SolutionContent content)
    {
        try
        {
            return workflow.Register(solution.Metadata, c => content.AssemblyOf(c).Assembly.ActivityClass(c)!);
        }
        catch (WorkflowDefinitionException e)
        {
            throw new PackagingException($"the workflow '{e.Workflow}', step '{e.Step}': {e.Problem}", e.Fix);
        }
    }

    private static void Add(ZipArchive zip, string path, byte[] bytes)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTimestamp;
        entry.ExternalAttributes = 0;
        using var stream = entry.Open();
        stream.Write(bytes);
    }

    private static byte[] Serialize(XDocument document)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\r\n" };
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            document.Save(writer);
        }

        return buffer.ToArray();
    }
}
