using System.CommandLine;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Cli.Options;

/// <summary>
/// The options that name the solution a command installs or reads: a folder in source form (the one that holds
/// solution.xml) or a zip leadsla pack wrote. A folder without solution.xml, or a zip that does not exist, is a usage
/// error found while parsing, before any work.
/// </summary>
public static class SolutionOption
{
    /// <summary><c>--solution</c>: a solution folder or a packed zip (null: the repository's Solution/).</summary>
    public static Option<string?> FolderOrZip()
    {
        var option = new Option<string?>("--solution")
        {
            Description = UserLanguage.Pick(
                "The solution to install: a folder in source form, or a zip leadsla pack wrote (default: the repository's Solution/).",
                "Die zu installierende Lösung: ein Ordner in Quellform oder eine von leadsla pack geschriebene ZIP-Datei (Standard: Solution/ des Repositorys)."),
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is string path && Problem(option.Name, path, zipAllowed: true) is string problem)
            {
                result.AddError(problem);
            }
        });
        return option;
    }

    /// <summary>An option named <paramref name="name"/> for a solution folder in source form only.</summary>
    public static Option<DirectoryInfo?> Folder(string name)
    {
        var option = new Option<DirectoryInfo?>(name)
        {
            Description = UserLanguage.Pick(
                "The solution source folder, the one that holds solution.xml (default: the repository's Solution/).",
                "Der Quellordner der Lösung, der solution.xml enthält (Standard: Solution/ des Repositorys)."),
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<DirectoryInfo?>() is DirectoryInfo folder && Problem(name, folder.FullName, zipAllowed: false) is string problem)
            {
                result.AddError(problem);
            }
        });
        return option;
    }

    private static string? Problem(string option, string path, bool zipAllowed)
    {
        if (zipAllowed && path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return File.Exists(path)
                ? null
                : UserLanguage.Pick(
                    $"{option} '{Path.GetFullPath(path)}' does not exist: name a zip leadsla pack wrote (leadsla pack --out DIR).",
                    $"{option} '{Path.GetFullPath(path)}' existiert nicht: geben Sie eine von leadsla pack geschriebene ZIP-Datei an (leadsla pack --out ORDNER).");
        }

        var full = Path.GetFullPath(path);
        return File.Exists(Path.Combine(full, SolutionFolder.ManifestFileName))
            ? null
            : UserLanguage.Pick(
                $"{option} '{full}' has no {SolutionFolder.ManifestFileName}: name the folder that holds it (the repository's Solution/){(zipAllowed ? " or a zip leadsla pack wrote" : string.Empty)}.",
                $"{option} '{full}' enthält keine {SolutionFolder.ManifestFileName}: geben Sie den Ordner an, der sie enthält (Solution/ des Repositorys){(zipAllowed ? ", oder eine von leadsla pack geschriebene ZIP-Datei" : string.Empty)}.");
    }
}
