using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>
/// The IExecutionContext members Dataverse fills in for every piece of custom code it runs: the plug-in step's
/// context and the workflow activity's context add only what is theirs (stage, parent, workflow mode).
/// </summary>
public abstract class PlatformExecutionContext : IExecutionContext
{
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
