using System.Globalization;
using System.Text;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;

namespace CrmLeadSla.Cli.Learning.History;

/// <summary>
/// The interactions cell of a history row: entries separated by ';', each <c>time type [url]</c> separated by
/// spaces, e.g. <c>2026-03-02T09:00:00Z WebinarAttendance; 2026-03-03T10:15:00Z WebsiteVisit https://x.example/pricing</c>.
/// In the URL, '%', ';' and spaces are written as %25, %3B and %20 so an entry can always be split.
/// </summary>
public static class InteractionList
{
    /// <summary>The interactions written as one cell, in the order given.</summary>
    public static string Write(IEnumerable<Interaction> interactions) =>
        string.Join("; ", interactions.Select(Entry));

    /// <summary>Reads a cell; throws <see cref="FormatException"/> naming the entry at fault.</summary>
    public static IReadOnlyList<Interaction> Read(string cell)
    {
        var interactions = new List<Interaction>();
        var entries = cell.Split(';');
        for (var number = 1; number <= entries.Length; number++)
        {
            var parts = entries[number - 1].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 && entries.Length == 1)
            {
                break;
            }

            if (parts.Length is < 2 or > 3)
            {
                throw new FormatException(
                    $"interaction {number} '{entries[number - 1].Trim()}' is not '<time> <type> [<url>]'; separate interactions with ';'.");
            }

            var occurredOn = HistoryValues.Moment(parts[0], $"the time of interaction {number}");
            var type = TypeOf(parts[1], number);
            var interaction = new Interaction(type, occurredOn);
            if (parts.Length == 3)
            {
                interaction = interaction with { Columns = ColumnValues.None.With(InteractionSchema.Url, ColumnValue.Text(Unescaped(parts[2]))) };
            }

            interactions.Add(interaction);
        }

        return interactions;
    }

    private static string Entry(Interaction interaction)
    {
        var entry = HistoryValues.Write(interaction.OccurredOn) + " " + interaction.Type;
        return interaction.Columns.ValueOf(InteractionSchema.Url) is TextValue url ? entry + " " + Escaped(url.Value) : entry;
    }

    private static InteractionType TypeOf(string text, int number)
    {
        if (Enum.TryParse<InteractionType>(text, ignoreCase: true, out var type) && Enum.IsDefined(type))
        {
            return type;
        }

        var types = Enum.GetValues<InteractionType>();
        throw new FormatException(
            $"interaction {number} has the type '{text}', which is not one of {string.Join(", ", types)} (or their option values {(int)types.Min()}–{(int)types.Max()}).");
    }

    private static string Escaped(string url) =>
        url.Replace("%", "%25", StringComparison.Ordinal).Replace(";", "%3B", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal);

    private static string Unescaped(string url)
    {
        var text = new StringBuilder(url.Length);
        for (var i = 0; i < url.Length; i++)
        {
            var code = i + 2 < url.Length ? url.Substring(i, 3) : string.Empty;
            var decoded = code.ToUpperInvariant() switch { "%25" => "%", "%3B" => ";", "%20" => " ", _ => null };
            if (decoded != null)
            {
                text.Append(decoded);
                i += 2;
            }
            else
            {
                text.Append(url[i]);
            }
        }

        return text.ToString();
    }
}
