using System.Globalization;

namespace CrmLeadSla.Cli.Reporting;

/// <summary>
/// The export format the report reads (docs/report-csv.md): <c>leads.csv</c>, <c>transitions.csv</c>,
/// <c>clocks.csv</c> and <c>agreements.csv</c> in one folder, times in UTC as <c>yyyy-MM-ddTHH:mm:ssZ</c>.
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

    private static readonly string[] LeadColumns = ["leadid", "name", "createdon", "stage", "grade", "behaviourpoints", "leadindex", "owner"];
    private static readonly string[] TransitionColumns = ["leadid", "fromstage", "tostage", "changedon", "changedby", "rejectionreason"];
    private static readonly string[] ClockColumns = ["clockid", "leadid", "kind", "team", "dueon", "status", "completedon"];
    private static readonly string[] AgreementColumns = ["name", "minleadspermonth"];

    /// <summary>Writes the four tables into a folder (created when missing).</summary>
    public static void Write(ReportTables tables, string folder)
    {
        Directory.CreateDirectory(folder);
        Csv.Write(Path.Combine(folder, LeadsFile), LeadColumns, tables.Leads.Select(l => (IReadOnlyList<string>)
            [l.LeadId, l.Name, Time(l.CreatedOn), l.Stage, l.Grade, Number(l.BehaviourPoints), l.LeadIndex, l.Owner]));
        Csv.Write(Path.Combine(folder, TransitionsFile), TransitionColumns, tables.Transitions.Select(t => (IReadOnlyList<string>)
            [t.LeadId, t.FromStage, t.ToStage, Time(t.ChangedOn), t.ChangedBy, t.RejectionReason]));
        Csv.Write(Path.Combine(folder, ClocksFile), ClockColumns, tables.Clocks.Select(c => (IReadOnlyList<string>)
            [c.ClockId, c.LeadId, c.Kind, c.Team, Time(c.DueOn), c.Status, c.CompletedOn is DateTime done ? Time(done) : string.Empty]));
        Csv.Write(Path.Combine(folder, AgreementsFile), AgreementColumns, tables.Agreements.Select(a => (IReadOnlyList<string>)
            [a.Name, Number(a.MinLeadsPerMonth)]));
    }

    /// <summary>Reads the tables of a folder; <c>clocks.csv</c> and <c>agreements.csv</c> may be missing (no clocks, no commitment).</summary>
    /// <exception cref="InvalidDataException">A file is missing, lacks a column, or holds a value of the wrong form; the message names file, line and column.</exception>
    public static ReportTables Read(string folder)
    {
        var leads = Rows(folder, LeadsFile, LeadColumns, required: true, f => new LeadRow(
            f.Text("leadid"), f.Text("name"), f.Time("createdon"), f.Text("stage"), f.Text("grade"), f.Number("behaviourpoints"), f.Text("leadindex"), f.Text("owner")));
        var transitions = Rows(folder, TransitionsFile, TransitionColumns, required: true, f => new TransitionRow(
            f.Text("leadid"), f.Text("fromstage"), f.Text("tostage"), f.Time("changedon"), f.Text("changedby"), f.Text("rejectionreason")));
        var clocks = Rows(folder, ClocksFile, ClockColumns, required: false, f => new ClockRow(
            f.Text("clockid"), f.Text("leadid"), f.Text("kind"), f.Text("team"), f.Time("dueon"), f.Text("status"), f.OptionalTime("completedon")));
        var agreements = Rows(folder, AgreementsFile, AgreementColumns, required: false, f => new AgreementRow(
            f.Text("name"), f.Number("minleadspermonth")));
        return new ReportTables(leads, transitions, clocks, agreements);
    }

    /// <summary>A time as the files hold it.</summary>
    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static List<T> Rows<T>(string folder, string file, string[] columns, bool required, Func<Fields, T> map)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            return required ? throw new InvalidDataException($"{file} is missing in {folder}: an export holds {LeadsFile} and {TransitionsFile} at least.") : [];
        }

        var rows = Csv.Read(path);
        var result = new List<T>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var missing = columns.FirstOrDefault(c => !rows[i].ContainsKey(c));
            if (missing != null)
            {
                throw new InvalidDataException($"{file} has no column '{missing}'; its header needs {string.Join(',', columns)}.");
            }

            result.Add(map(new Fields(file, i + 2, rows[i])));
        }

        return result;
    }

    private sealed class Fields(string file, int line, IReadOnlyDictionary<string, string> values)
    {
        public string Text(string column) => values[column];

        public int Number(string column) =>
            int.TryParse(values[column], NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : throw Wrong(column, "a whole number");

        public DateTime Time(string column) => OptionalTime(column) ?? throw Wrong(column, "a UTC time such as 2026-03-02T08:00:00Z");

        public DateTime? OptionalTime(string column)
        {
            var text = values[column];
            if (text.Length == 0)
            {
                return null;
            }

            return DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)
                ? time
                : throw Wrong(column, "a UTC time such as 2026-03-02T08:00:00Z");
        }

        private InvalidDataException Wrong(string column, string expected) =>
            new($"{file} line {line}, column {column}: '{values[column]}' is not {expected}.");
    }
}
