using System.Globalization;

namespace CrmLeadSla.Cli.Agreement.Reporting;

/// <summary>How the report computes and prints its figures: percentages, nearest-rank percentiles, hours.</summary>
internal static class Statistics
{
    /// <summary>The nearest-rank percentile of sorted values (p in 0–100); 0 for no values.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, int p)
    {
        if (sorted.Count == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    /// <summary>A share in percent with one decimal, or empty when there is nothing to share.</summary>
    public static string Percent(int part, int whole) =>
        whole == 0 ? string.Empty : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>A count as printed.</summary>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A duration in hours with one decimal.</summary>
    public static string Hours(double hours) => hours.ToString("0.0", CultureInfo.InvariantCulture);
}
