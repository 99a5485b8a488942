namespace CrmLeadSla.Cli.CsvFiles;

/// <summary>A CSV file that cannot be read, with the file, line and column where reading stopped and the likely cause.</summary>
public sealed class CsvFileException : Exception
{
    /// <summary>A problem at a line (1-based, counting every line) and a column (1-based field number; 0 for the whole row or file).</summary>
    /// <param name="file">The file's name as the user knows it; empty for text that is not a file.</param>
    /// <param name="line">The line; 0 when no line applies.</param>
    /// <param name="column">The field number; 0 when the whole row or file is at fault.</param>
    /// <param name="columnName">The column's header name, shown with the field number.</param>
    /// <param name="problem">What is wrong and how to fix it.</param>
    public CsvFileException(string file, int line, int column, string columnName, string problem)
        : base(Placed(file, line, column, columnName, problem))
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>A problem with a file as a whole.</summary>
    public CsvFileException(string file, string problem)
        : this(file, 0, 0, string.Empty, problem)
    {
    }

    /// <summary>Required by the exception pattern; prefer the constructors that name the place.</summary>
    public CsvFileException()
        : this(string.Empty, "The CSV file cannot be read.")
    {
    }

    /// <summary>Required by the exception pattern; prefer the constructors that name the place.</summary>
    public CsvFileException(string message)
        : this(string.Empty, message)
    {
    }

    /// <summary>Required by the exception pattern; prefer the constructors that name the place.</summary>
    public CsvFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = string.Empty;
        Problem = message;
    }

    /// <summary>The file's name; empty for text that is not a file.</summary>
    public string File { get; }

    /// <summary>The physical line where the problem starts (1-based); 0 when no line applies.</summary>
    public int Line { get; }

    /// <summary>The field number in the row (1-based); 0 when the whole row or file is at fault.</summary>
    public int Column { get; }

    /// <summary>What is wrong and how to fix it, without the place.</summary>
    public string Problem { get; }

    private static string Placed(string file, int line, int column, string columnName, string problem)
    {
        var where = (line, column) switch
        {
            (0, _) => string.Empty,
            (_, 0) => UserLanguage.Pick($"line {line}", $"Zeile {line}"),
            _ => UserLanguage.Pick($"line {line}, column {column} ({columnName})", $"Zeile {line}, Spalte {column} ({columnName})"),
        };
        // Without a file name the line leads the sentence: "Line 3, column 3 (…): …".
        var place = file.Length == 0 ? (where.Length == 0 ? where : char.ToUpperInvariant(where[0]) + where[1..]) : where.Length == 0 ? file : $"{file} {where}";
        return place.Length == 0 ? problem : $"{place}: {problem}";
    }
}
