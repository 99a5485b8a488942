using CrmLeadSla.Solution.Workflows;

namespace CrmLeadSla.LocalDataverse.Workflows.Xaml;

/// <summary>An activated workflow: its registration and its XAML compiled into steps the engine runs.</summary>
/// <param name="Registration">The workflow as registered.</param>
/// <param name="Body">The steps of its <c>mxswa:Workflow</c>.</param>
/// <param name="ChildWorkflows">The workflows its StartChildWorkflow steps start.</param>
internal sealed record CompiledWorkflow(WorkflowRegistration Registration, SequenceNode Body, IReadOnlyList<Guid> ChildWorkflows)
{
    /// <summary>The workflow's name, for messages.</summary>
    public string Name => Registration.Name.In(1033);
}
