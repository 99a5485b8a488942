using CrmLeadSla.Cli.Agreement.Reporting;

namespace CrmLeadSla.Cli.Tests.Agreement.Reporting;

/// <summary>Builds a small export lead by lead: each lead walks a path of stages, a few hours per step.</summary>
internal sealed class ExportBuilder
{
    public static readonly DateTime Start = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private readonly List<LeadRow> leads = [];
    private readonly List<TransitionRow> moves = [];
    private readonly List<ClockRow> clocks = [];
    private readonly List<AgreementRow> agreements = [];

    /// <summary>A lead that moves along <paramref name="path"/>, <paramref name="hoursPerStep"/> apart; a step "Nurture:reason" rejects with a reason.</summary>
    public ExportBuilder Lead(string name, int hoursPerStep, params string[] path) => Lead(name, "B", 30, Start, hoursPerStep, path);

    public ExportBuilder Lead(string name, string grade, int behaviour, DateTime createdOn, int hoursPerStep, params string[] path)
    {
        var id = $"lead-{leads.Count + 1}";
        var at = createdOn;
        var from = string.Empty;
        foreach (var step in path)
        {
            var parts = step.Split(':');
            moves.Add(new TransitionRow(id, from, parts[0], at, "someone", parts.Length > 1 ? parts[1] : string.Empty));
            from = parts[0];
            at = at.AddHours(hoursPerStep);
        }

        leads.Add(new LeadRow(id, name, createdOn, from, grade, behaviour, grade + behaviour, "Sam Sales"));
        return this;
    }

    public ExportBuilder Clock(string kind, string team, string status, DateTime? completedOn = null, int pausedMinutes = 0)
    {
        clocks.Add(new ClockRow($"clock-{clocks.Count + 1}", "lead-1", kind, team, Start.AddHours(8), status, completedOn, pausedMinutes));
        return this;
    }

    public ExportBuilder Promise(int leadsPerMonth, string timeZone = "")
    {
        agreements.Add(new AgreementRow($"Lead SLA {agreements.Count + 1}", leadsPerMonth, timeZone));
        return this;
    }

    public ReportTables Build() => new(leads, moves, clocks, agreements);
}
