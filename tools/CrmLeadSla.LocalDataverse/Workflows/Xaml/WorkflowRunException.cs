namespace CrmLeadSla.LocalDataverse.Workflows.Xaml;

/// <summary>A step of a running workflow met a value it cannot use (a cast, a missing row); the run fails with the message.</summary>
internal sealed class WorkflowRunException : Exception
{
    public WorkflowRunException()
    {
    }

    public WorkflowRunException(string message)
        : base(message)
    {
    }

    public WorkflowRunException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
