namespace CrmLeadSla.Cli.Agreement.Reporting;

/// <summary>The funnel's tables: leads per stage and conversion, time in stage, never-worked leads, grade × behaviour.</summary>
internal static class FunnelFigures
{
    /// <summary>Behaviour bands of the heat map, 1 the most engaged: the lower bound of behaviour points of each band.</summary>
    public static readonly (string Band, int From)[] BehaviourBands = [("1", 50), ("2", 25), ("3", 10), ("4", int.MinValue)];

    private static readonly string[] Grades = ["A", "B", "C", "D"];

    public static ReportTable Funnel(ReportTables tables, LeadJourneys journeys)
    {
        var rows = new List<ReportRow>();
        foreach (var stage in Stages.All)
        {
            var now = tables.Leads.Where(l => l.Stage == stage).Select(l => l.LeadId).ToList();
            var ever = tables.Leads.Count(l => journeys.Reached(l.LeadId, stage));
            var forward = Array.IndexOf(Stages.Forward, stage);
            var conversion = forward >= 0 && forward < Stages.Forward.Length - 1
                ? Statistics.Percent(tables.Leads.Count(l => journeys.Reached(l.LeadId, stage) && journeys.Reached(l.LeadId, Stages.Forward[forward + 1])), ever)
                : string.Empty;
            rows.Add(new ReportRow([stage, Statistics.Count(now.Count), Statistics.Count(ever), conversion], now));
        }

        return new ReportTable(
            "funnel",
            ReportWords.FunnelTitle,
            [ReportWords.Stage, ReportWords.LeadsNow, ReportWords.EverReached, ReportWords.ConversionPercent],
            [FigureKind.Stage, FigureKind.Number, FigureKind.Number, FigureKind.Number],
            rows,
            LinkedColumn: 1);
    }

    public static ReportTable TimeInStage(LeadJourneys journeys)
    {
        var stays = Stages.All.ToDictionary(s => s, _ => new List<double>(), StringComparer.Ordinal);
        foreach (var lead in journeys.LeadIds)
        {
            var moves = journeys.MovesOf(lead);
            for (var i = 0; i + 1 < moves.Count; i++)
            {
                if (stays.TryGetValue(moves[i].ToStage, out var list))
                {
                    list.Add((moves[i + 1].ChangedOn - moves[i].ChangedOn).TotalHours);
                }
            }
        }

        var rows = Stages.All.Where(s => stays[s].Count > 0).Select(stage =>
        {
            var sorted = stays[stage].Order().ToList();
            return new ReportRow([stage, Statistics.Count(sorted.Count), Statistics.Hours(Statistics.Percentile(sorted, 50)), Statistics.Hours(Statistics.Percentile(sorted, 90))], []);
        }).ToList();
        return new ReportTable(
            "time-in-stage",
            ReportWords.TimeInStageTitle,
            [ReportWords.Stage, ReportWords.Stays, ReportWords.Median, ReportWords.P90],
            [FigureKind.Stage, FigureKind.Number, FigureKind.Hours, FigureKind.Hours],
            rows);
    }

    public static ReportTable NeverWorked(ReportTables tables, LeadJourneys journeys)
    {
        var handedOver = tables.Leads.Where(l => journeys.Reached(l.LeadId, Stages.Mql)).Select(l => l.LeadId).ToList();
        var never = handedOver.Where(id => !journeys.Worked(id)).ToList();
        return new ReportTable(
            "never-worked",
            ReportWords.NeverWorkedTitle,
            [ReportWords.HandedOver, ReportWords.NeverWorked, ReportWords.NeverWorkedPercent],
            [FigureKind.Number, FigureKind.Number, FigureKind.Number],
            [new ReportRow([Statistics.Count(handedOver.Count), Statistics.Count(never.Count), Statistics.Percent(never.Count, handedOver.Count)], never)],
            LinkedColumn: 1);
    }

    public static ReportTable GradeByBehaviour(ReportTables tables, LeadJourneys journeys)
    {
        var rows = new List<ReportRow>();
        foreach (var grade in Grades)
        {
            foreach (var (band, _) in BehaviourBands)
            {
                var leads = tables.Leads.Where(l => l.Grade == grade && BandOf(l.BehaviourPoints) == band).Select(l => l.LeadId).ToList();
                var accepted = leads.Count(id => journeys.Reached(id, Stages.Sal));
                rows.Add(new ReportRow([grade + band, Statistics.Count(leads.Count), Statistics.Count(accepted), Statistics.Percent(accepted, leads.Count)], leads));
            }
        }

        return new ReportTable(
            "grade-behaviour",
            ReportWords.GradeBehaviourTitle,
            [ReportWords.Cell, ReportWords.Leads, ReportWords.Accepted, ReportWords.AcceptedPercent],
            [FigureKind.Text, FigureKind.Number, FigureKind.Number, FigureKind.Number],
            rows,
            LinkedColumn: 1);
    }

    private static string BandOf(int points) => BehaviourBands.First(b => points >= b.From).Band;
}
