namespace CrmLeadSla.Cli.Output;

/// <summary>
/// A file a command writes, written under a hidden name beside it first and moved into place when complete
/// (<see cref="Commit"/>): a command that fails halfway leaves the file as it was, or absent.
/// </summary>
public sealed class StagedFile : IDisposable
{
    private bool committed;

    /// <summary>Stages <paramref name="target"/>.</summary>
    public StagedFile(string target)
    {
        Target = System.IO.Path.GetFullPath(target);
        Path = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Target)!, $".{System.IO.Path.GetFileName(Target)}.{Guid.NewGuid():N}.partial");
    }

    /// <summary>The file's place.</summary>
    public string Target { get; }

    /// <summary>Where the command writes meanwhile.</summary>
    public string Path { get; }

    /// <summary>Writes <paramref name="text"/> (UTF-8) to <paramref name="target"/> whole, or not at all.</summary>
    public static void WriteAllText(string target, string text)
    {
        using var staged = new StagedFile(target);
        File.WriteAllText(staged.Path, text);
        staged.Commit();
    }

    /// <summary>Moves the written file into place, replacing what was there.</summary>
    public void Commit()
    {
        File.Move(Path, Target, overwrite: true);
        committed = true;
    }

    /// <summary>Deletes the written file unless it was committed.</summary>
    public void Dispose()
    {
        if (!committed)
        {
            File.Delete(Path);
        }
    }
}
