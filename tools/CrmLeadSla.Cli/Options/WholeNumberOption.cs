using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace CrmLeadSla.Cli.Options;

/// <summary>
/// Options that take a whole number within an <see cref="OptionLimit"/>: a value that is no number, or lies outside the
/// limit, is a usage error naming the option — found while the command line is parsed, before any work.
/// </summary>
public static class WholeNumberOption
{
    /// <summary>An option for <paramref name="limit"/>'s option name with a default.</summary>
    public static Option<int> Create(OptionLimit limit, string description, int defaultValue)
    {
        ArgumentNullException.ThrowIfNull(limit);
        return new Option<int>(limit.Option)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = argument => Parse(argument, limit) ?? defaultValue,
        };
    }

    /// <summary>An option for <paramref name="limit"/>'s option name that may be left out (null).</summary>
    public static Option<int?> Optional(OptionLimit limit, string description)
    {
        ArgumentNullException.ThrowIfNull(limit);
        return new Option<int?>(limit.Option)
        {
            Description = description,
            CustomParser = argument => Parse(argument, limit),
        };
    }

    private static int? Parse(ArgumentResult argument, OptionLimit limit)
    {
        if (argument.Tokens.Count == 0)
        {
            return null;
        }

        var text = argument.Tokens[0].Value;
        // Thousands separators as the user writes them (150.000 in German, 150,000 in English) or none at all.
        if (!int.TryParse(text, NumberStyles.Integer | NumberStyles.AllowThousands, CultureInfo.CurrentCulture, out var value)
            && !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value))
        {
            argument.AddError(UserLanguage.Pick(
                $"{limit.Option} '{text}' is not a whole number; give one between {limit.Min:N0} and {limit.Max:N0}.",
                $"{limit.Option} '{text}' ist keine ganze Zahl; geben Sie eine zwischen {limit.Min:N0} und {limit.Max:N0} an."));
            return null;
        }

        if (limit.ProblemWith(value) is string problem)
        {
            argument.AddError(problem);
            return null;
        }

        return value;
    }
}
