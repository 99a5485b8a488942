using CrmLeadSla.Cli.Output;

namespace CrmLeadSla.Cli.Tests.Output;

/// <summary>A command's output appears whole or not at all.</summary>
public sealed class StagedFolderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("staged-").FullName;

    [Fact]
    public void Output_that_is_not_committed_leaves_nothing_behind_not_even_the_folders_above_it()
    {
        var target = Path.Combine(root, "reports", "march");

        using (var staged = StagedFolder.For(target))
        {
            File.WriteAllText(Path.Combine(staged.Path, "leads.csv"), "leadid\n");
        }

        Assert.Empty(Directory.GetFileSystemEntries(root));
    }

    [Fact]
    public void Committed_output_appears_in_the_target_folder()
    {
        var target = Path.Combine(root, "reports", "march");

        using (var staged = StagedFolder.For(target))
        {
            File.WriteAllText(Path.Combine(staged.Path, "leads.csv"), "leadid\n");
            Directory.CreateDirectory(Path.Combine(staged.Path, "no-sla"));
            File.WriteAllText(Path.Combine(staged.Path, "no-sla", "leads.csv"), "leadid\n");
            staged.Commit();
        }

        Assert.Equal(["leads.csv", Path.Combine("no-sla", "leads.csv")], Directory.GetFiles(target, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(target, f)).Order(StringComparer.Ordinal));
        Assert.Equal([Path.Combine(root, "reports")], Directory.GetFileSystemEntries(root));
    }

    [Fact]
    public void Committed_output_replaces_files_of_the_same_name_and_keeps_the_others()
    {
        File.WriteAllText(Path.Combine(root, "leads.csv"), "old\n");
        File.WriteAllText(Path.Combine(root, "notes.txt"), "mine\n");

        using (var staged = StagedFolder.For(root))
        {
            File.WriteAllText(Path.Combine(staged.Path, "leads.csv"), "new\n");
            staged.Commit();
        }

        Assert.Equal("new\n", File.ReadAllText(Path.Combine(root, "leads.csv")));
        Assert.Equal("mine\n", File.ReadAllText(Path.Combine(root, "notes.txt")));
        Assert.Equal(2, Directory.GetFileSystemEntries(root).Length);
    }

    [Fact]
    public void A_file_that_is_not_committed_leaves_the_old_one_as_it_was()
    {
        var target = Path.Combine(root, "model.json");
        File.WriteAllText(target, "old");

        using (var staged = new StagedFile(target))
        {
            File.WriteAllText(staged.Path, "half");
        }

        Assert.Equal("old", File.ReadAllText(target));
        Assert.Single(Directory.GetFileSystemEntries(root));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
