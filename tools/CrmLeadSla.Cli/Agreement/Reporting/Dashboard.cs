using System.Globalization;
using System.Net;
using System.Text;

namespace CrmLeadSla.Cli.Agreement.Reporting;

/// <summary>
/// The SLA dashboard: one self-contained HTML page (inline style and SVG, no script, nothing fetched) in the reader's
/// language — the key figures (with a baseline: the headline difference first, then both runs' figures once), each
/// team's scorecard, the funnel, every table of the report, and the leads behind each linked figure — laid out as a
/// grid of cards that uses the width of the screen.
/// </summary>
public static class Dashboard
{
    /// <summary>How many leads a drill-down list names; the rest are in the CSV files.</summary>
    public const int LeadsListed = 200;

    private static readonly string Style = """
        body{font-family:system-ui,"Segoe UI",sans-serif;margin:0;padding:1.5rem 2rem;color:#1a202c;background:#f7fafc;font-size:15px}
        h1{font-size:1.8rem;margin:.2rem 0 1rem}
        h2{font-size:1.35rem;margin:2rem 0 .8rem;border-bottom:2px solid #e2e8f0;padding-bottom:.3rem}
        .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,540px),1fr));gap:1.2rem;align-items:start}
        .card{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:1rem 1.2rem;margin:0;box-shadow:0 1px 2px rgba(0,0,0,.05);overflow-x:auto}
        .card.wide{grid-column:1/-1}
        .card h3{font-size:1.05rem;margin:0 0 .5rem}
        .legend{list-style:none;padding:0;margin:0 0 .4rem;display:flex;flex-wrap:wrap;gap:.3rem 1.1rem;font-size:.9rem}
        .legend li{display:flex;align-items:center;gap:.4rem}
        .swatch{display:inline-block;width:14px;height:14px;border-radius:3px;border:1px solid rgba(0,0,0,.15)}
        .swatch.gradient{width:110px;background:linear-gradient(to right,SHADE0,SHADE1)}
        svg{width:100%;height:auto;display:block}
        svg text{font-size:13px;fill:#1a202c}svg .tick{font-size:12px;fill:#4a5568}svg .small{font-size:11px}
        svg .axis-title{font-size:13px;font-weight:600;fill:#2d3748}svg .run{font-weight:600}
        svg .gridline{stroke:#edf2f7}svg .axis{stroke:#718096}
        .note{color:#744210;background:#fefcbf;padding:.4rem .6rem;border-radius:4px;font-size:.9rem;margin:.4rem 0 0}
        .headline{font-size:1.15rem;background:#ebf8ff;border-left:4px solid #2b6cb0;padding:.7rem 1rem;border-radius:4px;margin:0 0 1.2rem}
        .headline p{margin:.2rem 0}
        table{border-collapse:collapse;font-size:.9rem;width:100%}
        td,th{border-bottom:1px solid #e2e8f0;padding:.3rem .5rem;text-align:right;white-space:nowrap}
        .label{text-align:left}th{background:#edf2f7;white-space:normal;vertical-align:bottom}
        """.Replace("SHADE0", SvgCharts.Shade(0), StringComparison.Ordinal).Replace("SHADE1", SvgCharts.Shade(1), StringComparison.Ordinal);

    /// <summary>Renders the page of a report in the reader's language; with <paramref name="baseline"/> both runs side by side.</summary>
    /// <param name="report">The report.</param>
    /// <param name="tables">The export tables it was computed from, for the lists behind the figures.</param>
    /// <param name="baseline">The report of a second run to compare with (e.g. without the SLA), or null.</param>
    public static string Render(FunnelReport report, ReportTables tables, FunnelReport? baseline)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(tables);
        var title = baseline == null ? $"{ReportWords.Dashboard}: {report.Title}" : $"{ReportWords.Dashboard}: {ReportWords.ComparedWith(report.Title, baseline.Title)}";
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{(UserLanguage.IsGerman ? "de" : "en")}\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
        html.Append("<title>").Append(Encode(title)).Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>").Append(Encode(title)).Append("</h1>");
        if (baseline != null)
        {
            Difference(html, report, baseline);
        }

        var shown = report.Shown(baseline);
        var charts = new DashboardCharts(report, baseline);
        html.Append("<div class=\"grid\" data-section=\"overview\">");
        TableCard(html, shown[0]);
        ChartCard(html, charts.Funnel());
        html.Append("</div>");

        Section(html, ReportWords.MarketingScorecard, "marketing", () =>
        {
            ChartCard(html, charts.HandOverClocks());
            ChartCard(html, charts.Commitment());
        });
        Section(html, ReportWords.SalesScorecard, "sales", () =>
        {
            ChartCard(html, charts.SalesClocks());
            ChartCard(html, charts.Reps());
            TableCard(html, report.Table("reps"));
        });
        Section(html, ReportWords.FunnelSection, "funnel", () =>
        {
            ChartCard(html, charts.ClocksOverTime());
            ChartCard(html, charts.TimeInStage());
            ChartCard(html, charts.Rejections());
            ChartCard(html, charts.GradeBehaviour());
        });
        Section(html, ReportWords.TablesSection, "tables", () =>
        {
            foreach (var table in shown.Skip(1).Where(t => t.Name != "reps"))
            {
                TableCard(html, table);
            }
        });

        var lists = new LeadLists(tables, report.Zone);
        Section(html, ReportWords.LeadsBehindFigures, "leads", () =>
        {
            foreach (var table in report.Tables.Where(t => t.LinkedColumn >= 0))
            {
                for (var i = 0; i < table.Rows.Count; i++)
                {
                    if (table.Rows[i].LeadIds.Count > 0)
                    {
                        lists.Append(html, table, i);
                    }
                }
            }
        });

        return html.Append("</body></html>").ToString();
    }

    // The comparison's point first: how many handed-over leads nobody worked, and how many were won, in each run.
    private static void Difference(StringBuilder html, FunnelReport report, FunnelReport baseline)
    {
        string Figure(FunnelReport run, int row) => run.Headline.Shown(run.Headline.Rows[row], 1);
        html.Append("<section class=\"headline\" data-headline>");
        html.Append("<p>").Append(Encode(ReportWords.NeverWorkedDifference(report.Title, ReportWords.Percent(Figure(report, 3)), baseline.Title, ReportWords.Percent(Figure(baseline, 3))))).Append("</p>");
        html.Append("<p>").Append(Encode(ReportWords.WonDifference(report.Title, Figure(report, 6), baseline.Title, Figure(baseline, 6)))).Append("</p>");
        html.Append("</section>");
    }

    private static void Section(StringBuilder html, string heading, string name, Action cards)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section data-section=\"{name}\"><h2>{Encode(heading)}</h2><div class=\"grid\">");
        cards();
        html.Append("</div></section>");
    }

    private static void ChartCard(StringBuilder html, DashboardChart chart)
    {
        html.Append(CultureInfo.InvariantCulture, $"<figure class=\"card\" data-card=\"{chart.Name}\"><h3 class=\"chart-title\">{Encode(chart.Title)}</h3>");
        if (chart.Legend.Count > 0)
        {
            html.Append("<ul class=\"legend\">");
            foreach (var entry in chart.Legend)
            {
                var swatch = entry.Colour == LegendEntry.Gradient ? "<span class=\"swatch gradient\"></span>" : $"<span class=\"swatch\" style=\"background:{entry.Colour}\"></span>";
                html.Append("<li>").Append(swatch).Append(Encode(entry.Name)).Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append(chart.Svg);
        foreach (var note in chart.Notes)
        {
            html.Append("<p class=\"note\">").Append(Encode(note)).Append("</p>");
        }

        html.Append("</figure>");
    }

    private static void TableCard(StringBuilder html, ReportTable table)
    {
        var wide = table.Columns.Count > 4 ? " wide" : string.Empty;
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"card{wide}\"><h3>{Encode(table.Title)}</h3><table data-table=\"{table.Name}\"><thead><tr>");
        for (var c = 0; c < table.Columns.Count; c++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th{Aligned(table, c)}>").Append(Encode(table.Columns[c])).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            html.Append("<tr>");
            for (var c = 0; c < row.Cells.Count; c++)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td{Aligned(table, c)}>");
                var linked = c == table.LinkedColumn && row.LeadIds.Count > 0;
                if (linked)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<a href=\"#{LeadLists.Anchor(table, r)}\">");
                }

                html.Append(Encode(table.Shown(row, c)));
                html.Append(linked ? "</a></td>" : "</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></div>");
    }

    private static string Aligned(ReportTable table, int column) => ReportFormat.IsFigure(table.Kinds[column]) ? string.Empty : " class=\"label\"";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
