namespace CrmLeadSla.Packaging.Tests;

/// <summary>A throw-away copy of the repository's Solution/ folder that a test may break.</summary>
internal sealed class SolutionCopy : IDisposable
{
    public SolutionCopy()
    {
        Folder = Path.Combine(Path.GetTempPath(), "lsla-pack-" + Guid.NewGuid().ToString("N"), "Solution");
        foreach (var file in Directory.GetFiles(Repository.SolutionFolder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Folder, Path.GetRelativePath(Repository.SolutionFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Folder { get; }

    public void Replace(string relativePath, string oldText, string newText)
    {
        var path = Path.Combine(Folder, relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public PackSource Load() => PackSource.Load(Folder, Repository.AssemblyFolders);

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(Folder)!, recursive: true);
}
