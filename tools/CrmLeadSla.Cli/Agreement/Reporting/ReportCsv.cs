using CrmLeadSla.Cli.CsvFiles;

namespace CrmLeadSla.Cli.Agreement.Reporting;

/// <summary>
/// The export format the report reads (docs/report-csv.md): <c>leads.csv</c>, <c>transitions.csv</c>,
/// <c>clocks.csv</c> and <c>agreements.csv</c> in one folder, times in UTC; <c>agreements.csv</c> names the zone the
/// agreements count their days and months in, which the report counts its months and weeks in.
/// </summary>
public static class ReportCsv
{
    /// <summary>File of the leads.</summary>
    public const string LeadsFile = "leads.csv";

    /// <summary>File of the stage moves.</summary>
    public const string TransitionsFile = "transitions.csv";

    /// <summary>File of the SLA clocks.</summary>
    public const string ClocksFile = "clocks.csv";

    /// <summary>File of the agreements' commitments.</summary>
    public const string AgreementsFile = "agreements.csv";

    private static readonly string[] LeadColumns = ["leadid", "name", "createdon", "stage", "grade", "behaviourpoints", "leadindex", "owner", "company"];
    private static readonly string[] TransitionColumns = ["leadid", "fromstage", "tostage", "changedon", "changedby", "rejectionreason"];
    private static readonly string[] ClockColumns = ["clockid", "leadid", "kind", "team", "dueon", "status", "completedon", "pausedminutes"];
    private static readonly string[] AgreementColumns = ["name", "minleadspermonth", "timezone"];

    // Exports written before the agreements carried their zone have no timezone column: their months count in UTC.
    // Exports written before the leads carried their company (and the clocks their paused time) lack those columns.
    private static readonly string[] OptionalColumns = ["timezone", "company", "pausedminutes"];

    /// <summary>Writes the four tables into a folder (created when missing), in <paramref name="style"/> (default: plain).</summary>
    public static void Write(ReportTables tables, string folder, CsvStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var written = style ?? CsvStyle.Plain;
        Directory.CreateDirectory(folder);
        CsvSheetWriter.WriteFile(Path.Combine(folder, LeadsFile), written, LeadColumns, tables.Leads.Select(l => (IEnumerable<CsvCell>)
            [Text(l.LeadId), Text(l.Name), CsvCell.Time(l.CreatedOn), Text(l.Stage), Text(l.Grade), CsvCell.Number(l.BehaviourPoints), Text(l.LeadIndex), Text(l.Owner), Text(l.Company)]));
        CsvSheetWriter.WriteFile(Path.Combine(folder, TransitionsFile), written, TransitionColumns, tables.Transitions.Select(t => (IEnumerable<CsvCell>)
            [Text(t.LeadId), Text(t.FromStage), Text(t.ToStage), CsvCell.Time(t.ChangedOn), Text(t.ChangedBy), Text(t.RejectionReason)]));
        CsvSheetWriter.WriteFile(Path.Combine(folder, ClocksFile), written, ClockColumns, tables.Clocks.Select(c => (IEnumerable<CsvCell>)
            [Text(c.ClockId), Text(c.LeadId), Text(c.Kind), Text(c.Team), CsvCell.Time(c.DueOn), Text(c.Status), CsvCell.Time(c.CompletedOn), CsvCell.Number(c.PausedMinutes)]));
        CsvSheetWriter.WriteFile(Path.Combine(folder, AgreementsFile), written, AgreementColumns, tables.Agreements.Select(a => (IEnumerable<CsvCell>)
            [Text(a.Name), CsvCell.Number(a.MinLeadsPerMonth), Text(a.TimeZone)]));
    }

    /// <summary>Reads the tables of a folder; <c>clocks.csv</c> and <c>agreements.csv</c> may be missing (no clocks, no commitment).</summary>
    /// <exception cref="CsvFileException">A file is missing, unreadable, lacks a column, or holds a value of the wrong form; the message names file, line and column.</exception>
    public static ReportTables Read(string folder, CsvInput? input = null)
    {
        var reading = input ?? CsvInput.Detected;
        var leads = Rows(reading, folder, LeadsFile, LeadColumns, required: true, f => new LeadRow(
            f.Text("leadid"), f.Text("name"), f.Time("createdon"), f.Text("stage"), f.Text("grade"), f.Number("behaviourpoints"), f.Text("leadindex"), f.Text("owner"), f.OptionalText("company")));
        var transitions = Rows(reading, folder, TransitionsFile, TransitionColumns, required: true, f => new TransitionRow(
            f.Text("leadid"), f.Text("fromstage"), f.Text("tostage"), f.Time("changedon"), f.Text("changedby"), f.Text("rejectionreason")));
        var clocks = Rows(reading, folder, ClocksFile, ClockColumns, required: false, f => new ClockRow(
            f.Text("clockid"), f.Text("leadid"), f.Text("kind"), f.Text("team"), f.Time("dueon"), f.Text("status"), f.OptionalTime("completedon"), f.OptionalNumber("pausedminutes")));
        var agreements = Rows(reading, folder, AgreementsFile, AgreementColumns, required: false, f => new AgreementRow(
            f.Text("name"), f.Number("minleadspermonth"), f.OptionalText("timezone")));
        return new ReportTables(leads, transitions, clocks, agreements);
    }

    private static CsvCell Text(string text) => CsvCell.Text(text);

    private static List<T> Rows<T>(CsvInput input, string folder, string file, string[] columns, bool required, Func<Fields, T> map)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            return required ? throw new CsvFileException(string.Empty, $"{file} is missing in {folder}: an export holds {LeadsFile} and {TransitionsFile} at least.") : [];
        }

        using var sheet = input.Read(path);
        var missing = columns.FirstOrDefault(c => !sheet.Header.Contains(c) && !OptionalColumns.Contains(c));
        if (missing != null)
        {
            throw new CsvFileException(file, 1, 0, string.Empty, $"the header has no column '{missing}'; it needs {string.Join(',', columns.Except(OptionalColumns))}.");
        }

        var positions = columns.Where(sheet.Header.Contains).ToDictionary(c => c, c => sheet.Header.ToList().IndexOf(c), StringComparer.Ordinal);
        return sheet.Records().Select(record => map(new Fields(sheet, record, positions))).ToList();
    }

    private sealed class Fields(CsvSheet sheet, CsvRecord record, Dictionary<string, int> positions)
    {
        public string Text(string column) => record.Fields[positions[column]];

        public string OptionalText(string column) => positions.ContainsKey(column) ? Text(column) : string.Empty;

        public int Number(string column) => Read(column, text => sheet.Values.WholeNumber(text));

        public int OptionalNumber(string column) => positions.ContainsKey(column) ? Number(column) : 0;

        public DateTime Time(string column) => Read(column, text => CellValues.Time(text, "the time"));

        public DateTime? OptionalTime(string column) => Text(column).Trim().Length == 0 ? null : Time(column);

        private TValue Read<TValue>(string column, Func<string, TValue> parse)
        {
            try
            {
                return parse(Text(column));
            }
            catch (FormatException problem)
            {
                var index = positions[column];
                throw new CsvFileException(sheet.Name, record.FieldLines[index], index + 1, column, problem.Message);
            }
        }
    }
}
