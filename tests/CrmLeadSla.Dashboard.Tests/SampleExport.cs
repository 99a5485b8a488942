using CrmLeadSla.Cli.Agreement.Reporting;

namespace CrmLeadSla.Dashboard.Tests;

/// <summary>
/// Small exports with every kind of figure: leads in each stage of two reps, moves, rejections with reasons (one lead
/// rejected twice), marketing's hand-over clocks and sales' accept, first-contact and qualify clocks met and breached,
/// and a promise of 10 leads a month — with the SLA; and the same market without it (no clocks, more leads left alone).
/// </summary>
internal static class SampleExport
{
    private static readonly DateTime Monday = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly string[] Reps = ["Sam Sales", "Kim Keller"];

    public static ReportTables WithSla() => Market(withSla: true);

    public static ReportTables WithoutSla() => Market(withSla: false);

    private static ReportTables Market(bool withSla)
    {
        var leads = new List<LeadRow>();
        var moves = new List<TransitionRow>();
        var clocks = new List<ClockRow>();
        for (var i = 0; i < 60; i++)
        {
            var id = $"00000000-0000-0000-0000-{i:D12}";
            var created = Monday.AddHours(i * 19);
            var rep = Reps[i % 2];
            var path = (i % 6) switch
            {
                0 => new[] { "Inquiry" },
                1 => withSla ? ["Inquiry", "MQL", "SAL"] : ["Inquiry", "MQL"],
                2 => ["Inquiry", "MQL", "SAL", "SQL"],
                3 => ["Inquiry", "MQL", "Nurture", "MQL", "Nurture"],
                4 => ["Inquiry", "MQL", "Disqualified"],
                _ => ["Inquiry", "MQL", "SAL", "SQL", "Won"],
            };
            var at = created;
            for (var s = 0; s < path.Length; s++)
            {
                var reason = path[s] switch
                {
                    "Nurture" => "Not ready to buy yet",
                    "Disqualified" => "No budget",
                    _ => string.Empty,
                };
                moves.Add(new TransitionRow(id, s == 0 ? string.Empty : path[s - 1], path[s], at, s < 2 ? "Mara Marketing" : rep, reason));
                at = at.AddHours(5 + (i % 7) + (s * 31));
            }

            if (withSla && path.Length > 1)
            {
                var met = i % 4 != 0;
                clocks.Add(Clock(clocks, id, "Handover", "Marketing", created.AddHours(4), i % 5 != 0));
                clocks.Add(Clock(clocks, id, "Accept", rep, created.AddHours(8), met));
                clocks.Add(Clock(clocks, id, "FirstContact", rep, created.AddHours(24), i % 3 != 0));
                if (path.Contains("SQL"))
                {
                    clocks.Add(Clock(clocks, id, "Qualify", rep, created.AddDays(10), met));
                }
            }

            leads.Add(new LeadRow(id, $"Lead {i % 50}", created, path[^1], "ABCD"[i % 4].ToString(), i * 3 % 90, $"{"ABCD"[i % 4]}{i * 3 % 90}", rep, $"Firma {i % 7} GmbH"));
        }

        return new ReportTables(leads, moves, clocks, [new AgreementRow("Lead SLA", 10, "W. Europe Standard Time")]);
    }

    private static ClockRow Clock(List<ClockRow> clocks, string leadId, string kind, string team, DateTime due, bool met) =>
        new($"c{clocks.Count}", leadId, kind, team, due, met ? "Met" : "Breached", met ? due.AddHours(-2) : due);
}
