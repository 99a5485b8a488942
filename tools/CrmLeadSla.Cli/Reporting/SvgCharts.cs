using System.Globalization;
using System.Net;
using System.Text;

namespace CrmLeadSla.Cli.Reporting;

/// <summary>The dashboard's charts as inline SVG, drawn from the report's tables (no script, no external request).</summary>
internal static class SvgCharts
{
    private const int Width = 640;

    /// <summary>The way forward as centred bars, widest at Inquiry: leads that ever reached each stage.</summary>
    public static string Funnel(ReportTable funnel)
    {
        var bars = funnel.Rows.Where(r => Stages.Forward.Contains(r.Cells[0], StringComparer.Ordinal)).Select(r => (Label: r.Cells[0], Value: Number(r.Cells[2]))).ToList();
        var max = Math.Max(1, bars.Max(b => b.Value));
        var svg = Open("funnel", "Funnel: leads that reached each stage", bars.Count * 36 + 10);
        for (var i = 0; i < bars.Count; i++)
        {
            var width = Math.Max(2.0, 440.0 * bars[i].Value / max);
            var y = 5 + (i * 36);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{120 + ((440 - width) / 2):0.#}\" y=\"{y}\" width=\"{width:0.#}\" height=\"28\" fill=\"#2b6cb0\"><title>{bars[i].Label}: {bars[i].Value}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"110\" y=\"{y + 19}\" text-anchor=\"end\">{bars[i].Label}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"570\" y=\"{y + 19}\">{bars[i].Value}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Clocks met (green) and breached (red) per week as stacked columns.</summary>
    public static string ClocksOverTime(ReportTable byWeek)
    {
        const int height = 220;
        var svg = Open("clocks-over-time", "SLA clocks met and breached per week", height + 40);
        if (byWeek.Rows.Count == 0)
        {
            return svg.Append("<text x=\"20\" y=\"40\">No clock was met or breached in this period.</text></svg>").ToString();
        }

        var weeks = byWeek.Rows.Select(r => (Week: r.Cells[0], Met: Number(r.Cells[1]), Breached: Number(r.Cells[2]))).ToList();
        var max = Math.Max(1, weeks.Max(w => w.Met + w.Breached));
        var step = (Width - 60.0) / weeks.Count;
        for (var i = 0; i < weeks.Count; i++)
        {
            var x = 50 + (i * step);
            var metHeight = (double)height * weeks[i].Met / max;
            var breachedHeight = (double)height * weeks[i].Breached / max;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{height - metHeight + 10:0.#}\" width=\"{step * 0.8:0.#}\" height=\"{metHeight:0.#}\" fill=\"#38a169\"><title>week of {weeks[i].Week}: {weeks[i].Met} met</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{height - metHeight - breachedHeight + 10:0.#}\" width=\"{step * 0.8:0.#}\" height=\"{breachedHeight:0.#}\" fill=\"#e53e3e\"><title>week of {weeks[i].Week}: {weeks[i].Breached} breached</title></rect>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"45\" y=\"20\" text-anchor=\"end\">{max}</text><text x=\"45\" y=\"{height + 10}\" text-anchor=\"end\">0</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"50\" y=\"{height + 30}\">{weeks[0].Week}</text><text x=\"{Width - 10}\" y=\"{height + 30}\" text-anchor=\"end\">{weeks[^1].Week}</text>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>Rejections per agreed reason as horizontal bars.</summary>
    public static string Rejections(ReportTable rejections)
    {
        var svg = Open("rejections", "Rejections by agreed reason", Math.Max(1, rejections.Rows.Count) * 30 + 10);
        if (rejections.Rows.Count == 0)
        {
            return svg.Append("<text x=\"20\" y=\"25\">Sales rejected no lead.</text></svg>").ToString();
        }

        var max = Math.Max(1, rejections.Rows.Max(r => Number(r.Cells[1])));
        for (var i = 0; i < rejections.Rows.Count; i++)
        {
            var value = Number(rejections.Rows[i].Cells[1]);
            var label = WebUtility.HtmlEncode(rejections.Rows[i].Cells[0]);
            var y = 5 + (i * 30);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"230\" y=\"{y + 17}\" text-anchor=\"end\">{label}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"240\" y=\"{y}\" width=\"{Math.Max(2.0, 330.0 * value / max):0.#}\" height=\"22\" fill=\"#dd6b20\"><title>{label}: {value}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{245 + (330.0 * value / max):0.#}\" y=\"{y + 17}\">{value}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Grade (rows A–D) × behaviour band (columns 1–4): the count of leads, shaded by the share sales accepted.</summary>
    public static string GradeBehaviour(ReportTable cells)
    {
        var svg = Open("grade-behaviour", "Grade × behaviour: leads, shaded by the share accepted", 5 * 50 + 10);
        foreach (var (band, _) in FunnelFigures.BehaviourBands)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{60 + ((Number(band) - 1) * 110) + 55}\" y=\"20\" text-anchor=\"middle\">{band}</text>");
        }

        foreach (var row in cells.Rows)
        {
            var grade = row.Cells[0][..1];
            var band = Number(row.Cells[0][1..]);
            var gradeRow = "ABCD".IndexOf(grade, StringComparison.Ordinal);
            var share = row.Cells[3].Length == 0 ? 0 : double.Parse(row.Cells[3], CultureInfo.InvariantCulture) / 100;
            var x = 60 + ((band - 1) * 110);
            var y = 30 + (gradeRow * 50);
            if (band == 1)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"40\" y=\"{y + 30}\" text-anchor=\"end\">{grade}</text>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"106\" height=\"46\" fill=\"rgb({255 - (int)(200 * share)},{255 - (int)(120 * share)},255)\" stroke=\"#cbd5e0\"><title>{row.Cells[0]}: {row.Cells[1]} leads, {row.Cells[2]} accepted</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 53}\" y=\"{y + 29}\" text-anchor=\"middle\">{row.Cells[0]}: {row.Cells[1]}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string name, string title, int height) =>
        new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"<svg data-chart=\"{name}\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\"><title>{title}</title>");

    private static int Number(string cell) => int.Parse(cell, CultureInfo.InvariantCulture);
}
