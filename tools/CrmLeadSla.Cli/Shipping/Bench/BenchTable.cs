namespace CrmLeadSla.Cli.Shipping.Bench;

/// <summary>Writes <see cref="BenchRow"/>s as a Markdown table, so the output pastes into docs/performance.md.</summary>
public static class BenchTable
{
    private static readonly string[] Headers = ["measure", "ours", "naive baseline", "ratio / throughput", "requests per event"];

    /// <summary>Writes the header and one line per row, columns padded to their widest cell.</summary>
    public static void Write(TextWriter output, IReadOnlyList<BenchRow> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        var cells = rows.Select(row => new[] { row.Measure, row.Ours, row.Naive ?? "", row.Ratio ?? "", row.Requests ?? "" }).ToList();
        var widths = Headers.Select((header, column) => cells.Select(line => line[column].Length).Append(header.Length).Max()).ToArray();
        output.WriteLine(Line(Headers, widths));
        output.WriteLine(Line(widths.Select(width => new string('-', width)).ToArray(), widths));
        foreach (var line in cells)
        {
            output.WriteLine(Line(line, widths));
        }
    }

    private static string Line(string[] cells, int[] widths) =>
        "| " + string.Join(" | ", cells.Select((cell, column) => cell.PadRight(widths[column]))) + " |";
}
