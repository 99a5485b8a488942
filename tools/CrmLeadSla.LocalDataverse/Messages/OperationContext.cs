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
    private readonly ColumnSecurity columns;
    private readonly IReadOnlyCollection<string> callerColumns;
    private readonly RowValidation validation;
    private readonly IdSource ids;

    internal OperationContext(
        MetadataModel metadata,
        IRowStore rows,
        DateTime utcNow,
        (Guid UserId, Guid BusinessUnitId, Guid InitiatingUserId, Guid? ImpersonatorId) caller,
        (AccessCheck Rows, ColumnSecurity Columns, IReadOnlyCollection<string> CallerColumns) security,
        (IPluginExecutionContext Main, IPluginExecutionContext? CallingStep) contexts,
        IOrganizationService service,
        IOrganizationService independentService,
        IdSource ids)
    {
        Metadata = metadata;
        Rows = rows;
        UtcNow = utcNow;
        (UserId, BusinessUnitId, InitiatingUserId, ImpersonatorId) = caller;
        Service = service;
        IndependentService = independentService;
        (ExecutionContext, CallingStep) = contexts;
        (access, columns, callerColumns) = security;
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

    /// <summary>The user who sends the call on behalf of <see cref="UserId"/> (impersonation), or null.</summary>
    public Guid? ImpersonatorId { get; }

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

    /// <summary>
    /// Fails with Dataverse's privilege fault unless <see cref="UserId"/> holds the right on the table (and row); a call on
    /// behalf of the user also needs the privilege held by <see cref="ImpersonatorId"/> (the intersection of both users' privileges).
    /// </summary>
    public void Demand(AccessRight right, string table, Entity? existingRow)
    {
        access.Demand(UserId, right, table, existingRow);
        DemandOfImpersonator(right, table);
    }

    /// <summary>Demands Append on the row being written and AppendTo on the row one of its lookups points at.</summary>
    public void DemandAppend(string table, Entity? row, Entity pointedAt)
    {
        ArgumentNullException.ThrowIfNull(pointedAt);
        access.DemandAppend(UserId, table, row, pointedAt);
        DemandOfImpersonator(AccessRight.Append, table);
        DemandOfImpersonator(AccessRight.AppendTo, pointedAt.LogicalName);
    }

    /// <summary>Demands what tying two rows through a many-to-many relationship needs (Append on both).</summary>
    public void DemandAssociate(Entity first, Entity second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        access.DemandAssociate(UserId, first, second);
        DemandOfImpersonator(AccessRight.Append, first.LogicalName);
        DemandOfImpersonator(AccessRight.Append, second.LogicalName);
    }

    /// <summary>True when <see cref="UserId"/> may read the row (what a query keeps).</summary>
    public bool CanRead(string table, Entity row) => access.CanRead(UserId, table, row);

    /// <summary>
    /// Fails with Dataverse's column-level security fault when the columns the caller sent with this create or update
    /// (before any step added its own to Target) name a secured column of <paramref name="table"/> the caller may not
    /// set, or the impersonator may not.
    /// </summary>
    public void DemandColumnWrite(TableDefinition table, bool isCreate)
    {
        columns.DemandWrite(UserId, table, callerColumns, isCreate);
        if (ImpersonatorId is Guid impersonator)
        {
            columns.DemandWrite(impersonator, table, callerColumns, isCreate);
        }
    }

    /// <summary>Whether the caller (and the impersonator, if any) may read a column of a table; secured columns the caller may not read are left out of results.</summary>
    public Func<string, ColumnDefinition, bool> ReadableColumns()
    {
        var caller = columns.ReadableBy(UserId);
        if (ImpersonatorId is not Guid impersonator)
        {
            return caller;
        }

        var other = columns.ReadableBy(impersonator);
        return (table, column) => caller(table, column) && other(table, column);
    }

    // The impersonator needs the privilege itself (at any depth): Dataverse lets a call on behalf of a user do only what both may do.
    private void DemandOfImpersonator(AccessRight right, string table)
    {
        if (ImpersonatorId is Guid impersonator)
        {
            access.Demand(impersonator, right, table, row: null);
        }
    }

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
