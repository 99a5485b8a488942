using System.CommandLine;
using CrmLeadSla.Solution.Packing;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Cli.Pack;

/// <summary>
/// <c>leadsla pack --out DIR</c>: packs Solution/ and the signed net462 plug-in and workflow assemblies into an
/// unmanaged and a managed solution zip (or only one of them with <c>--unmanaged</c> or <c>--managed</c>).
/// </summary>
internal static class PackCommand
{
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

            return Run(result.GetValue(output)!.FullName, kinds, result.GetValue(solution)?.FullName, result.GetValue(assemblies), result.GetValue(schemas)?.FullName);
        });
        return command;
    }

    private static int Run(string outputFolder, IReadOnlyList<PackageKind> kinds, string? solutionFolder, DirectoryInfo[]? assemblyFolders, string? schemaFolder)
    {
        try
        {
            var folder = SolutionFolder.Locate(solutionFolder);
            var buildFolders = assemblyFolders is { Length: > 0 } ? assemblyFolders.Select(d => d.FullName).ToList() : BuildOutputs.Find(folder);
            var source = PackSource.Load(folder, buildFolders);
            var schemaSet = schemaFolder is null ? null : SolutionSchemas.Load(schemaFolder);
            foreach (var path in SolutionZip.Write(source, outputFolder, kinds, schemaSet))
            {
                Console.Out.WriteLine($"Wrote {path} ({new FileInfo(path).Length:N0} bytes)");
            }

            foreach (var assembly in source.Solution.PluginAssemblies)
            {
                Console.Out.WriteLine($"  embeds {source.Assembly(assembly.Name).SourcePath}");
            }

            foreach (var stale in BuildOutputs.OlderThanTheirSources(source.Solution.PluginAssemblies.Select(a => source.Assembly(a.Name).SourcePath)))
            {
                Console.Error.WriteLine($"leadsla pack: warning: {stale}; rebuild it (-f net462) so the zip embeds this working copy.");
            }

            return 0;
        }
        catch (Exception e) when (e is PackagingException or SolutionSourceException)
        {
            Console.Error.WriteLine("leadsla pack: " + e.Message);
            return 1;
        }
    }
}
