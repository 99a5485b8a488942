using System.Reflection;
using CrmLeadSla.Solution.Packing;

namespace CrmLeadSla.Solution.Tests;

/// <summary>Where the repository's solution source, its net462 builds and the copied schemas are.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string SolutionFolder => Path.Combine(Root, "Solution");

    /// <summary>The net462 build folders of the plug-in and workflow projects, of this test run's configuration.</summary>
    public static IReadOnlyList<string> AssemblyFolders { get; } =
    [
        Path.Combine(Root, "Plugins", "bin", Configuration, "net462"),
        Path.Combine(Root, "Workflows", "bin", Configuration, "net462"),
    ];

    public static string PluginBuild => Path.Combine(AssemblyFolders[0], "CrmLeadSla.Plugins.dll");

    public static SolutionSchemas Schemas { get; } = SolutionSchemas.Load(Path.Combine(AppContext.BaseDirectory, "Schemas", "dataverse-9.0.0.2090"));

    public static PackSource Source() => PackSource.Load(SolutionFolder, AssemblyFolders);

    private static string Configuration =>
        typeof(Repository).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CrmLeadSla.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: no CrmLeadSla.sln above " + AppContext.BaseDirectory);
    }
}
