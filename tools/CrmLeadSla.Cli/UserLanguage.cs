using System.Globalization;
using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Cli;

/// <summary>
/// The language the CLI speaks: German when the user interface culture is German, English otherwise. Every text
/// that exists in both languages is picked here, so a language switch only has to set
/// <see cref="CultureInfo.CurrentUICulture"/> — which <c>--lang de|en</c> does (<see cref="Use"/>).
/// </summary>
public static class UserLanguage
{
    /// <summary>The languages <c>--lang</c> accepts.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["de", "en"];

    /// <summary>Whether texts are shown in German.</summary>
    public static bool IsGerman => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "de";

    /// <summary>The solution's wording in the user's language, for the texts the plug-ins and the CLI share.</summary>
    public static Language Wording => IsGerman ? Language.German : Language.English;

    /// <summary>The text in the user's language.</summary>
    public static string Pick(string english, string german) => IsGerman ? german : english;

    /// <summary>
    /// Speaks <paramref name="language"/> ("de" or "en"; null keeps the culture's) until disposed: texts in it, and
    /// numbers and dates in its culture unless the user's culture already is of that language (an Austrian keeps de-AT).
    /// A machine with no culture (the invariant culture: CI, containers) formats in the culture of the language spoken,
    /// with or without <paramref name="language"/>: de-DE for German, en-US (Dynamics' 1033) for English.
    /// </summary>
    public static IDisposable Use(string? language)
    {
        var restore = new Restore(CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        var chosen = language is not null && Languages.Contains(language) ? language : null;
        if (chosen is not null)
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(chosen);
        }

        var formatting = CultureInfo.CurrentCulture;
        var spoken = IsGerman ? "de" : "en";
        if ((chosen is not null || formatting.Equals(CultureInfo.InvariantCulture)) && formatting.TwoLetterISOLanguageName != spoken)
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(IsGerman ? "de-DE" : "en-US");
        }

        return restore;
    }

    /// <summary>The value of <c>--lang</c> in raw arguments (<c>--lang de</c>, <c>--lang=de</c>, <c>--lang:de</c>), read before the
    /// command line is built so every description is in that language; null when not given.</summary>
    public static string? Requested(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var index = 0; index < args.Count; index++)
        {
            var argument = args[index];
            if (argument == "--lang" && index + 1 < args.Count)
            {
                return args[index + 1].ToLowerInvariant();
            }

            if (argument.StartsWith("--lang=", StringComparison.Ordinal) || argument.StartsWith("--lang:", StringComparison.Ordinal))
            {
                return argument["--lang=".Length..].ToLowerInvariant();
            }
        }

        return null;
    }

    private sealed class Restore(CultureInfo userInterface, CultureInfo formatting) : IDisposable
    {
        public void Dispose()
        {
            CultureInfo.CurrentUICulture = userInterface;
            CultureInfo.CurrentCulture = formatting;
        }
    }
}
