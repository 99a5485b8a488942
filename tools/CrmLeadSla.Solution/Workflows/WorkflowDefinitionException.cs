namespace CrmLeadSla.Solution.Workflows;

/// <summary>
/// A workflow that cannot be written or activated as it stands: names the workflow, the step, what is wrong and the
/// fix. Thrown when a shipped workflow is turned into XAML and when an organization activates a workflow's XAML.
/// </summary>
public sealed class WorkflowDefinitionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WorkflowDefinitionException()
        : this(string.Empty, string.Empty, "The workflow cannot be activated.", "Correct the workflow.")
    {
    }

    /// <summary>Creates the exception with a plain message.</summary>
    public WorkflowDefinitionException(string message)
        : this(string.Empty, string.Empty, message, string.Empty)
    {
    }

    /// <summary>Creates the exception with a plain message and its cause.</summary>
    public WorkflowDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Workflow = string.Empty;
        Step = string.Empty;
        Problem = message;
        Fix = string.Empty;
    }

    /// <summary>Creates the exception for a problem in a step of a workflow.</summary>
    /// <param name="workflow">The workflow's name.</param>
    /// <param name="step">The step's display name (empty for the workflow as a whole).</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="fix">What to do about it.</param>
    public WorkflowDefinitionException(string workflow, string step, string problem, string fix)
        : base(Compose(workflow, step, problem, fix))
    {
        Workflow = workflow;
        Step = step;
        Problem = problem;
        Fix = fix;
    }

    /// <summary>The workflow's name.</summary>
    public string Workflow { get; }

    /// <summary>The step's display name; empty when the problem is the workflow's as a whole.</summary>
    public string Step { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }

    /// <summary>How to fix it.</summary>
    public string Fix { get; }

    private static string Compose(string workflow, string step, string problem, string fix) =>
        $"The workflow '{workflow}'{(step.Length == 0 ? string.Empty : $", step '{step}'")}: {problem}{(fix.Length == 0 ? string.Empty : " Fix: " + fix)}";
}
