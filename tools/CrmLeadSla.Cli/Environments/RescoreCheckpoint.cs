using System.Text.Json;
using CrmLeadSla.Cli.WebApi;

namespace CrmLeadSla.Cli.Environments;

/// <summary>
/// Where a rescore stands, kept in a file after every page whose writes are done (and every page before it): the
/// time it scores as of, the model version, the next page and its paging cookie, and the counts so far. A run started
/// with the file of an unfinished one continues after the last page done; a page interrupted mid-write is read
/// again, and its leads already written compare equal and are not written twice.
/// </summary>
internal sealed record RescoreCheckpoint(DateTime AsOf, Guid ModelId, int ModelVersion, int NextPage, string? PagingCookie, RescoreTally Tally, bool Completed)
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static RescoreCheckpoint? Load(string? file)
    {
        if (file is null || !File.Exists(file))
        {
            return null;
        }

        return JsonSerializer.Deserialize<RescoreCheckpoint>(File.ReadAllText(file), Options);
    }

    /// <summary>Writes the file whole, then moves it into place, so an interruption never leaves half a checkpoint.</summary>
    public void Save(string? file)
    {
        if (file is null)
        {
            return;
        }

        var temporary = file + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, Options));
        File.Move(temporary, file, overwrite: true);
    }
}

/// <summary>Leads read, changed (written) and failed (refused by the environment) so far.</summary>
public sealed record RescoreTally(int Read, int Changed, int Failed)
{
    public static RescoreTally None { get; } = new(0, 0, 0);

    public RescoreTally Plus(RescoreTally other) => new(Read + other.Read, Changed + other.Changed, Failed + other.Failed);
}
