using System.Globalization;
using System.Text;

namespace CrmLeadSla.LocalDataverse.Workflows.Xaml;

/// <summary>A token of a workflow expression: a name, a string or number literal, or a symbol.</summary>
internal readonly record struct VisualBasicToken(VisualBasicTokenKind Kind, string Text);

/// <summary>What a token is.</summary>
internal enum VisualBasicTokenKind
{
    Name,
    String,
    Number,
    Symbol,
    End,
}

/// <summary>Splits the Visual Basic text of a workflow expression (the part between the brackets) into tokens.</summary>
internal static class VisualBasicTokens
{
    private static readonly string[] Symbols = [">=", "<=", "<>", "(", ")", "{", "}", ",", ".", "=", ">", "<"];

    /// <exception cref="UnsupportedExpressionException">A character the subset has no use for.</exception>
    public static List<VisualBasicToken> Of(string text)
    {
        var tokens = new List<VisualBasicToken>();
        var at = 0;
        while (at < text.Length)
        {
            var c = text[at];
            if (char.IsWhiteSpace(c))
            {
                at++;
            }
            else if (c == '"')
            {
                at = ReadString(text, at, tokens);
            }
            else if (char.IsDigit(c))
            {
                var start = at;
                while (at < text.Length && (char.IsDigit(text[at]) || text[at] == '.'))
                {
                    at++;
                }

                tokens.Add(new VisualBasicToken(VisualBasicTokenKind.Number, text[start..at]));

                // A type character after a number (1D, 2I) names its type; the value is the same.
                if (at < text.Length && char.IsLetter(text[at]) && (at + 1 == text.Length || !char.IsLetterOrDigit(text[at + 1])))
                {
                    at++;
                }
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = at;
                while (at < text.Length && (char.IsLetterOrDigit(text[at]) || text[at] == '_'))
                {
                    at++;
                }

                tokens.Add(new VisualBasicToken(VisualBasicTokenKind.Name, text[start..at]));
            }
            else
            {
                var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(text, at, s, 0, s.Length) == 0)
                    ?? throw new UnsupportedExpressionException($"the character '{c}' at position {at + 1}");
                tokens.Add(new VisualBasicToken(VisualBasicTokenKind.Symbol, symbol));
                at += symbol.Length;
            }
        }

        tokens.Add(new VisualBasicToken(VisualBasicTokenKind.End, string.Empty));
        return tokens;
    }

    // A string literal: "" inside it is one quote.
    private static int ReadString(string text, int at, List<VisualBasicToken> tokens)
    {
        var value = new StringBuilder();
        at++;
        while (true)
        {
            if (at >= text.Length)
            {
                throw new UnsupportedExpressionException("a string that is not closed");
            }

            if (text[at] == '"')
            {
                if (at + 1 < text.Length && text[at + 1] == '"')
                {
                    value.Append('"');
                    at += 2;
                    continue;
                }

                tokens.Add(new VisualBasicToken(VisualBasicTokenKind.String, value.ToString()));
                return at + 1;
            }

            value.Append(text[at]);
            at++;
        }
    }

    /// <summary>A number literal's value: an Int32 when it has no point, else a Decimal.</summary>
    public static object Number(string text) =>
        text.Contains('.', StringComparison.Ordinal)
            ? decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)
            : int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
