using System.Text;
using System.Text.Unicode;

namespace CrmLeadSla.Cli.CsvFiles;

/// <summary>
/// The encoding a CSV file's bytes are in, told apart without guessing wildly: a byte order mark (UTF-8, UTF-16 LE or
/// BE) decides; without one, bytes that are valid UTF-8 are UTF-8; otherwise the file is Windows-1252 (what German
/// Excel writes as "CSV (Trennzeichen-getrennt)") only if every byte above 127 is a letter or common punctuation there
/// and no part of the file is UTF-8. Anything else is refused, so no text is read garbled.
/// </summary>
/// <param name="Name">The name shown to people, e.g. <c>Windows-1252</c>.</param>
/// <param name="Transcoding">The encoding to transcode from; null for UTF-8, which is read as it is.</param>
/// <param name="IsUtf8">Whether the file is UTF-8 (with or without byte order mark).</param>
public sealed record TextEncoding(string Name, Encoding? Transcoding, bool IsUtf8)
{
    private const byte Utf8Lead = 0xEF;

    private static readonly Encoding Windows1252 = CodePages(1252);

    // Windows-1252 leaves these five bytes undefined: a file that holds one is not Windows-1252.
    private static readonly byte[] Undefined = [0x81, 0x8D, 0x8F, 0x90, 0x9D];

    private static readonly string Punctuation = "€‚„…†‡‰‹›‘’“”•–—˜™¡¢£¥§©«¬®°±²³´·¹»¿×÷\u00A0\u00AD";

    /// <summary>UTF-8 without byte order mark.</summary>
    public static TextEncoding Utf8 { get; } = new("UTF-8", null, true);

    /// <summary>The encoding of <paramref name="bytes"/>; throws <see cref="CsvFileException"/> naming the line and the fix when it is none of those read.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="file">The file's name, for the message.</param>
    public static TextEncoding Of(ReadOnlySpan<byte> bytes, string file)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[Utf8Lead, 0xBB, 0xBF]))
        {
            CheckUtf8(bytes, file);
            return new TextEncoding(UserLanguage.Pick("UTF-8 with byte order mark", "UTF-8 mit Byte-Order-Mark"), null, true);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var bigEndian = bytes[0] == 0xFE;
            var utf16 = new UnicodeEncoding(bigEndian, byteOrderMark: true, throwOnInvalidBytes: true);
            try
            {
                utf16.GetCharCount(bytes[2..]);
            }
            catch (DecoderFallbackException)
            {
                throw new CsvFileException(file, UserLanguage.Pick(
                    "the file starts as UTF-16 text but holds bytes that are not UTF-16; save it again as CSV UTF-8.",
                    "die Datei beginnt als UTF-16-Text, enthält aber Bytes, die kein UTF-16 sind; speichern Sie sie erneut als CSV UTF-8."));
            }

            return new TextEncoding(bigEndian ? "UTF-16 BE" : "UTF-16 LE", utf16, false);
        }

        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            throw new CsvFileException(file, UserLanguage.Pick(
                "this is an Excel workbook (.xlsx), not a CSV file. In Excel use Save As → CSV UTF-8 (comma delimited).",
                "dies ist eine Excel-Arbeitsmappe (.xlsx), keine CSV-Datei. Wählen Sie in Excel Speichern unter → CSV UTF-8 (durch Trennzeichen getrennt)."));
        }

        var zero = bytes.IndexOf((byte)0);
        if (zero >= 0)
        {
            throw new CsvFileException(file, LineAt(bytes, zero), 0, string.Empty, UserLanguage.Pick(
                "the file holds zero bytes: it is UTF-16 text without a byte order mark, or not text at all. Save it as CSV UTF-8.",
                "die Datei enthält Null-Bytes: sie ist UTF-16-Text ohne Byte-Order-Mark oder gar kein Text. Speichern Sie sie als CSV UTF-8."));
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            CheckUtf8(bytes, file);
            return Utf8;
        }

        return Windows1252Of(bytes, file);
    }

    // Valid UTF-8 can still be damaged text: a replacement character stands for bytes an earlier conversion lost.
    private static void CheckUtf8(ReadOnlySpan<byte> bytes, string file)
    {
        var start = bytes.StartsWith((ReadOnlySpan<byte>)[Utf8Lead, 0xBB, 0xBF]) ? 3 : 0;
        if (!System.Text.Unicode.Utf8.IsValid(bytes[start..]))
        {
            var at = start + FirstInvalidUtf8(bytes[start..]);
            throw new CsvFileException(file, LineAt(bytes, at), 0, string.Empty, UserLanguage.Pick(
                $"the file is marked as UTF-8 but byte 0x{bytes[at]:X2} here is not UTF-8; it was saved in two encodings. Save it again as CSV UTF-8.",
                $"die Datei ist als UTF-8 markiert, aber Byte 0x{bytes[at]:X2} hier ist kein UTF-8; sie wurde in zwei Kodierungen gespeichert. Speichern Sie sie erneut als CSV UTF-8."));
        }

        var replacement = bytes.IndexOf((ReadOnlySpan<byte>)[Utf8Lead, 0xBF, 0xBD]);
        if (replacement >= 0)
        {
            throw new CsvFileException(file, LineAt(bytes, replacement), 0, string.Empty, UserLanguage.Pick(
                "the text holds the replacement character '\uFFFD': an earlier conversion lost letters here (such as 'J\uFFFDrg' for 'Jörg'). Export the data again from its source.",
                "der Text enthält das Ersatzzeichen '\uFFFD': eine frühere Umwandlung hat hier Buchstaben verloren (etwa 'J\uFFFDrg' statt 'Jörg'). Exportieren Sie die Daten erneut aus der Quelle."));
        }
    }

    private static TextEncoding Windows1252Of(ReadOnlySpan<byte> bytes, string file)
    {
        for (var at = 0; at < bytes.Length; at++)
        {
            var b = bytes[at];
            if (b < 0x80)
            {
                continue;
            }

            if (IsUtf8Fragment(bytes[at..], out var meant))
            {
                throw new CsvFileException(file, LineAt(bytes, at), 0, string.Empty, UserLanguage.Pick(
                    $"part of the file is UTF-8 ('{Windows1252.GetString(bytes.Slice(at, meant.Utf8SequenceLength))}' stands for '{meant}') and part is not: it was saved in two encodings. Save it again as CSV UTF-8 and check the names on this line.",
                    $"ein Teil der Datei ist UTF-8 ('{Windows1252.GetString(bytes.Slice(at, meant.Utf8SequenceLength))}' steht für '{meant}'), ein Teil nicht: sie wurde in zwei Kodierungen gespeichert. Speichern Sie sie erneut als CSV UTF-8 und prüfen Sie die Namen in dieser Zeile."));
            }

            if (Array.IndexOf(Undefined, b) >= 0 || !IsPlausible(Windows1252.GetString(bytes.Slice(at, 1))[0]))
            {
                throw new CsvFileException(file, LineAt(bytes, at), 0, string.Empty, UserLanguage.Pick(
                    $"the file is neither UTF-8 nor Windows-1252 text (byte 0x{b:X2}); reading it would garble its letters. In Excel use Save As → CSV UTF-8 (comma delimited).",
                    $"die Datei ist weder UTF-8- noch Windows-1252-Text (Byte 0x{b:X2}); gelesen würden ihre Buchstaben verstümmelt. Wählen Sie in Excel Speichern unter → CSV UTF-8 (durch Trennzeichen getrennt)."));
            }
        }

        return new TextEncoding("Windows-1252", Windows1252, false);
    }

    // UTF-8 of a Latin-1 letter (Ã¤ for ä) or of typographic punctuation (â€ž for „) amid other bytes: text that
    // was UTF-8 pasted into a Windows-1252 file. Other valid sequences (ß followed by “) are ordinary Windows-1252.
    private static bool IsUtf8Fragment(ReadOnlySpan<byte> bytes, out Rune meant) =>
        Rune.DecodeFromUtf8(bytes, out meant, out var length) == System.Buffers.OperationStatus.Done
        && length > 1
        && meant.Value is (>= 0x80 and <= 0xFF) or (>= 0x2000 and <= 0x206F) or 0x20AC;

    private static bool IsPlausible(char character) => char.IsLetter(character) || Punctuation.Contains(character, StringComparison.Ordinal);

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var at = 0;
        while (at < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[at..], out _, out var length) != System.Buffers.OperationStatus.Done)
            {
                return at;
            }

            at += length;
        }

        return 0;
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int at) => bytes[..at].Count((byte)'\n') + 1;

    private static Encoding CodePages(int codePage)
    {
        // .NET knows only Unicode encodings until the code page provider (part of the framework) is registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
