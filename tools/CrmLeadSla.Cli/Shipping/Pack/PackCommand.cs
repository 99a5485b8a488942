using System.CommandLine;
using CrmLeadSla.Cli.Options;
using CrmLeadSla.Cli.Output;
using CrmLeadSla.LocalDataverse;
using CrmLeadSla.Solution.Packing;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Cli.Shipping.Pack;

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
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = UserLanguage.Pick("The folder the zips are written to (created when missing).", "Der Ordner, in den die ZIP-Dateien geschrieben werden (wird angelegt, wenn er fehlt)."),
            Required = true,
        }.AcceptFolderOnly();
        var managed = new Option<bool>("--managed") { Description = UserLanguage.Pick("Write the managed zip (for test and production).", "Die verwaltete ZIP schreiben (für Test und Produktion).") };
        var unmanaged = new Option<bool>("--unmanaged") { Description = UserLanguage.Pick("Write the unmanaged zip (for development).", "Die nicht verwaltete ZIP schreiben (für die Entwicklung).") };
        var solution = SolutionOption.Folder("--solution");
        var assemblies = new Option<DirectoryInfo[]>("--assemblies")
        {
            Description = UserLanguage.Pick(
                "A folder holding the net462 builds (CrmLeadSla.Plugins.dll, CrmLeadSla.Workflows.dll); repeatable. Default: the repository's newest Plugins/ and Workflows/ net462 builds.",
                "Ein Ordner mit den net462-Builds (CrmLeadSla.Plugins.dll, CrmLeadSla.Workflows.dll); wiederholbar. Standard: die neuesten net462-Builds von Plugins/ und Workflows/ im Repository."),
            AllowMultipleArgumentsPerToken = true,
        };
        assemblies.AcceptExistingOnly();
        var schemas = new Option<DirectoryInfo>("--schemas")
        {
            Description = UserLanguage.Pick("Check customizations.xml against Microsoft's solution schemas in this folder before writing.", "customizations.xml vor dem Schreiben gegen Microsofts Lösungsschemas in diesem Ordner prüfen."),
        };
        schemas.AcceptExistingOnly();
        var command = new Command(
            "pack",
            UserLanguage.Pick(
                "Pack the solution into importable unmanaged and managed zips (both unless --managed or --unmanaged is given).",
                "Die Lösung in importierbare nicht verwaltete und verwaltete ZIP-Dateien packen (beide, außer --managed oder --unmanaged ist angegeben)."))
        {
            output, managed, unmanaged, solution, assemblies, schemas,
        };
        command.WithExamples(
            new HelpExample("leadsla pack --out out", "Both zips into out/.", "Beide ZIP-Dateien nach out/."),
            new HelpExample("leadsla pack --out out --managed --assemblies Plugins/bin/Release/net462 --assemblies Workflows/bin/Release/net462", "The managed zip of Release builds.", "Die verwaltete ZIP aus Release-Builds."));
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

            return Run(result.GetValue(output)!.FullName, kinds, result.GetValue(solution)?.FullName, result.GetValue(assemblies)?.Select(d => d.FullName).ToList(), result.GetValue(schemas)?.FullName, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
        });
        return command;
    }

    /// <summary>
    /// Packs and writes the zips, all of them or none; returns <see cref="ExitCodes.Done"/>. A solution or build that
    /// cannot be packed, or a zip that would not import, throws with the problem and the fix.
    /// </summary>
    /// <param name="outputFolder">Where the zips go.</param>
    /// <param name="kinds">Which zips to write.</param>
    /// <param name="solutionFolder">The solution folder, or null for the repository's.</param>
    /// <param name="assemblyFolders">Folders with the net462 builds, or null for the repository's newest.</param>
    /// <param name="schemaFolder">Microsoft's schemas to check customizations.xml against, or null.</param>
    /// <param name="output">Where the written paths go.</param>
    /// <param name="error">Where warnings go.</param>
    public static int Run(string outputFolder, IReadOnlyList<PackageKind> kinds, string? solutionFolder, IReadOnlyList<string>? assemblyFolders, string? schemaFolder, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var folder = SolutionFolder.Locate(solutionFolder);
        var buildFolders = assemblyFolders is { Count: > 0 } ? assemblyFolders : BuildOutputs.Find(folder);
        var source = PackSource.Load(folder, buildFolders);
        var schemaSet = schemaFolder is null ? null : SolutionSchemas.Load(schemaFolder);
        using var staged = StagedFolder.For(outputFolder);
        var written = SolutionZip.Write(source, staged.Path, kinds, schemaSet, ImportsIntoLocalDataverse).Select(staged.InTarget).ToList();
        staged.Commit();
        foreach (var path in written)
        {
            output.WriteLine(UserLanguage.Pick($"Wrote {path} ({new FileInfo(path).Length:N0} bytes)", $"{path} geschrieben ({new FileInfo(path).Length:N0} Bytes)"));
        }

        foreach (var assembly in source.Solution.PluginAssemblies)
        {
            output.WriteLine(UserLanguage.Pick($"  embeds {source.Assembly(assembly.Name).SourcePath}", $"  enthält {source.Assembly(assembly.Name).SourcePath}"));
        }

        foreach (var stale in BuildOutputs.OlderThanTheirSources(source.Solution.PluginAssemblies.Select(a => source.Assembly(a.Name).SourcePath)))
        {
            error.WriteLine(UserLanguage.Pick(
                $"leadsla pack: warning: {stale}; rebuild it (-f net462) so the zip embeds this working copy.",
                $"leadsla pack: Warnung: {stale}; bauen Sie es neu (-f net462), damit die ZIP diese Arbeitskopie enthält."));
        }

        return ExitCodes.Done;
    }

    // What Dataverse would refuse on import is found here, before the zip is written: the packer itself does not depend
    // on the local Dataverse, so the check that binds each view's FetchXML and loads the assemblies runs in the command.
    private static void ImportsIntoLocalDataverse(byte[] zip) => LocalOrganization.FromSolutionZip(zip);
}
