using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Workflows;

/// <summary>
/// A classic workflow as an organization holds it: its registration (table, triggers, mode, scope, run-as, stage,
/// state) and its definition as XAML text. Built from a shipped workflow or read from a solution zip's
/// <c>Workflows/*.xaml</c> and its &lt;Workflow&gt; entry in customizations.xml.
/// </summary>
public sealed record WorkflowRegistration
{
    /// <summary>Workflow id.</summary>
    public required Guid Id { get; init; }

    /// <summary>The name per language; the base language's is the workflow's name.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>The table whose rows it runs on.</summary>
    public required string Entity { get; init; }

    /// <summary>Background or real-time.</summary>
    public WorkflowMode Mode { get; init; } = WorkflowMode.Background;

    /// <summary>Whose rows start it.</summary>
    public WorkflowScope Scope { get; init; } = WorkflowScope.Organization;

    /// <summary>Whose rights it runs with.</summary>
    public WorkflowRunAs RunAs { get; init; } = WorkflowRunAs.Owner;

    /// <summary>Real-time workflows: before or after the change is saved.</summary>
    public WorkflowStage Stage { get; init; } = WorkflowStage.After;

    /// <summary>Users may start it by hand.</summary>
    public bool OnDemand { get; init; }

    /// <summary>It may be started as a child workflow.</summary>
    public bool Subprocess { get; init; }

    /// <summary>Starts when a row is created.</summary>
    public bool TriggerOnCreate { get; init; }

    /// <summary>Starts when one of these columns changes; empty: not on update.</summary>
    public IReadOnlyList<string> TriggerOnUpdate { get; init; } = [];

    /// <summary>True when the workflow is activated (state Activated): only activated workflows start.</summary>
    public bool IsActivated { get; init; } = true;

    /// <summary>The definition: a Windows Workflow activity whose body is an <c>mxswa:Workflow</c>, as XAML text.</summary>
    public required string Xaml { get; init; }
}
