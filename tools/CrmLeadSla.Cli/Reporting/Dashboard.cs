using System.Globalization;
using System.Net;
using System.Text;

namespace CrmLeadSla.Cli.Reporting;

/// <summary>
/// The SLA dashboard: one self-contained HTML page (inline style and SVG, no script, nothing fetched) with the
/// charts, every table of the report, and the leads behind each linked figure.
/// </summary>
public static class Dashboard
{
    /// <summary>How many leads a drill-down list names; the rest are in the CSV files.</summary>
    public const int LeadsListed = 200;

    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:2rem;color:#1a202c;max-width:1100px}
        h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}
        table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #cbd5e0;padding:.25rem .6rem;text-align:right}
        td:first-child,th:first-child{text-align:left}th{background:#edf2f7}
        .charts{display:flex;flex-wrap:wrap;gap:1.5rem}.charts figure{margin:0}svg text{font-size:13px}
        .leads ol{columns:3;font-size:.85rem}
        """;

    /// <summary>Renders the page of a report; <paramref name="comparison"/> adds the side-by-side table.</summary>
    /// <param name="report">The report.</param>
    /// <param name="leadNames">Lead names by id, for the drill-down lists.</param>
    /// <param name="comparison">The side-by-side key figures, or null.</param>
    public static string Render(FunnelReport report, IReadOnlyDictionary<string, string> leadNames, ReportTable? comparison)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append("<title>Lead SLA dashboard</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>Lead SLA dashboard: ").Append(Encode(report.Title)).Append("</h1>");

        html.Append("<section class=\"charts\">");
        Chart(html, "Funnel", SvgCharts.Funnel(report.Table("funnel")));
        Chart(html, "Clocks over time", SvgCharts.ClocksOverTime(report.Table("clocks-by-week")));
        Chart(html, "Rejection reasons", SvgCharts.Rejections(report.Table("rejections")));
        Chart(html, "Grade × behaviour", SvgCharts.GradeBehaviour(report.Table("grade-behaviour")));
        html.Append("</section>");

        if (comparison != null)
        {
            Table(html, comparison);
        }

        foreach (var table in report.Tables)
        {
            Table(html, table);
        }

        html.Append("<section class=\"leads\"><h2>The leads behind the figures</h2>");
        foreach (var table in report.Tables.Where(t => t.LinkedColumn >= 0))
        {
            for (var i = 0; i < table.Rows.Count; i++)
            {
                LeadList(html, table, i, leadNames);
            }
        }

        return html.Append("</section></body></html>").ToString();
    }

    private static void Chart(StringBuilder html, string caption, string svg) =>
        html.Append("<figure>").Append(svg).Append("<figcaption>").Append(Encode(caption)).Append("</figcaption></figure>");

    private static void Table(StringBuilder html, ReportTable table)
    {
        html.Append("<h2>").Append(Encode(table.Title)).Append("</h2>");
        html.Append(CultureInfo.InvariantCulture, $"<table data-table=\"{table.Name}\"><thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append("<th>").Append(Encode(column)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            html.Append("<tr>");
            var row = table.Rows[r];
            for (var c = 0; c < row.Cells.Count; c++)
            {
                html.Append("<td>");
                var linked = c == table.LinkedColumn && row.LeadIds.Count > 0;
                if (linked)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<a href=\"#{Anchor(table, r)}\">");
                }

                html.Append(Encode(row.Cells[c]));
                html.Append(linked ? "</a></td>" : "</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
    }

    private static void LeadList(StringBuilder html, ReportTable table, int rowIndex, IReadOnlyDictionary<string, string> leadNames)
    {
        var row = table.Rows[rowIndex];
        if (row.LeadIds.Count == 0)
        {
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<div id=\"{Anchor(table, rowIndex)}\"><h3>{Encode(table.Title)} · {Encode(row.Cells[0])} · {Encode(table.Columns[table.LinkedColumn])}: {row.LeadIds.Count}</h3><ol>");
        foreach (var id in row.LeadIds.Take(LeadsListed))
        {
            html.Append("<li>").Append(Encode(leadNames.TryGetValue(id, out var name) ? name : id)).Append("</li>");
        }

        html.Append("</ol>");
        if (row.LeadIds.Count > LeadsListed)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>… and {row.LeadIds.Count - LeadsListed} more: see leads.csv.</p>");
        }

        html.Append("</div>");
    }

    private static string Anchor(ReportTable table, int rowIndex) => $"leads-{table.Name}-{rowIndex}";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
