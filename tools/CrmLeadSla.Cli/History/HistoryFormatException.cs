namespace CrmLeadSla.Cli.History;

/// <summary>A history or leads CSV that cannot be read, with the line and column where reading stopped.</summary>
public sealed class HistoryFormatException : Exception
{
    /// <summary>A problem at a line (1-based, the header is line 1) and a column (1-based field number; 0 for the whole row).</summary>
    public HistoryFormatException(int line, int column, string columnName, string problem)
        : base(column > 0 ? $"Line {line}, column {column} ({columnName}): {problem}" : $"Line {line}: {problem}")
    {
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>A problem with the file as a whole (no line to point at).</summary>
    public HistoryFormatException(string problem)
        : base(problem)
    {
        Problem = problem;
    }

    /// <summary>Required by the exception pattern; prefer the constructors that name the place.</summary>
    public HistoryFormatException()
        : this("The history file cannot be read.")
    {
    }

    /// <summary>Required by the exception pattern; prefer the constructors that name the place.</summary>
    public HistoryFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problem = message;
    }

    /// <summary>The physical line of the file where the broken field starts (1-based); 0 when no line applies.</summary>
    public int Line { get; }

    /// <summary>The field number in the row (1-based); 0 when the whole row or file is at fault.</summary>
    public int Column { get; }

    /// <summary>What is wrong and how to fix it, without the place.</summary>
    public string Problem { get; }
}
