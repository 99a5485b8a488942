namespace CrmLeadSla.Solution.Import;

/// <summary>
/// A solution zip is refused: it is malformed, or it holds something Dataverse (or the local Dataverse) would not import.
/// The message names the part of the zip and the component, what is wrong and the fix; nothing of the zip is imported.
/// </summary>
public sealed class SolutionImportException : Exception
{
    /// <summary>Creates the exception without details (prefer the other constructor).</summary>
    public SolutionImportException()
        : this("the solution zip", "it cannot be imported.", "Export the solution again.")
    {
    }

    /// <summary>Creates the exception with a plain message.</summary>
    public SolutionImportException(string message)
        : base(message)
    {
        Component = string.Empty;
        Problem = message;
        Fix = string.Empty;
    }

    /// <summary>Creates the exception with a plain message and its cause.</summary>
    public SolutionImportException(string message, Exception innerException)
        : base(message, innerException)
    {
        Component = string.Empty;
        Problem = message;
        Fix = string.Empty;
    }

    /// <summary>Creates the exception for a component of the zip.</summary>
    /// <param name="component">Where: the part of the zip and the component, e.g. <c>customizations.xml, table 'cnt_project', column 'cnt_phase'</c>.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="fix">What to do about it.</param>
    /// <param name="innerException">The cause, if any.</param>
    public SolutionImportException(string component, string problem, string fix, Exception? innerException = null)
        : base($"{component}: {problem} Fix: {fix}", innerException)
    {
        Component = component;
        Problem = problem;
        Fix = fix;
    }

    /// <summary>The part of the zip and the component that is wrong.</summary>
    public string Component { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }

    /// <summary>What to do about it.</summary>
    public string Fix { get; }
}
