using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmLeadSla.LocalDataverse.Workflows;

/// <summary>The IWorkflowContext an activity reads through <c>context.GetExtension&lt;IWorkflowContext&gt;()</c>.</summary>
public sealed class WorkflowContext : IWorkflowContext
{
    /// <summary>Workflow category of a classic workflow (1 is a dialog).</summary>
    public const int WorkflowCategoryWorkflow = 0;

    /// <inheritdoc />
    public IWorkflowContext? ParentContext { get; init; }

    /// <inheritdoc />
    public string StageName { get; init; } = string.Empty;

    /// <inheritdoc />
    public int WorkflowCategory { get; init; } = WorkflowCategoryWorkflow;

    /// <inheritdoc />
    public int WorkflowMode { get; init; }

    /// <inheritdoc />
    public int Mode { get; init; }

    /// <inheritdoc />
    public int IsolationMode { get; init; } = 2;

    /// <inheritdoc />
    public int Depth { get; init; } = 1;

    /// <inheritdoc />
    public string MessageName { get; init; } = string.Empty;

    /// <inheritdoc />
    public string PrimaryEntityName { get; init; } = string.Empty;

    /// <inheritdoc />
    public Guid? RequestId { get; init; }

    /// <inheritdoc />
    public string SecondaryEntityName { get; init; } = "none";

    /// <inheritdoc />
    public ParameterCollection InputParameters { get; init; } = [];

    /// <inheritdoc />
    public ParameterCollection OutputParameters { get; init; } = [];

    /// <inheritdoc />
    public ParameterCollection SharedVariables { get; init; } = [];

    /// <inheritdoc />
    public Guid UserId { get; init; }

    /// <inheritdoc />
    public Guid InitiatingUserId { get; init; }

    /// <inheritdoc />
    public Guid BusinessUnitId { get; init; }

    /// <inheritdoc />
    public Guid OrganizationId { get; init; }

    /// <inheritdoc />
    public string OrganizationName { get; init; } = string.Empty;

    /// <inheritdoc />
    public Guid PrimaryEntityId { get; init; }

    /// <inheritdoc />
    public EntityImageCollection PreEntityImages { get; init; } = [];

    /// <inheritdoc />
    public EntityImageCollection PostEntityImages { get; init; } = [];

    /// <inheritdoc />
    public EntityReference? OwningExtension { get; init; }

    /// <inheritdoc />
    public Guid CorrelationId { get; init; }

    /// <inheritdoc />
    public bool IsExecutingOffline => false;

    /// <inheritdoc />
    public bool IsOfflinePlayback => false;

    /// <inheritdoc />
    public bool IsInTransaction { get; init; }

    /// <inheritdoc />
    public Guid OperationId { get; init; }

    /// <inheritdoc />
    public DateTime OperationCreatedOn { get; init; }
}
