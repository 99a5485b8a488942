namespace CrmLeadSla.Cli.Simulation;

/// <summary>An in-place console progress bar; silent when the output is redirected (a log gets no carriage returns).</summary>
/// <param name="output">Where the bar is drawn.</param>
/// <param name="label">What is in progress.</param>
/// <param name="enabled">False: draw nothing.</param>
public sealed class ProgressBar(TextWriter output, string label, bool enabled)
{
    private const int Width = 40;

    /// <summary>A bar on the console, enabled unless standard output is redirected.</summary>
    public static ProgressBar ForConsole(string label) => new(Console.Out, label, !Console.IsOutputRedirected);

    /// <summary>Draws the bar at a share done (0–1); at 1 it ends the line.</summary>
    public void Show(double done)
    {
        if (!enabled)
        {
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
