using CrmLeadSla.Cli.CsvFiles;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Scoring;

namespace CrmLeadSla.Cli.Learning.History;

/// <summary>
/// Reads and writes the lead history CSV (docs/history-csv.md): one row per lead with its fit columns,
/// its interactions and its outcome. The same format serves what-if scoring, where the outcome may be absent.
/// </summary>
public static class HistoryFile
{
    /// <summary>Reads every lead of a file; throws <see cref="CsvFileException"/> with the file, line and column of the first problem.</summary>
    public static IReadOnlyList<HistoryLead> Read(string path, CsvInput? input = null)
    {
        using var sheet = (input ?? CsvInput.Detected).Read(path);
        return Read(sheet);
    }

    /// <summary>Reads every lead of an open sheet; throws <see cref="CsvFileException"/> with the line and column of the first problem.</summary>
    public static IReadOnlyList<HistoryLead> Read(CsvSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        if (sheet.Header.Count == 0)
        {
            throw new CsvFileException(sheet.Name, $"The file is empty. Its first line names the columns: at least {HistoryColumns.LeadId} and {HistoryColumns.CreatedOn}.");
        }

        var header = HeaderOf(sheet);
        var leads = new List<HistoryLead>();
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in sheet.Records())
        {
            var lead = LeadOf(sheet, row, header);
            if (ids.TryGetValue(lead.LeadId, out var firstLine))
            {
                throw new CsvFileException(sheet.Name, row.Line, header.IndexOf(HistoryColumns.LeadId) + 1, HistoryColumns.LeadId, $"lead '{lead.LeadId}' already appears on line {firstLine}; each lead has one row.");
            }

            ids.Add(lead.LeadId, row.Line);
            leads.Add(lead);
        }

        return leads;
    }

    /// <summary>Writes the leads to a file with every column of <see cref="HistoryColumns.Written"/>.</summary>
    public static void Write(string path, CsvStyle style, IEnumerable<HistoryLead> leads)
    {
        using var sheet = CsvSheetWriter.ToFile(path, style);
        Write(sheet, leads);
    }

    /// <summary>Writes the leads with every column of <see cref="HistoryColumns.Written"/>.</summary>
    public static void Write(CsvSheetWriter sheet, IEnumerable<HistoryLead> leads)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(leads);
        sheet.Header(HistoryColumns.Written);
        foreach (var lead in leads)
        {
            sheet.Row(HistoryColumns.Written.Select(column => column switch
            {
                HistoryColumns.LeadId => CsvCell.Text(lead.LeadId),
                HistoryColumns.CreatedOn => CsvCell.PreciseTime(lead.CreatedOn),
                HistoryColumns.AsOf => lead.AsOf is DateTime asOf ? CsvCell.PreciseTime(asOf) : CsvCell.Empty,
                HistoryColumns.Outcome => CsvCell.Text(lead.Outcome.ToString().ToLowerInvariant()),
                HistoryColumns.Interactions => CsvCell.Text(InteractionList.Write(lead.Interactions)),
                _ => HistoryValues.Cell(lead.Columns.ValueOf(column)),
            }));
        }
    }

    private static List<string> HeaderOf(CsvSheet sheet)
    {
        var header = sheet.Header.Select(name => name.Trim().ToLowerInvariant()).ToList();
        for (var index = 0; index < header.Count; index++)
        {
            var name = header[index];
            if (header.IndexOf(name) != index)
            {
                throw new CsvFileException(sheet.Name, 1, index + 1, name, $"the column '{name}' appears twice; keep one.");
            }

            if (!IsKnown(name))
            {
                throw new CsvFileException(
                    sheet.Name,
                    1,
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
                throw new CsvFileException(sheet.Name, 1, 0, string.Empty, $"the header has no column '{required}'; every history file needs {HistoryColumns.LeadId} and {HistoryColumns.CreatedOn}.");
            }
        }

        return header;
    }

    private static bool IsKnown(string name) =>
        HistoryColumns.Written.Contains(name) || HistoryColumns.Descriptive.Contains(name);

    private static HistoryLead LeadOf(CsvSheet sheet, CsvRecord row, List<string> header)
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
                        createdOn = CellValues.Time(text, "the creation time");
                        break;
                    case HistoryColumns.AsOf:
                        asOf = text.Trim().Length == 0 ? null : CellValues.Time(text, "the measuring time");
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
                            columns = columns.With(name, HistoryValues.Read(text, definition, sheet.Values));
                        }

                        break;
                }
            }
            catch (FormatException problem)
            {
                throw new CsvFileException(sheet.Name, row.FieldLines[index], index + 1, name, problem.Message);
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
