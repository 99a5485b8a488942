namespace CrmLeadSla.LocalDataverse.Workflows;

/// <summary>How a classic workflow runs (IWorkflowContext.WorkflowMode).</summary>
public enum WorkflowMode
{
    /// <summary>Background (asynchronous): a system job after the triggering operation.</summary>
    Background = 0,
    /// <summary>Real-time (synchronous): inside the triggering operation.</summary>
    RealTime = 1,
}
