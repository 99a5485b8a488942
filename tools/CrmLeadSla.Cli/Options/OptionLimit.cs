namespace CrmLeadSla.Cli.Options;

/// <summary>
/// The range a whole-number option must lie in, and why the upper limit is where it is; every count of every command is
/// checked against one of these before any work starts, with the same sentence.
/// </summary>
/// <param name="Option">The option's name, e.g. <c>--leads</c>.</param>
/// <param name="Min">The smallest value allowed.</param>
/// <param name="Max">The largest value allowed.</param>
/// <param name="Why">Why the limit is there, in English and German; null when the range speaks for itself.</param>
public sealed record OptionLimit(string Option, int Min, int Max, (string English, string German)? Why = null)
{
    /// <summary>What is wrong with <paramref name="value"/>, naming the option and its limits; null when it lies within them.</summary>
    public string? ProblemWith(int value)
    {
        if (value >= Min && value <= Max)
        {
            return null;
        }

        var reason = Why is var (english, german) ? " (" + UserLanguage.Pick(english, german) + ")" : string.Empty;
        return UserLanguage.Pick(
            $"{Option} is {value:N0}; it must be between {Min:N0} and {Max:N0}{reason}.",
            $"{Option} ist {value:N0}; der Wert muss zwischen {Min:N0} und {Max:N0} liegen{reason}.");
    }
}
