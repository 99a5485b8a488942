using System.CommandLine;
using System.Globalization;

namespace CrmLeadSla.Cli.Options;

/// <summary>
/// Options that take a moment in UTC (<c>2026-03-02T08:00:00Z</c>; a time without zone counts as UTC): a value that is
/// none is a usage error naming the option and the form, found while parsing.
/// </summary>
public static class MomentOption
{
    /// <summary>An option for a moment that may be left out (null).</summary>
    public static Option<DateTime?> Create(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = argument =>
        {
            if (argument.Tokens.Count == 0)
            {
                return null;
            }

            var text = argument.Tokens[0].Value;
            if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var moment))
            {
                return moment;
            }

            argument.AddError(UserLanguage.Pick(
                $"{name} '{text}' is not a time; write it as 2026-03-02T08:00:00Z (UTC).",
                $"{name} '{text}' ist keine Zeitangabe; schreiben Sie sie als 2026-03-02T08:00:00Z (UTC)."));
            return null;
        },
    };
}
