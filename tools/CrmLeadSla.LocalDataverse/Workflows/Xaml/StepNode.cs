namespace CrmLeadSla.LocalDataverse.Workflows.Xaml;

/// <summary>How a step of a running workflow ended.</summary>
internal enum StepOutcome
{
    /// <summary>Done: the next step runs.</summary>
    Continue,

    /// <summary>The workflow waits (Postpone); the run resumes at the recorded place later.</summary>
    Suspended,

    /// <summary>The workflow stopped (TerminateWorkflow, Throw) with the run's stop status and reason.</summary>
    Stopped,
}

/// <summary>One compiled step of a workflow's XAML, run against a <see cref="WorkflowRunState"/>.</summary>
internal abstract class StepNode(string displayName)
{
    /// <summary>The step's DisplayName in the XAML (the designer's "CustomActivityStep3: …").</summary>
    public string DisplayName => displayName;

    public abstract StepOutcome Run(WorkflowRunState run);
}
