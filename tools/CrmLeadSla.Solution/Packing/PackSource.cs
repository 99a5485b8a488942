using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Solution.Packing;

/// <summary>What a pack reads: the solution source (Solution/) with its shipped workflows, and the built assemblies.</summary>
public sealed class PackSource
{
    private readonly IReadOnlyList<string> assemblyFolders;
    private readonly Dictionary<string, DeployableAssembly> assemblies = new(StringComparer.Ordinal);

    private PackSource(SolutionDefinition solution, IReadOnlyList<string> assemblyFolders)
    {
        Solution = solution;
        this.assemblyFolders = assemblyFolders;
    }

    /// <summary>The solution as its source declares it, with its shipped workflows.</summary>
    public SolutionDefinition Solution { get; }

    /// <summary>
    /// Loads and checks the solution folder and its workflows. Assemblies are looked up by name
    /// (<c>&lt;name&gt;.dll</c>) in <paramref name="assemblyFolders"/>, first match wins.
    /// </summary>
    /// <param name="solutionFolder">The folder that holds solution.xml.</param>
    /// <param name="assemblyFolders">Folders holding the signed net462 builds of the solution's plug-in assemblies.</param>
    /// <exception cref="PackagingException">The source is invalid; the message names the file, the problem and the fix.</exception>
    public static PackSource Load(string solutionFolder, IReadOnlyList<string> assemblyFolders)
    {
        SolutionDefinition solution;
        try
        {
            solution = SolutionFolder.Load(solutionFolder);
        }
        catch (SolutionSourceException e)
        {
            throw new PackagingException(e.Message, e);
        }

        return new PackSource(solution, assemblyFolders);
    }

    /// <summary>The build of the named assembly, read once.</summary>
    /// <exception cref="PackagingException">No folder holds it, or it is not signed.</exception>
    public DeployableAssembly Assembly(string name)
    {
        if (assemblies.TryGetValue(name, out var known))
        {
            return known;
        }

        var path = assemblyFolders.Select(f => Path.Combine(f, name + ".dll")).FirstOrDefault(File.Exists)
            ?? throw new PackagingException(
                $"the solution registers the plug-in assembly {name}, but no {name}.dll is in {(assemblyFolders.Count == 0 ? "any folder (none given)" : string.Join(", ", assemblyFolders))}.",
                $"Build it for the sandbox from this commit (dotnet build <its project> -f net462 -c Release) or pass the folder that holds it.");
        return assemblies[name] = DeployableAssembly.Read(path);
    }
}
