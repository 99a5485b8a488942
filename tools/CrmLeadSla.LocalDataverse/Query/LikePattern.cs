using System.Text;
using System.Text.RegularExpressions;

namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>A SQL LIKE pattern: % any run of characters, _ one character, [abc], [a-z] and [^abc] one of a set.</summary>
internal sealed class LikePattern
{
    private readonly Regex regex;

    private LikePattern(Regex regex) => this.regex = regex;

    /// <summary>Compiles the pattern under the default collation (no case, no accents).</summary>
    public static LikePattern Parse(string pattern) =>
        new(new Regex("^" + Translate(TextCollation.Fold(pattern)) + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant));

    /// <summary>True when the text matches the whole pattern.</summary>
    public bool Matches(string text) => regex.IsMatch(TextCollation.Fold(text));

    private static string Translate(string pattern)
    {
        var regex = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            var close = c == '[' ? pattern.IndexOf(']', i + 1) : -1;
            if (c == '%')
            {
                regex.Append(".*");
            }
            else if (c == '_')
            {
                regex.Append('.');
            }
            else if (close > i + 1)
            {
                regex.Append(CharacterSet(pattern[(i + 1)..close]));
                i = close;
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        return regex.ToString();
    }

    private static string CharacterSet(string body)
    {
        var negated = body.StartsWith('^');
        var set = new StringBuilder(negated ? "[^" : "[");
        foreach (var c in negated ? body[1..] : body)
        {
            set.Append(c == '-' ? "-" : Regex.Escape(c.ToString()).Replace("]", "\\]", StringComparison.Ordinal));
        }

        return set.Append(']').ToString();
    }
}
