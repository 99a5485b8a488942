using System.Diagnostics;
using System.Globalization;

namespace CrmLeadSla.Cli.Agreement.Simulation;

/// <summary>
/// An in-place console progress bar. When the output is redirected (a log gets no carriage returns) it writes a
/// line per step to standard error instead, with the elapsed time, so that a long run shows how far it got.
/// </summary>
/// <param name="output">Where the bar is drawn.</param>
/// <param name="label">What is in progress.</param>
/// <param name="enabled">False: draw nothing.</param>
/// <param name="log">Where a line per step goes when the bar is not drawn, or null for nothing.</param>
public sealed class ProgressBar(TextWriter output, string label, bool enabled, TextWriter? log = null)
{
    private const int Width = 40;
    private readonly Stopwatch elapsed = Stopwatch.StartNew();

    /// <summary>A bar on the console unless standard output is redirected; then a line per step on standard error.</summary>
    public static ProgressBar ForConsole(string label) =>
        new(Console.Out, label, !Console.IsOutputRedirected, Console.IsOutputRedirected ? Console.Error : null);

    /// <summary>Draws the bar at a share done (0–1); at 1 it ends the line.</summary>
    public void Show(double done)
    {
        if (!enabled)
        {
            log?.WriteLine(string.Create(CultureInfo.CurrentCulture, $"{label.Trim()} {done * 100:0}% after {elapsed.Elapsed:hh\\:mm\\:ss}"));
            return;
        }

        var filled = (int)Math.Round(Math.Clamp(done, 0, 1) * Width);
        output.Write($"\r{label} [{new string('#', filled)}{new string('.', Width - filled)}] {done * 100,3:0}%");
        if (done >= 1)
        {
            output.WriteLine();
        }
    }
}
