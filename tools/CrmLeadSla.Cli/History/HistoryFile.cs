using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Scoring;

namespace CrmLeadSla.Cli.History;

/// <summary>
/// Reads and writes the lead history CSV (docs/history-csv.md): one row per lead with its fit columns,
/// its interactions and its outcome. The same format serves what-if scoring, where the outcome may be absent.
/// </summary>
public static class HistoryFile
{
    /// <summary>Reads every lead; throws <see cref="HistoryFormatException"/> with the line and column of the first problem.</summary>
    public static IReadOnlyList<HistoryLead> Read(TextReader reader)
    {
        using var rows = CsvReading.Records(reader).GetEnumerator();
        if (!rows.MoveNext())
        {
            throw new HistoryFormatException($"The file is empty. Its first line names the columns: at least {HistoryColumns.LeadId} and {HistoryColumns.CreatedOn}.");
        }

        var header = HeaderOf(rows.Current);
        var leads = new List<HistoryLead>();
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (rows.MoveNext())
        {
            var row = rows.Current;
            if (row.Fields.Count != header.Count)
            {
                throw new HistoryFormatException(row.Line, 0, string.Empty, $"the row has {row.Fields.Count} fields but the header names {header.Count} columns; quote fields that hold a comma.");
            }

            var lead = LeadOf(row, header);
            if (ids.TryGetValue(lead.LeadId, out var firstLine))
            {
                throw new HistoryFormatException(row.Line, header.IndexOf(HistoryColumns.LeadId) + 1, HistoryColumns.LeadId, $"lead '{lead.LeadId}' already appears on line {firstLine}; each lead has one row.");
            }

            ids.Add(lead.LeadId, row.Line);
            leads.Add(lead);
        }

        return leads;
    }

    /// <summary>Writes the leads with every column of <see cref="HistoryColumns.Written"/>.</summary>
    public static void Write(TextWriter writer, IEnumerable<HistoryLead> leads)
    {
        CsvWriting.WriteRecord(writer, HistoryColumns.Written);
        foreach (var lead in leads)
        {
            CsvWriting.WriteRecord(writer, HistoryColumns.Written.Select(column => column switch
            {
                HistoryColumns.LeadId => lead.LeadId,
                HistoryColumns.CreatedOn => HistoryValues.Write(lead.CreatedOn),
                HistoryColumns.AsOf => lead.AsOf is DateTime asOf ? HistoryValues.Write(asOf) : string.Empty,
                HistoryColumns.Outcome => lead.Outcome.ToString().ToLowerInvariant(),
                HistoryColumns.Interactions => InteractionList.Write(lead.Interactions),
                _ => HistoryValues.Write(lead.Columns.ValueOf(column)),
            }));
        }
    }

    private static List<string> HeaderOf(CsvRow row)
    {
        var header = row.Fields.Select(name => name.Trim().ToLowerInvariant()).ToList();
        for (var index = 0; index < header.Count; index++)
        {
            var name = header[index];
            if (header.IndexOf(name) != index)
            {
                throw new HistoryFormatException(row.Line, index + 1, name, $"the column '{name}' appears twice; keep one.");
            }

            if (!IsKnown(name))
            {
                throw new HistoryFormatException(
                    row.Line,
                    index + 1,
                    name,
                    $"'{name}' is not a history column. Use {HistoryColumns.LeadId}, {HistoryColumns.CreatedOn}, {HistoryColumns.AsOf}, {HistoryColumns.Outcome}, {HistoryColumns.Interactions}, " +
                    $"{string.Join(", ", HistoryColumns.Descriptive)} or a lead column scoring rules read: {string.Join(", ", ScorableColumns.LeadColumnNames)}.");
            }
        }

        foreach (var required in new[] { HistoryColumns.LeadId, HistoryColumns.CreatedOn })
        {
            if (!header.Contains(required))
            {
                throw new HistoryFormatException(row.Line, 0, string.Empty, $"the header has no column '{required}'; every history file needs {HistoryColumns.LeadId} and {HistoryColumns.CreatedOn}.");
            }
        }

        return header;
    }

    private static bool IsKnown(string name) =>
        HistoryColumns.Written.Contains(name) || HistoryColumns.Descriptive.Contains(name);

    private static HistoryLead LeadOf(CsvRow row, List<string> header)
    {
        string leadId = string.Empty;
        DateTime createdOn = default;
        DateTime? asOf = null;
        var outcome = LeadOutcome.Open;
        IReadOnlyList<Interaction> interactions = [];
        var columns = ColumnValues.None;
        for (var index = 0; index < header.Count; index++)
        {
            var name = header[index];
            var text = row.Fields[index];
            try
            {
                switch (name)
                {
                    case HistoryColumns.LeadId:
                        leadId = text.Trim().Length > 0 ? text.Trim() : throw new FormatException("the lead has no id; every row needs one.");
                        break;
                    case HistoryColumns.CreatedOn:
                        createdOn = HistoryValues.Moment(text, "the creation time");
                        break;
                    case HistoryColumns.AsOf:
                        asOf = text.Trim().Length == 0 ? null : HistoryValues.Moment(text, "the measuring time");
                        break;
                    case HistoryColumns.Outcome:
                        outcome = OutcomeOf(text);
                        break;
                    case HistoryColumns.Interactions:
                        interactions = InteractionList.Read(text);
                        break;
                    default:
                        if (ScorableColumns.Lead.Find(name) is ColumnDefinition definition)
                        {
                            columns = columns.With(name, HistoryValues.Read(text, definition));
                        }

                        break;
                }
            }
            catch (FormatException problem)
            {
                throw new HistoryFormatException(row.FieldLines[index], index + 1, name, problem.Message);
            }
        }

        return new HistoryLead(leadId, createdOn, columns, interactions, outcome) { AsOf = asOf };
    }

    private static LeadOutcome OutcomeOf(string text) => text.Trim().ToUpperInvariant() switch
    {
        "" or "OPEN" => LeadOutcome.Open,
        "NONE" => LeadOutcome.None,
        "SQL" => LeadOutcome.Sql,
        "WON" => LeadOutcome.Won,
        _ => throw new FormatException($"'{text.Trim()}' is not an outcome; write won, sql, none or open."),
    };
}
