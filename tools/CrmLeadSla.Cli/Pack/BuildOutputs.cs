namespace CrmLeadSla.Cli.Pack;

/// <summary>
/// The repository's net462 build folders of the plug-in and workflow projects, newest build first, so a pack embeds
/// what was built last from the working copy whether that was a Debug or a Release build.
/// </summary>
internal static class BuildOutputs
{
    private static readonly string[] Projects = ["Plugins", "Workflows"];
    private static readonly string[] Configurations = ["Release", "Debug"];

    public static IReadOnlyList<string> Find(string solutionFolder)
    {
        var root = RepositoryRoot(solutionFolder) ?? RepositoryRoot(AppContext.BaseDirectory);
        if (root is null)
        {
            return [];
        }

        return Projects
            .SelectMany(project => Configurations
                .Select(configuration => Path.Combine(root, project, "bin", configuration, "net462"))
                .Where(Directory.Exists)
                .OrderByDescending(folder => Directory.GetFiles(folder, "CrmLeadSla.*.dll").Select(File.GetLastWriteTimeUtc).DefaultIfEmpty().Max()))
            .ToList();
    }

    private static string? RepositoryRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CrmLeadSla.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
