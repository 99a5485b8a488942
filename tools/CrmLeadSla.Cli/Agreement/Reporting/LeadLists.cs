using System.Globalization;
using System.Net;
using System.Text;

namespace CrmLeadSla.Cli.Agreement.Reporting;

/// <summary>
/// The leads behind the dashboard's linked figures: for each row a list headed by what it counts (the row's labels, the
/// column and its figure; the number of leads too when a lead stands behind several of the counted items), each lead
/// once with its company, owner, index, stage and the dates that matter.
/// </summary>
internal sealed class LeadLists
{
    private readonly IReadOnlyDictionary<string, LeadRow> leads;
    private readonly IReadOnlyDictionary<string, DateTime> stageSince;
    private readonly TimeZoneInfo zone;

    /// <summary>The lists of the leads of <paramref name="tables"/>, dates in <paramref name="zone"/> (the report's).</summary>
    public LeadLists(ReportTables tables, TimeZoneInfo zone)
    {
        this.zone = zone;
        leads = tables.Leads.ToDictionary(l => l.LeadId, StringComparer.Ordinal);
        stageSince = tables.Transitions.GroupBy(t => t.LeadId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(t => t.ChangedOn), StringComparer.Ordinal);
    }

    /// <summary>The anchor of a row's list.</summary>
    public static string Anchor(ReportTable table, int rowIndex) => $"leads-{table.Name}-{rowIndex}";

    /// <summary>The heading of a row's list, e.g. "SLA clocks per kind and team · accept · Sam Sales · breached: 5 · 4 leads".</summary>
    public static string Heading(ReportTable table, ReportRow row)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(row);
        var parts = new List<string> { table.Title };
        var label = table.LabelOf(row);
        if (label.Length > 0)
        {
            parts.Add(label);
        }

        var counted = row.Cells[table.LinkedColumn];
        parts.Add($"{table.Columns[table.LinkedColumn]}: {table.Shown(row, table.LinkedColumn)}");
        if (counted != row.LeadIds.Count.ToString(CultureInfo.InvariantCulture))
        {
            parts.Add(ReportWords.LeadCount(ReportFormat.Number(row.LeadIds.Count, 0)));
        }

        return string.Join(" · ", parts);
    }

    /// <summary>Appends the list of a row's leads (the first <see cref="Dashboard.LeadsListed"/> by name).</summary>
    public void Append(StringBuilder html, ReportTable table, int rowIndex)
    {
        var row = table.Rows[rowIndex];
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"card wide leads\" id=\"{Anchor(table, rowIndex)}\"><h3>{Encode(Heading(table, row))}</h3>");
        html.Append("<table><thead><tr>");
        foreach (var heading in new[] { ReportWords.Name, ReportWords.Company, ReportWords.Owner, ReportWords.Index, ReportWords.Stage, ReportWords.Created, ReportWords.InStageSince })
        {
            html.Append("<th class=\"label\">").Append(Encode(heading)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        var listed = row.LeadIds.Select(id => leads.TryGetValue(id, out var lead) ? lead : new LeadRow(id, id, default, string.Empty, string.Empty, 0, string.Empty, string.Empty))
            .OrderBy(lead => lead.Name, StringComparer.CurrentCulture).ThenBy(lead => lead.Company, StringComparer.CurrentCulture)
            .Take(Dashboard.LeadsListed);
        foreach (var lead in listed)
        {
            html.Append("<tr>");
            foreach (var cell in new[]
            {
                lead.Name, lead.Company, lead.Owner, lead.LeadIndex, ReportFormat.Stage(lead.Stage),
                lead.CreatedOn == default ? string.Empty : LocalDate(lead.CreatedOn),
                stageSince.TryGetValue(lead.LeadId, out var since) ? LocalDate(since) : string.Empty,
            })
            {
                html.Append("<td class=\"label\">").Append(Encode(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
        if (row.LeadIds.Count > Dashboard.LeadsListed)
        {
            html.Append("<p>").Append(Encode(ReportWords.More(ReportFormat.Number(row.LeadIds.Count - Dashboard.LeadsListed, 0)))).Append("</p>");
        }

        html.Append("</div>");
    }

    private string LocalDate(DateTime utc) => ReportFormat.Date(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone));

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
