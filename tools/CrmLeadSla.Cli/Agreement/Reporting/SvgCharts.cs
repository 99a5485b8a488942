using System.Globalization;
using System.Net;
using System.Text;

namespace CrmLeadSla.Cli.Agreement.Reporting;

/// <summary>One series of a bar chart: a value per category; series of the same <paramref name="Stack"/> stack, different stacks stand side by side.</summary>
/// <param name="Name">The legend's name of the series.</param>
/// <param name="Colour">Its fill colour.</param>
/// <param name="Values">One value per category.</param>
/// <param name="Stack">The stack it belongs to: one per run when two runs are compared.</param>
internal sealed record ChartSeries(string Name, string Colour, IReadOnlyList<double> Values, int Stack = 0);

/// <summary>
/// The dashboard's drawing: bar charts (horizontal or vertical, stacked and paired) and the grade × behaviour grid as
/// inline SVG with labelled axes, scaled to the card's width — no script, nothing fetched. What to draw is
/// <see cref="DashboardCharts"/>'s choice; this file only draws.
/// </summary>
internal static class SvgCharts
{
    private const int Width = 600;
    private const int LabelWidth = 200;
    private const int BarHeight = 18;

    /// <summary>Bars from the left, one row per category, each stack a bar; the value axis below with its title.</summary>
    public static string HorizontalBars(string name, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, string categoryAxis, string valueAxis, Func<double, string> valueLabel)
    {
        var stacks = series.Select(s => s.Stack).Distinct().Order().ToList();
        var rowHeight = (stacks.Count * BarHeight) + 12;
        var plotTop = 24;
        var plotHeight = Math.Max(1, categories.Count) * rowHeight;
        var height = plotTop + plotHeight + 50;
        var plotLeft = LabelWidth + 10;
        var plotWidth = Width - plotLeft - 60;
        var max = NiceMaximum(StackTotals(categories.Count, series).DefaultIfEmpty(0).Max());
        var svg = Open(name, height);
        foreach (var tick in Ticks(max))
        {
            var x = plotLeft + (plotWidth * tick / max);
            svg.Append(Invariant($"<line x1=\"{x:0.#}\" y1=\"{plotTop}\" x2=\"{x:0.#}\" y2=\"{plotTop + plotHeight}\" class=\"gridline\"/>"));
            svg.Append(Invariant($"<text class=\"tick\" x=\"{x:0.#}\" y=\"{plotTop + plotHeight + 16}\" text-anchor=\"middle\">{Encode(ReportFormat.Number((decimal)tick, 0))}</text>"));
        }

        for (var c = 0; c < categories.Count; c++)
        {
            var rowTop = plotTop + (c * rowHeight) + 6;
            svg.Append(Invariant($"<text class=\"category\" x=\"{LabelWidth}\" y=\"{rowTop + (stacks.Count * BarHeight / 2.0) + 4:0.#}\" text-anchor=\"end\">{Encode(Shortened(categories[c], 26))}<title>{Encode(categories[c])}</title></text>"));
            for (var s = 0; s < stacks.Count; s++)
            {
                var y = rowTop + (s * BarHeight);
                var left = 0.0;
                foreach (var part in series.Where(p => p.Stack == stacks[s]))
                {
                    var width = plotWidth * part.Values[c] / max;
                    if (part.Values[c] > 0)
                    {
                        svg.Append(Invariant($"<rect x=\"{plotLeft + left:0.#}\" y=\"{y}\" width=\"{Math.Max(1, width):0.#}\" height=\"{BarHeight - 2}\" fill=\"{part.Colour}\"><title>{Encode($"{categories[c]} · {part.Name}: {valueLabel(part.Values[c])}")}</title></rect>"));
                    }

                    left += width;
                }

                var total = series.Where(p => p.Stack == stacks[s]).Sum(p => p.Values[c]);
                svg.Append(Invariant($"<text class=\"value\" x=\"{plotLeft + left + 4:0.#}\" y=\"{y + BarHeight - 5}\">{Encode(valueLabel(total))}</text>"));
            }
        }

        svg.Append(Invariant($"<line x1=\"{plotLeft}\" y1=\"{plotTop}\" x2=\"{plotLeft}\" y2=\"{plotTop + plotHeight}\" class=\"axis\"/>"));
        svg.Append(Invariant($"<line x1=\"{plotLeft}\" y1=\"{plotTop + plotHeight}\" x2=\"{plotLeft + plotWidth}\" y2=\"{plotTop + plotHeight}\" class=\"axis\"/>"));
        // The categories' title heads their labels: a rotated one would not fit beside a chart of two rows.
        svg.Append(Invariant($"<text class=\"axis-title\" data-axis=\"x\" x=\"{plotLeft + (plotWidth / 2.0):0.#}\" y=\"{height - 8}\" text-anchor=\"middle\">{Encode(valueAxis)}</text>"));
        svg.Append(Invariant($"<text class=\"axis-title\" data-axis=\"y\" x=\"{LabelWidth}\" y=\"{plotTop - 8}\" text-anchor=\"end\">{Encode(categoryAxis)}</text>"));
        return svg.Append("</svg>").ToString();
    }

    /// <summary>Columns from the bottom, one group per category (a week, a month), each stack a column; every category labelled where it fits.</summary>
    public static string Columns(string name, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, string categoryAxis, string valueAxis)
    {
        const int plotTop = 12;
        const int plotHeight = 200;
        const int plotLeft = 64;
        var plotWidth = Width - plotLeft - 12;
        var height = plotTop + plotHeight + 62;
        var stacks = series.Select(s => s.Stack).Distinct().Order().ToList();
        var max = NiceMaximum(StackTotals(categories.Count, series).DefaultIfEmpty(0).Max());
        var step = plotWidth / (double)Math.Max(1, categories.Count);
        var columnWidth = step * 0.8 / stacks.Count;
        var svg = Open(name, height);
        foreach (var tick in Ticks(max))
        {
            var y = plotTop + plotHeight - (plotHeight * tick / max);
            svg.Append(Invariant($"<line x1=\"{plotLeft}\" y1=\"{y:0.#}\" x2=\"{plotLeft + plotWidth}\" y2=\"{y:0.#}\" class=\"gridline\"/>"));
            svg.Append(Invariant($"<text class=\"tick\" x=\"{plotLeft - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{Encode(ReportFormat.Number((decimal)tick, 0))}</text>"));
        }

        // A label needs about 48 units; label every n-th category so none overlap.
        var labelEvery = Math.Max(1, (int)Math.Ceiling(48 / step));
        for (var c = 0; c < categories.Count; c++)
        {
            var groupLeft = plotLeft + (c * step) + (step * 0.1);
            for (var s = 0; s < stacks.Count; s++)
            {
                var x = groupLeft + (s * columnWidth);
                var bottom = (double)plotTop + plotHeight;
                foreach (var part in series.Where(p => p.Stack == stacks[s]))
                {
                    var columnHeight = plotHeight * part.Values[c] / max;
                    if (part.Values[c] > 0)
                    {
                        svg.Append(Invariant($"<rect x=\"{x:0.#}\" y=\"{bottom - columnHeight:0.#}\" width=\"{Math.Max(1, columnWidth - 1):0.#}\" height=\"{columnHeight:0.#}\" fill=\"{part.Colour}\"><title>{Encode($"{categories[c]} · {part.Name}: {ReportFormat.Number((decimal)part.Values[c], 0)}")}</title></rect>"));
                    }

                    bottom -= columnHeight;
                }
            }

            if (c % labelEvery == 0)
            {
                svg.Append(Invariant($"<text class=\"tick\" x=\"{plotLeft + (c * step) + (step / 2):0.#}\" y=\"{plotTop + plotHeight + 16}\" text-anchor=\"middle\">{Encode(categories[c])}</text>"));
            }
        }

        svg.Append(Invariant($"<line x1=\"{plotLeft}\" y1=\"{plotTop}\" x2=\"{plotLeft}\" y2=\"{plotTop + plotHeight}\" class=\"axis\"/>"));
        svg.Append(Invariant($"<line x1=\"{plotLeft}\" y1=\"{plotTop + plotHeight}\" x2=\"{plotLeft + plotWidth}\" y2=\"{plotTop + plotHeight}\" class=\"axis\"/>"));
        AxisTitles(svg, categoryAxis, plotLeft + (plotWidth / 2.0), height - 20, valueAxis, 16, plotTop + (plotHeight / 2.0));
        return svg.Append("</svg>").ToString();
    }

    /// <summary>The grade × behaviour grid of each run side by side: cells shaded by the share accepted (0–100 %), each with its count and share.</summary>
    /// <param name="name">The chart's id.</param>
    /// <param name="grids">Per run: its title (empty for a single run) and its cells A1…D4 as (leads, share accepted 0–1 or null).</param>
    /// <param name="gradeAxis">The rows' axis title.</param>
    /// <param name="bandAxis">The columns' axis title.</param>
    public static string Grid(string name, IReadOnlyList<(string Run, IReadOnlyDictionary<string, (int Leads, double? Share)> Cells)> grids, string gradeAxis, string bandAxis)
    {
        const int top = 34;
        const int cellHeight = 40;
        var gridLeft = 40;
        var gridWidth = (Width - gridLeft - (20 * (grids.Count - 1))) / grids.Count;
        var cellWidth = gridWidth / 4.0;
        var height = top + (4 * cellHeight) + 44;
        var svg = Open(name, height);
        for (var g = 0; g < grids.Count; g++)
        {
            var left = gridLeft + (g * (gridWidth + 20));
            if (grids[g].Run.Length > 0)
            {
                svg.Append(Invariant($"<text class=\"run\" x=\"{left + (gridWidth / 2.0):0.#}\" y=\"12\" text-anchor=\"middle\">{Encode(grids[g].Run)}</text>"));
            }

            for (var band = 1; band <= 4; band++)
            {
                svg.Append(Invariant($"<text class=\"tick\" x=\"{left + ((band - 0.5) * cellWidth):0.#}\" y=\"{top - 6}\" text-anchor=\"middle\">{band}</text>"));
            }

            for (var row = 0; row < 4; row++)
            {
                var grade = "ABCD"[row].ToString();
                var y = top + (row * cellHeight);
                svg.Append(Invariant($"<text class=\"tick\" x=\"{left - 8}\" y=\"{y + (cellHeight / 2) + 4}\" text-anchor=\"end\">{grade}</text>"));
                for (var band = 1; band <= 4; band++)
                {
                    var (leads, share) = grids[g].Cells.TryGetValue(grade + band, out var cell) ? cell : (0, null);
                    var x = left + ((band - 1) * cellWidth);
                    var shown = share is double s ? ReportFormat.Percent((decimal)(s * 100)) : "–";
                    svg.Append(Invariant($"<rect x=\"{x:0.#}\" y=\"{y}\" width=\"{cellWidth - 2:0.#}\" height=\"{cellHeight - 2}\" fill=\"{Shade(share ?? 0)}\" stroke=\"#cbd5e0\"><title>{Encode($"{grade}{band}: {ReportWords.LeadCount(ReportFormat.Number(leads, 0))}, {shown}")}</title></rect>"));
                    var ink = (share ?? 0) > 0.6 ? "#fff" : "#1a202c";
                    svg.Append(Invariant($"<text x=\"{x + (cellWidth / 2) - 1:0.#}\" y=\"{y + 17}\" text-anchor=\"middle\" fill=\"{ink}\">{Encode(ReportFormat.Number(leads, 0))}</text>"));
                    svg.Append(Invariant($"<text class=\"small\" x=\"{x + (cellWidth / 2) - 1:0.#}\" y=\"{y + 32}\" text-anchor=\"middle\" fill=\"{ink}\">{Encode(shown)}</text>"));
                }
            }
        }

        AxisTitles(svg, bandAxis, Width / 2.0, height - 10, gradeAxis, 12, top + (2 * cellHeight));
        return svg.Append("</svg>").ToString();
    }

    /// <summary>The fill of a grid cell for a share accepted (0–1): white to deep blue.</summary>
    public static string Shade(double share)
    {
        var clamped = Math.Clamp(share, 0, 1);
        return Invariant($"rgb({255 - (int)(212 * clamped)},{255 - (int)(147 * clamped)},{255 - (int)(79 * clamped)})");
    }

    private static IEnumerable<double> StackTotals(int categories, IReadOnlyList<ChartSeries> series) =>
        Enumerable.Range(0, categories).SelectMany(c => series.GroupBy(s => s.Stack).Select(stack => stack.Sum(s => s.Values[c])));

    // A round maximum for the axis (1, 2, 2.5, 5 × 10^n) at or above the largest value, so ticks fall on round numbers.
    private static double NiceMaximum(double largest)
    {
        if (largest <= 0)
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(largest)));
        return new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(candidate => candidate >= largest);
    }

    private static IEnumerable<double> Ticks(double max) => Enumerable.Range(0, 6).Select(i => max * i / 5).Where(t => t == Math.Floor(t));

    private static void AxisTitles(StringBuilder svg, string horizontal, double horizontalX, double horizontalY, string vertical, double verticalX, double verticalY)
    {
        svg.Append(Invariant($"<text class=\"axis-title\" data-axis=\"x\" x=\"{horizontalX:0.#}\" y=\"{horizontalY:0.#}\" text-anchor=\"middle\">{Encode(horizontal)}</text>"));
        svg.Append(Invariant($"<text class=\"axis-title\" data-axis=\"y\" x=\"{verticalX:0.#}\" y=\"{verticalY:0.#}\" text-anchor=\"middle\" transform=\"rotate(-90 {verticalX:0.#} {verticalY:0.#})\">{Encode(vertical)}</text>"));
    }

    private static StringBuilder Open(string name, int height) =>
        new StringBuilder().Append(Invariant($"<svg data-chart=\"{name}\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\">"));

    private static string Shortened(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
