using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Workflows;

/// <summary>When a classic workflow runs (workflow.mode).</summary>
public enum WorkflowMode
{
    /// <summary>Asynchronously, as a system job.</summary>
    Background = 0,

    /// <summary>Synchronously, inside the triggering request.</summary>
    RealTime = 1,
}

/// <summary>Whose rows start the workflow (workflow.scope).</summary>
public enum WorkflowScope
{
    /// <summary>Rows the workflow's owner owns.</summary>
    User = 1,

    /// <summary>Rows of the owner's business unit.</summary>
    BusinessUnit = 2,

    /// <summary>Rows of the owner's business unit and the units below it.</summary>
    ParentChildBusinessUnits = 3,

    /// <summary>Every row.</summary>
    Organization = 4,
}

/// <summary>Whose rights the workflow runs with (workflow.runas).</summary>
public enum WorkflowRunAs
{
    /// <summary>The user who made the change that started it.</summary>
    CallingUser = 0,

    /// <summary>The workflow's owner.</summary>
    Owner = 1,
}

/// <summary>When a real-time workflow runs relative to the change that starts it (create/update stage).</summary>
public enum WorkflowStage
{
    /// <summary>Before the change is saved (stage 20): a refusal keeps it from being saved.</summary>
    Before = 20,

    /// <summary>After the change is saved, in the same transaction (stage 40).</summary>
    After = 40,
}

/// <summary>
/// A classic workflow's registration: its id and name, the table it runs on, when it starts and how it runs. Declared
/// once for the workflow the solution ships (<see cref="ShippedWorkflow"/>) and the workflow an organization holds
/// (<see cref="WorkflowRegistration"/>).
/// </summary>
public abstract record ClassicWorkflow
{
    /// <summary>Workflow id (a shipped workflow's is fixed, so an upgrade replaces the workflow instead of adding a second one).</summary>
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

    /// <summary>It may be started as a child workflow (by itself, for a recurring job).</summary>
    public bool Subprocess { get; init; }

    /// <summary>Starts when a row is created.</summary>
    public bool TriggerOnCreate { get; init; }

    /// <summary>Starts when one of these columns changes; empty: not on update.</summary>
    public IReadOnlyList<string> TriggerOnUpdate { get; init; } = [];
}
