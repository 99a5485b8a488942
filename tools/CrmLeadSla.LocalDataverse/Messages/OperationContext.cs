using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Messages.Validation;
using CrmLeadSla.LocalDataverse.Security;
using CrmLeadSla.LocalDataverse.Storage;
using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages;

/// <summary>What a message handler may use while it runs its main operation (stage 30).</summary>
public sealed class OperationContext
{
    private readonly AccessCheck access;
    private readonly RowValidation validation;
    private readonly IdSource ids;

    internal OperationContext(
        MetadataModel metadata,
        IRowStore rows,
        DateTime utcNow,
        (Guid UserId, Guid BusinessUnitId, Guid InitiatingUserId) caller,
        AccessCheck access,
        (IPluginExecutionContext Main, IPluginExecutionContext? CallingStep) contexts,
        IOrganizationService service,
        IOrganizationService independentService,
        IdSource ids)
    {
        Metadata = metadata;
        Rows = rows;
        UtcNow = utcNow;
        (UserId, BusinessUnitId, InitiatingUserId) = caller;
        Service = service;
        IndependentService = independentService;
        (ExecutionContext, CallingStep) = contexts;
        this.access = access;
        this.ids = ids;
        validation = new RowValidation(metadata, rows);
    }

    /// <summary>The tables, columns and relationships of the organization.</summary>
    public MetadataModel Metadata { get; }

    /// <summary>Transactional reads and writes: everything written is undone if the operation fails.</summary>
    public IRowStore Rows { get; }

    /// <summary>The organization clock's time when the operation started.</summary>
    public DateTime UtcNow { get; }

    /// <summary>The user whose privileges apply (the caller, or the user a plug-in's service runs as).</summary>
    public Guid UserId { get; }

    /// <summary>The business unit of <see cref="UserId"/>.</summary>
    public Guid BusinessUnitId { get; }

    /// <summary>The user who started the operation tree.</summary>
    public Guid InitiatingUserId { get; }

    /// <summary>
    /// The main operation's execution context (stage 30): its Depth, CorrelationId, SharedVariables, and
    /// ParentContext (the context of whatever made the call; null for a client's call).
    /// </summary>
    public IPluginExecutionContext ExecutionContext { get; }

    /// <summary>The context of the plug-in step that made this call, or null when a client or another message's main operation made it.</summary>
    public IPluginExecutionContext? CallingStep { get; }

    /// <summary>Nested calls through the full pipeline, as <see cref="UserId"/>, at depth + 1, in the same transaction.</summary>
    public IOrganizationService Service { get; }

    /// <summary>
    /// Calls (as <see cref="UserId"/>) that each run as a top-level request: Depth 1, no ParentContext, a
    /// transaction of their own, so one failing does not roll back the others. For messages whose requests
    /// Dataverse runs one by one as requests of their own (ExecuteMultiple).
    /// </summary>
    public IOrganizationService IndependentService { get; }

    /// <summary>Starts an on-demand workflow (workflow id, row id) as a system job when the operation commits; returns the job's id.</summary>
    internal Func<Guid, Guid, Guid> StartWorkflow { get; init; } = (workflowId, _) => throw Fault.ObjectDoesNotExist("workflow", workflowId);

    /// <summary>The id of a new row the caller gave none, from the organization's <see cref="LocalDataverse.IdSource"/>.</summary>
    public Guid NewId() => ids.Next();

    /// <summary>Fails with Dataverse's privilege fault unless <see cref="UserId"/> holds the right on the table (and row).</summary>
    public void Demand(AccessRight right, string table, Entity? existingRow) => access.Demand(UserId, right, table, existingRow);

    /// <summary>Demands Append on the row being written and AppendTo on the row one of its lookups points at.</summary>
    public void DemandAppend(string table, Entity? row, Entity pointedAt) => access.DemandAppend(UserId, table, row, pointedAt);

    /// <summary>Demands what tying two rows through a many-to-many relationship needs (Append on both).</summary>
    public void DemandAssociate(Entity first, Entity second) => access.DemandAssociate(UserId, first, second);

    /// <summary>True when <see cref="UserId"/> may read the row (what a query keeps).</summary>
    public bool CanRead(string table, Entity row) => access.CanRead(UserId, table, row);

    /// <summary>The table's definition, or the fault Dataverse gives for an unknown table.</summary>
    public TableDefinition Table(string logicalName) =>
        Metadata.FindTable(logicalName) ?? throw Fault.EntityNotFound(logicalName);

    /// <summary>The stored row, or the ObjectDoesNotExist fault.</summary>
    public Entity Existing(string table, Guid id) =>
        Rows.Find(table, id) ?? throw Fault.ObjectDoesNotExist(table, id);

    /// <summary>Checks every column of a new row against the metadata; throws Dataverse's fault for the first wrong one.</summary>
    public Entity ValidateForCreate(Entity target) => validation.ValidateForCreate(target);

    /// <summary>Fails with Dataverse's fault when a new row (defaults and system columns filled in) leaves a SystemRequired column empty.</summary>
    public void ValidateRequired(Entity row) => validation.ValidateRequired(row);

    /// <summary>Checks every column of an update against the metadata; throws Dataverse's fault for the first wrong one.</summary>
    public Entity ValidateForUpdate(Entity target) => validation.ValidateForUpdate(target);
}
