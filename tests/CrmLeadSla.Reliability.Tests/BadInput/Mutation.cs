using CsCheck;

namespace CrmLeadSla.Reliability.Tests.BadInput;

/// <summary>
/// Damage done to a sound input: up to four edits, each deleting, inserting or replacing one character at a position,
/// with characters that matter to CSV and JSON (separators, quotes, brackets, line breaks, digits, letters).
/// </summary>
internal static class Mutation
{
    private const string Characters = ",;\"'{}[]:\n\r 0-9x.Z\\\u00e9\u0000";

    /// <summary>The text with the edits applied; positions wrap around its length.</summary>
    public static Gen<string> Of(string sound) =>
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 100_000], Gen.Int[0, Characters.Length - 1]).Array[1, 4]
            .Select(edits => Applied(sound, edits));

    private static string Applied(string text, (int Kind, int Position, int Character)[] edits)
    {
        foreach (var (kind, position, character) in edits)
        {
            var at = text.Length == 0 ? 0 : position % text.Length;
            text = kind switch
            {
                0 when text.Length > 0 => text.Remove(at, 1),
                1 => text.Insert(at, Characters[character].ToString()),
                _ when text.Length > 0 => text.Remove(at, 1).Insert(at, Characters[character].ToString()),
                _ => text,
            };
        }

        return text;
    }
}
