using System.Globalization;

namespace CrmLeadSla.Cli.Learning.Calibration;

/// <summary>
/// What the MQL threshold is chosen for: the sales team's capacity (at most N MQLs a month, catching as many
/// future SQLs as fit), a target precision (at least P of MQLs reach SQL, catching as many as possible), or,
/// without a goal, the balance of the two (F1).
/// </summary>
public sealed record CalibrationGoal
{
    private CalibrationGoal(double? capacityPerMonth, double? precision)
    {
        CapacityPerMonth = capacityPerMonth;
        Precision = precision;
    }

    /// <summary>No stated goal: precision and recall balanced.</summary>
    public static CalibrationGoal Balanced { get; } = new(null, null);

    /// <summary>At most this many MQLs a month.</summary>
    public double? CapacityPerMonth { get; }

    /// <summary>At least this share of MQLs (0–1) reach SQL.</summary>
    public double? Precision { get; }

    /// <summary>Reads <c>capacity:N/month</c> (or <c>capacity:N</c>) and <c>precision:P</c> (0.4 or 40%); throws <see cref="FormatException"/>.</summary>
    public static CalibrationGoal Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Split(':', 2);
        var kind = parts[0].Trim().ToUpperInvariant();
        var value = parts.Length == 2 ? parts[1].Trim() : string.Empty;
        if (kind == "CAPACITY")
        {
            var number = value.EndsWith("/month", StringComparison.OrdinalIgnoreCase) ? value[..^"/month".Length] : value;
            if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var capacity) && capacity > 0)
            {
                return new CalibrationGoal(capacity, null);
            }
        }
        else if (kind == "PRECISION")
        {
            var percent = value.EndsWith('%');
            if (double.TryParse(percent ? value[..^1] : value, NumberStyles.Float, CultureInfo.InvariantCulture, out var share))
            {
                share = percent ? share / 100 : share;
                if (share is > 0 and <= 1)
                {
                    return new CalibrationGoal(null, share);
                }
            }
        }

        throw new FormatException($"The goal '{text}' is not understood. Write capacity:N/month (e.g. capacity:120/month) or precision:P (e.g. precision:0.4 or precision:40%).");
    }

    /// <inheritdoc />
    public override string ToString() =>
        CapacityPerMonth is double capacity
            ? UserLanguage.Pick($"at most {capacity.ToString("0.#", CultureInfo.CurrentCulture)} MQLs a month", $"höchstens {capacity.ToString("0.#", CultureInfo.CurrentCulture)} MQLs im Monat")
        : Precision is double precision
            ? UserLanguage.Pick($"at least {precision.ToString("0.# %", CultureInfo.CurrentCulture)} of MQLs reach SQL", $"mindestens {precision.ToString("0.# %", CultureInfo.CurrentCulture)} der MQLs erreichen SQL")
        : UserLanguage.Pick("precision and recall balanced (F1)", "Präzision und Trefferquote ausgewogen (F1)");
}
