using System.Diagnostics.CodeAnalysis;

namespace CrmLeadSla.Solution.Workflows;

/// <summary>
/// A classic workflow as an organization holds it: its registration (table, triggers, mode, scope, run-as, stage,
/// state) and its definition as XAML text. Built from a shipped workflow or read from a solution zip's
/// <c>Workflows/*.xaml</c> and its &lt;Workflow&gt; entry in customizations.xml.
/// </summary>
public sealed record WorkflowRegistration : ClassicWorkflow
{
    /// <summary>An empty registration, filled in by its initializer.</summary>
    public WorkflowRegistration()
    {
    }

    /// <summary>The registration of <paramref name="workflow"/>, activated, with its definition.</summary>
    /// <param name="workflow">The workflow whose id, name, table, triggers and settings it takes.</param>
    /// <param name="xaml">Its definition as XAML text.</param>
    [SetsRequiredMembers]
    public WorkflowRegistration(ClassicWorkflow workflow, string xaml)
        : base(workflow)
    {
        Xaml = xaml;
    }

    /// <summary>True when the workflow is activated (state Activated): only activated workflows start.</summary>
    public bool IsActivated { get; init; } = true;

    /// <summary>The definition: a Windows Workflow activity whose body is an <c>mxswa:Workflow</c>, as XAML text.</summary>
    public required string Xaml { get; init; }
}
