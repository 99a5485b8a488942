using CrmLeadSla.LocalDataverse.SolutionSource;

namespace CrmLeadSla.LocalDataverse.Tests.SolutionSource;

/// <summary>A copy of the repository's Solution/ folder in a temporary directory, for a test to break one file of it on purpose.</summary>
internal sealed class SolutionCopy : IDisposable
{
    public SolutionCopy()
    {
        var source = SolutionFolder.Locate();
        Folder = Path.Combine(Path.GetTempPath(), "lsla-solution-copy-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(source, "*.xml", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Folder, Path.GetRelativePath(source, file));
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

    public SolutionDefinition Load() => SolutionFolder.Load(Folder);

    public SolutionSourceException LoadFails() => Assert.Throws<SolutionSourceException>(Load);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
