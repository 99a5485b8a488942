using System.Globalization;

namespace CrmLeadSla.Cli;

/// <summary>
/// The language the CLI speaks: German when the user interface culture is German, English otherwise. Every text
/// that exists in both languages is picked here, so a language switch only has to set
/// <see cref="CultureInfo.CurrentUICulture"/>.
/// </summary>
public static class UserLanguage
{
    /// <summary>Whether texts are shown in German.</summary>
    public static bool IsGerman => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "de";

    /// <summary>The text in the user's language.</summary>
    public static string Pick(string english, string german) => IsGerman ? german : english;
}
