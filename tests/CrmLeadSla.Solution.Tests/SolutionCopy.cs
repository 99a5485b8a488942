using CrmLeadSla.LocalDataverse;
using CrmLeadSla.Solution.Packing;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Solution.Tests;

/// <summary>A throw-away copy of the repository's Solution/ folder, for a test to break one file of it on purpose.</summary>
internal sealed class SolutionCopy : IDisposable
{
    public SolutionCopy()
    {
        Folder = Path.Combine(Path.GetTempPath(), "lsla-solution-copy-" + Guid.NewGuid().ToString("N"), "Solution");
        foreach (var file in Directory.GetFiles(Repository.SolutionFolder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Folder, Path.GetRelativePath(Repository.SolutionFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Folder { get; }

    /// <summary>Replaces the first occurrence of <paramref name="original"/> in the file; fails when the file lacks it, so a test never breaks nothing.</summary>
    public SolutionCopy Replace(string relativePath, string original, string replacement)
    {
        var path = Path.Combine(Folder, relativePath);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(original, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{relativePath} does not contain '{original}'.");
        File.WriteAllText(path, string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + original.Length)));
        return this;
    }

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Reads the copy as the source reader does.</summary>
    public SolutionDefinition Load() => SolutionFolder.Load(Folder);

    /// <summary>Reads the copy, expecting the source reader to refuse it.</summary>
    public SolutionSourceException LoadFails() => Assert.Throws<SolutionSourceException>(Load);

    /// <summary>Loads the copy and builds an organization from it, expecting the organization to refuse the solution (as Dataverse refuses its import).</summary>
    public SolutionSourceException OrganizationFails() => Assert.Throws<SolutionSourceException>(() => LocalOrganization.FromSolution(Load(), []));

    /// <summary>Reads the copy as the packer does, with the repository's net462 builds.</summary>
    public PackSource Pack() => PackSource.Load(Folder, Repository.AssemblyFolders);

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(Folder)!, recursive: true);
}
