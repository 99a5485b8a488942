using CsvHelper;

namespace CrmLeadSla.Cli.CsvFiles;

/// <summary>
/// An open CSV file: its encoding, separator and header, and its records read one at a time (RFC 4180 by CsvHelper:
/// a field in double quotes may hold separators, line breaks and doubled quotes; empty lines are skipped; a first line
/// <c>sep=;</c>, as Excel writes it, sets the separator). A broken quote, or a row with more or fewer fields than the
/// header, is refused with its line and column.
/// </summary>
public sealed class CsvSheet : IDisposable
{
    private readonly CsvReader reader;
    private CsvMalformedRecord? malformed;
    private bool read;

    internal CsvSheet(string name, byte[] bytes, TextEncoding encoding, char? separator)
    {
        Name = name;
        Encoding = encoding;
        SeparatorGiven = separator is not null;
        reader = CsvReader.Create(bytes, CsvReaderOptions.Default with
        {
            Separator = separator,
            Encoding = encoding.Transcoding,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = record => malformed ??= record,
        });
        Header = [.. reader.Headers];
        Separator = reader.Separator;
        Values = new CellValues(Separator);
        try
        {
            if (MalformedAt(1) is CsvMalformedRecord broken)
            {
                throw Malformed(broken, 1, Header.Count);
            }

            CheckSeparator();
        }
        catch (CsvFileException)
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>The file's name as messages show it; empty for text that is not a file.</summary>
    public string Name { get; }

    /// <summary>The encoding the file was read in.</summary>
    public TextEncoding Encoding { get; }

    /// <summary>The column separator, given or detected.</summary>
    public char Separator { get; }

    /// <summary>Whether the separator was given rather than detected.</summary>
    public bool SeparatorGiven { get; }

    /// <summary>The header's column names as written; empty for an empty file.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>How the file writes numbers and times.</summary>
    public CellValues Values { get; }

    /// <summary>One line that says how the file is read, e.g. <c>history.csv: Windows-1252, columns separated by ';' (detected), decimal commas read.</c></summary>
    public string Reading
    {
        get
        {
            var how = SeparatorGiven ? UserLanguage.Pick("given", "angegeben") : UserLanguage.Pick("detected", "erkannt");
            var commas = Values.DecimalComma ? UserLanguage.Pick(", decimal commas read", ", Dezimalkommas werden gelesen") : string.Empty;
            var name = Name.Length == 0 ? string.Empty : Name + ": ";
            return UserLanguage.Pick(
                $"{name}read as {Encoding.Name}, columns separated by {SeparatorName(Separator)} ({how}){commas}.",
                $"{name}gelesen als {Encoding.Name}, Spalten getrennt durch {SeparatorName(Separator)} ({how}){commas}.");
        }
    }

    /// <summary>A separator as people name it: comma, semicolon, tab or the character in quotes.</summary>
    public static string SeparatorName(char separator) => separator switch
    {
        ',' => UserLanguage.Pick("comma (',')", "Komma (',')"),
        ';' => UserLanguage.Pick("semicolon (';')", "Semikolon (';')"),
        '\t' => UserLanguage.Pick("tab", "Tabulator"),
        _ => $"'{separator}'",
    };

    /// <summary>The records after the header, in order; read once. Throws <see cref="CsvFileException"/> at the first broken record.</summary>
    public IEnumerable<CsvRecord> Records()
    {
        if (read)
        {
            throw new InvalidOperationException("The records of a CSV sheet are read once.");
        }

        read = true;
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            if (MalformedAt(reader.RowNumber + 1) is CsvMalformedRecord broken)
            {
                throw Malformed(broken, line, reader.FieldCount);
            }

            if (reader.FieldCount != Header.Count)
            {
                throw new CsvFileException(Name, line, 0, string.Empty, UserLanguage.Pick(
                    $"the row has {reader.FieldCount} fields but the header names {Header.Count} columns; quote fields that hold a {SeparatorName(Separator)}.",
                    $"die Zeile hat {reader.FieldCount} Felder, die Kopfzeile nennt aber {Header.Count} Spalten; setzen Sie Felder, die ein {SeparatorName(Separator)} enthalten, in Anführungszeichen."));
            }

            var fields = new string[reader.FieldCount];
            var fieldLines = new int[reader.FieldCount];
            var fieldLine = line;
            for (var index = 0; index < fields.Length; index++)
            {
                fields[index] = reader.GetString(index);
                fieldLines[index] = fieldLine;
                fieldLine += LineBreaks(reader.GetRawSpan(index));
            }

            yield return new CsvRecord(line, fields, fieldLines);
        }
    }

    /// <summary>Returns the reader's buffers.</summary>
    public void Dispose() => reader.Dispose();

    // The reader scans ahead in blocks: a problem it reports may belong to a record not returned yet.
    // Record numbers count the header as 1.
    private CsvMalformedRecord? MalformedAt(long recordNumber) => malformed is CsvMalformedRecord broken && broken.RecordNumber == recordNumber ? broken : null;

    // A header of one column that holds another separator is a file split at the wrong character.
    private void CheckSeparator()
    {
        if (Header.Count != 1)
        {
            return;
        }

        foreach (var other in new[] { ';', ',', '\t' }.Where(candidate => candidate != Separator && Header[0].Contains(candidate, StringComparison.Ordinal)))
        {
            var option = other == '\t' ? "tab" : $"'{other}'";
            throw new CsvFileException(Name, 1, 0, string.Empty, UserLanguage.Pick(
                $"the header is one column '{Header[0]}': this file looks {SeparatorName(other)}-separated; use --delimiter {option}.",
                $"die Kopfzeile ist eine Spalte '{Header[0]}': diese Datei scheint durch {SeparatorName(other)} getrennt; verwenden Sie --delimiter {option}."));
        }
    }

    // The broken field is the one the problem's byte falls in; an unclosed quote runs to the end, in the last field.
    private CsvFileException Malformed(CsvMalformedRecord broken, int line, int fieldCount)
    {
        var offset = broken.ByteOffset - reader.ByteOffset;
        var column = fieldCount;
        var fieldLine = line;
        long start = 0;
        for (var index = 0; index < fieldCount; index++)
        {
            var raw = reader.GetRawSpan(index);
            if (offset < start + raw.Length + 1)
            {
                column = index + 1;
                break;
            }

            start += raw.Length + 1;
            fieldLine += LineBreaks(raw);
        }

        var name = column >= 1 && column <= Header.Count ? Header[column - 1] : UserLanguage.Pick("field", "Feld");
        var problem = broken.Reason == CsvMalformedReason.UnterminatedQuote
            ? UserLanguage.Pick("the quoted field is never closed; add the closing quote.", "das Feld in Anführungszeichen wird nie geschlossen; ergänzen Sie das schließende Anführungszeichen.")
            : UserLanguage.Pick(
                "a quote must enclose the whole field; write a quote inside a quoted field as two quotes (\"\").",
                "ein Anführungszeichen muss das ganze Feld umschließen; schreiben Sie ein Anführungszeichen in einem Feld in Anführungszeichen doppelt (\"\").");
        return new CsvFileException(Name, fieldLine, column, name, problem);
    }

    private static int LineBreaks(ReadOnlySpan<byte> raw)
    {
        if (raw.IsEmpty || raw[0] != (byte)'"')
        {
            return 0;
        }

        var breaks = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == (byte)'\n' || (raw[i] == (byte)'\r' && (i + 1 == raw.Length || raw[i + 1] != (byte)'\n')))
            {
                breaks++;
            }
        }

        return breaks;
    }
}
