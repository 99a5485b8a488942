using CrmLeadSla.Cli.Reporting;

namespace CrmLeadSla.Dashboard.Tests;

/// <summary>A small export with every kind of figure: leads in each stage, moves, rejections with reasons, clocks met and breached.</summary>
internal static class SampleExport
{
    private static readonly DateTime Monday = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    public static ReportTables Tables()
    {
        var leads = new List<LeadRow>();
        var moves = new List<TransitionRow>();
        var clocks = new List<ClockRow>();
        for (var i = 0; i < 40; i++)
        {
            var id = $"00000000-0000-0000-0000-{i:D12}";
            var created = Monday.AddHours(i * 7);
            var path = (i % 5) switch
            {
                0 => new[] { "Inquiry" },
                1 => ["Inquiry", "MQL"],
                2 => ["Inquiry", "MQL", "SAL", "SQL"],
                3 => ["Inquiry", "MQL", "Nurture"],
                _ => ["Inquiry", "MQL", "SAL", "SQL", "Won"],
            };
            var at = created;
            for (var s = 0; s < path.Length; s++)
            {
                var reason = path[s] == "Nurture" ? (i % 2 == 0 ? "No budget" : "Not ready to buy yet") : string.Empty;
                moves.Add(new TransitionRow(id, s == 0 ? string.Empty : path[s - 1], path[s], at, s < 2 ? "Mara Marketing" : "Sam Sales", reason));
                at = at.AddHours(5 + (i % 7) + (s * 11));
            }

            if (path.Length > 1)
            {
                var due = created.AddHours(8);
                var met = i % 3 != 0;
                clocks.Add(new ClockRow($"c{i}", id, "Accept", "Sam Sales", due, met ? "Met" : "Breached", met ? due.AddHours(-2) : due));
            }

            leads.Add(new LeadRow(id, $"Lead {i}", created, path[^1], "ABCD"[i % 4].ToString(), i * 3 % 90, $"{"ABCD"[i % 4]}{i * 3 % 90}", "Sam Sales"));
        }

        return new ReportTables(leads, moves, clocks, [new AgreementRow("Lead SLA", 10)]);
    }
}
