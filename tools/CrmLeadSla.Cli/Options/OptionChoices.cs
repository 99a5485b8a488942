using System.CommandLine;

namespace CrmLeadSla.Cli.Options;

/// <summary>Options that take one of a few words; another word is a usage error that names the option and the words.</summary>
public static class OptionChoices
{
    /// <summary>Accepts only <paramref name="choices"/> (and offers them for completion).</summary>
    public static TOption AcceptOnly<TOption>(this TOption option, params string[] choices)
        where TOption : Option
    {
        ArgumentNullException.ThrowIfNull(option);
        option.CompletionSources.Add(choices);
        option.Validators.Add(result =>
        {
            var given = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
            if (given is not null && !choices.Contains(given, StringComparer.Ordinal))
            {
                result.AddError(UserLanguage.Pick(
                    $"{option.Name} '{given}' is not one of {string.Join(", ", choices)}.",
                    $"{option.Name} '{given}' ist nicht eins von {string.Join(", ", choices)}."));
            }
        });
        return option;
    }
}
