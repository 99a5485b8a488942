using System.Globalization;
using System.Text;

namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>
/// Dataverse's default collation (Latin1_General_CI_AI): text compares without regard to case or accents,
/// and trailing spaces do not count, as in SQL Server's = and &lt;.
/// </summary>
internal static class TextCollation
{
    private const CompareOptions Options =
        CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreKanaType | CompareOptions.IgnoreWidth;

    /// <summary>Orders two texts as the collation does.</summary>
    public static int Compare(string left, string right) =>
        CultureInfo.InvariantCulture.CompareInfo.Compare(left.TrimEnd(' '), right.TrimEnd(' '), Options);

    /// <summary>The text without accents, in upper case: what LIKE patterns are matched against.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToUpperInvariant(c));
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
