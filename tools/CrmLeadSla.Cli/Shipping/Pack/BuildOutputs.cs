namespace CrmLeadSla.Cli.Shipping.Pack;

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

    /// <summary>
    /// The embedded builds older than a source file of their project: a pack should embed what this working copy
    /// builds, not an earlier build.
    /// </summary>
    public static IEnumerable<string> OlderThanTheirSources(IEnumerable<string> assemblyPaths)
    {
        foreach (var path in assemblyPaths)
        {
            // <project>/bin/<configuration>/net462/<assembly>.dll
            var project = Directory.GetParent(path)?.Parent?.Parent?.Parent;
            if (project is null || !File.Exists(Path.Combine(project.FullName, Path.GetFileNameWithoutExtension(path) + ".csproj")))
            {
                continue;
            }

            var built = File.GetLastWriteTimeUtc(path);
            var newer = Directory.EnumerateFiles(project.FullName, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .FirstOrDefault(f => File.GetLastWriteTimeUtc(f) > built);
            if (newer is not null)
            {
                yield return $"{path} is older than {Path.GetRelativePath(project.FullName, newer)}";
            }
        }
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
