namespace CrmLeadSla.Cli.Output;

/// <summary>
/// A command's output folder, written out of sight first: the files go into a hidden folder beside the target and move
/// into place only when the command has written all of them (<see cref="Commit"/>). A command that fails leaves neither
/// an empty nor a half-written folder behind: disposing without a commit deletes what was written, and any folder
/// created for it.
/// </summary>
public sealed class StagedFolder : IDisposable
{
    private bool committed;

    private StagedFolder(string target, string path)
    {
        Target = target;
        Path = path;
    }

    /// <summary>The folder the output belongs in.</summary>
    public string Target { get; }

    /// <summary>Where the command writes meanwhile.</summary>
    public string Path { get; }

    /// <summary>
    /// Stages output for <paramref name="target"/>: the hidden folder is made in the nearest folder above it that
    /// exists, so a folder that cannot be written is found before any work.
    /// </summary>
    public static StagedFolder For(string target)
    {
        var full = System.IO.Path.GetFullPath(target);
        var existing = new DirectoryInfo(full);
        while (!existing.Exists && existing.Parent is not null)
        {
            existing = existing.Parent;
        }

        var staging = System.IO.Path.Combine(existing.FullName, $".leadsla-{System.IO.Path.GetFileName(full.TrimEnd(System.IO.Path.DirectorySeparatorChar))}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return new StagedFolder(full, staging);
    }

    /// <summary>The path in the staged folder of a path in the target folder, e.g. the dashboard's.</summary>
    public string InTarget(string stagedPath) => System.IO.Path.Combine(Target, System.IO.Path.GetRelativePath(Path, stagedPath));

    /// <summary>Moves everything written into the target folder (files of the same name are replaced).</summary>
    public void Commit()
    {
        if (Directory.Exists(Target))
        {
            MoveInto(Path, Target);
            Directory.Delete(Path, recursive: true);
        }
        else
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Target)!);
            Directory.Move(Path, Target);
        }

        committed = true;
    }

    /// <summary>Deletes the staged output unless it was committed.</summary>
    public void Dispose()
    {
        if (!committed && Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }

    private static void MoveInto(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Move(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)), overwrite: true);
        }

        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            MoveInto(folder, System.IO.Path.Combine(to, System.IO.Path.GetFileName(folder)));
        }
    }
}
