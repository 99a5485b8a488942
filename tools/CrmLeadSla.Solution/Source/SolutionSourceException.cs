namespace CrmLeadSla.Solution.Source;

/// <summary>The solution source is malformed: names the file, the element, the problem and the fix.</summary>
public sealed class SolutionSourceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SolutionSourceException()
        : this(string.Empty, null, null, "The solution source is malformed.", "Correct the source.")
    {
    }

    /// <summary>Creates the exception with a plain message.</summary>
    public SolutionSourceException(string message)
        : this(string.Empty, null, null, message, string.Empty)
    {
    }

    /// <summary>Creates the exception with a plain message and its cause.</summary>
    public SolutionSourceException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = string.Empty;
        Problem = message;
        Fix = string.Empty;
    }

    /// <summary>Creates the exception for a problem at an element of a source file.</summary>
    /// <param name="file">The file, relative to the solution folder (or the embedded resource name).</param>
    /// <param name="line">Line of the element, when known.</param>
    /// <param name="element">The element, e.g. <c>&lt;column name="lsla_grade"&gt;</c>.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="fix">What to do about it.</param>
    /// <param name="innerException">The cause, if any.</param>
    public SolutionSourceException(string file, int? line, string? element, string problem, string fix, Exception? innerException = null)
        : base(Compose(file, line, element, problem, fix), innerException)
    {
        File = file;
        Line = line;
        Element = element;
        Problem = problem;
        Fix = fix;
    }

    /// <summary>The file, relative to the solution folder.</summary>
    public string File { get; }

    /// <summary>Line of the element, when known.</summary>
    public int? Line { get; }

    /// <summary>The element that is wrong.</summary>
    public string? Element { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }

    /// <summary>What to do about it.</summary>
    public string Fix { get; }

    private static string Compose(string file, int? line, string? element, string problem, string fix)
    {
        var where = line is null ? file : $"{file}({line})";
        var at = element is null ? string.Empty : $" {element}:";
        var then = string.IsNullOrEmpty(fix) ? string.Empty : $" Fix: {fix}";
        return $"{where}:{at} {problem}{then}";
    }
}
