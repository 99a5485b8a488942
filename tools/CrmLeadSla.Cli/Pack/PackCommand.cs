using System.CommandLine;
using CrmLeadSla.LocalDataverse;
using CrmLeadSla.Solution.Import;
using CrmLeadSla.Solution.Packing;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Cli.Pack;

/// <summary>
/// <c>leadsla pack --out DIR</c>: packs Solution/ and the signed net462 plug-in and workflow assemblies into an
/// unmanaged and a managed solution zip (or only one of them with <c>--unmanaged</c> or <c>--managed</c>). Before
/// anything is written, each zip is imported into a new local Dataverse: the last check that it imports, its assemblies
/// load and every view's FetchXML runs.
/// </summary>
public static class PackCommand
{
    /// <summary>The command with its options.</summary>
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "The folder the zips are written to.", Required = true };
        var managed = new Option<bool>("--managed") { Description = "Write the managed zip (for test and production)." };
        var unmanaged = new Option<bool>("--unmanaged") { Description = "Write the unmanaged zip (for development)." };
        var solution = new Option<DirectoryInfo?>("--solution") { Description = "The solution folder (default: the repository's Solution/)." };
        var assemblies = new Option<DirectoryInfo[]>("--assemblies")
        {
            Description = "A folder holding the net462 builds (CrmLeadSla.Plugins.dll, CrmLeadSla.Workflows.dll); repeatable. Default: the repository's newest Plugins/ and Workflows/ net462 builds.",
            AllowMultipleArgumentsPerToken = true,
        };
        var schemas = new Option<DirectoryInfo?>("--schemas") { Description = "Check customizations.xml against Microsoft's solution schemas in this folder before writing." };
        var command = new Command("pack", "Pack the solution into importable unmanaged and managed zips (both unless --managed or --unmanaged is given).")
        {
            output, managed, unmanaged, solution, assemblies, schemas,
        };
        command.SetAction(result =>
        {
            var kinds = new List<PackageKind>();
            var onlyManaged = result.GetValue(managed);
            var onlyUnmanaged = result.GetValue(unmanaged);
            if (onlyUnmanaged || !onlyManaged)
            {
                kinds.Add(PackageKind.Unmanaged);
            }

            if (onlyManaged || !onlyUnmanaged)
            {
                kinds.Add(PackageKind.Managed);
            }

            return Run(result.GetValue(output)!.FullName, kinds, result.GetValue(solution)?.FullName, result.GetValue(assemblies)?.Select(d => d.FullName).ToList(), result.GetValue(schemas)?.FullName, Console.Out, Console.Error);
        });
        return command;
    }

    /// <summary>Packs and writes the zips; returns the exit code (0 written, 1 refused with the problem and fix on standard error).</summary>
    /// <param name="outputFolder">Where the zips go.</param>
    /// <param name="kinds">Which zips to write.</param>
    /// <param name="solutionFolder">The solution folder, or null for the repository's.</param>
    /// <param name="assemblyFolders">Folders with the net462 builds, or null for the repository's newest.</param>
    /// <param name="schemaFolder">Microsoft's schemas to check customizations.xml against, or null.</param>
    /// <param name="output">Where the written paths go.</param>
    /// <param name="error">Where warnings and the refusal go.</param>
    public static int Run(string outputFolder, IReadOnlyList<PackageKind> kinds, string? solutionFolder, IReadOnlyList<string>? assemblyFolders, string? schemaFolder, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            var folder = SolutionFolder.Locate(solutionFolder);
            var buildFolders = assemblyFolders is { Count: > 0 } ? assemblyFolders : BuildOutputs.Find(folder);
            var source = PackSource.Load(folder, buildFolders);
            var schemaSet = schemaFolder is null ? null : SolutionSchemas.Load(schemaFolder);
            foreach (var path in SolutionZip.Write(source, outputFolder, kinds, schemaSet, ImportsIntoLocalDataverse))
            {
                output.WriteLine($"Wrote {path} ({new FileInfo(path).Length:N0} bytes)");
            }

            foreach (var assembly in source.Solution.PluginAssemblies)
            {
                output.WriteLine($"  embeds {source.Assembly(assembly.Name).SourcePath}");
            }

            foreach (var stale in BuildOutputs.OlderThanTheirSources(source.Solution.PluginAssemblies.Select(a => source.Assembly(a.Name).SourcePath)))
            {
                error.WriteLine($"leadsla pack: warning: {stale}; rebuild it (-f net462) so the zip embeds this working copy.");
            }

            return 0;
        }
        catch (Exception e) when (e is PackagingException or SolutionSourceException or SolutionImportException)
        {
            error.WriteLine("leadsla pack: " + e.Message);
            return 1;
        }
    }

    // What Dataverse would refuse on import is found here, before the zip is written: the packer itself does not depend
    // on the local Dataverse, so the check that binds each view's FetchXML and loads the assemblies runs in the command.
    private static void ImportsIntoLocalDataverse(byte[] zip) => LocalOrganization.FromSolutionZip(zip);
}
