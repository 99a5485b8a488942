using System.ServiceModel;
using OperationContext = CrmLeadSla.LocalDataverse.Messages.OperationContext;
using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Messages;
using CrmLeadSla.LocalDataverse.Security;
using CrmLeadSla.LocalDataverse.Service;
using CrmLeadSla.LocalDataverse.Storage;
using CrmLeadSla.LocalDataverse.Workflows;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>
/// The event pipeline: every request goes through it. Stage 10 pre-validation (outside the transaction for a
/// top-level call), then in the transaction stage 20 pre-operation, the message handler (stage 30) and
/// stage 40 post-operation; asynchronous steps are queued when the transaction commits. A failure anywhere
/// in the transaction rolls all of it back, the writes of nested calls included.
/// </summary>
internal sealed class EventPipeline
{
    /// <summary>Dataverse aborts a chain of nested calls deeper than this as an infinite loop.</summary>
    public const int MaxDepth = 8;

    private readonly OrganizationIdentity organization;
    private readonly MetadataModel metadata;
    private readonly Database database;
    private readonly StepCatalog steps;
    private readonly MessageHandlers handlers;
    private readonly Clock clock;
    private readonly RequestCounter requests;
    private readonly AsyncJobQueue jobs;
    private readonly AccessCheck access;
    private readonly ColumnSecurity columns;
    private readonly StepInvoker invoker;
    private readonly StepRowChanges stepRowChanges;

    // The messages that change their primary row: its lock is taken as the transaction begins, before the pre-image is
    // read, so two writes of one row run one after the other and the second sees the first's result.
    private static readonly HashSet<string> WritesPrimaryRow = new(StringComparer.OrdinalIgnoreCase)
    {
        "Update", "Delete", "QualifyLead", "Win", "Lose",
    };

    private readonly FaultInjection faults;
    private readonly IdSource ids;

    /// <summary>The organization's workflow engine: real-time workflows run at their stage, background ones start on commit.</summary>
    public WorkflowEngine? Workflows { get; set; }

    public EventPipeline(
        OrganizationIdentity organization,
        MetadataModel metadata,
        Database database,
        StepCatalog steps,
        PluginTypes plugins,
        Clock clock,
        TraceLog traces,
        RequestCounter requests,
        AsyncJobQueue jobs,
        (AccessCheck Rows, ColumnSecurity Columns) security,
        FaultInjection faults,
        IdSource ids,
        Guid systemUserId)
    {
        this.faults = faults;
        this.ids = ids;
        this.organization = organization;
        this.metadata = metadata;
        this.database = database;
        this.steps = steps;
        this.clock = clock;
        this.requests = requests;
        this.jobs = jobs;
        (access, columns) = security;
        handlers = new MessageHandlers();
        stepRowChanges = new StepRowChanges(steps, database);
        invoker = new StepInvoker(this, plugins, traces, clock, faults, systemUserId);
    }

    /// <summary>Runs a request; requests of different callers run in parallel, kept apart by row locks.</summary>
    public OrganizationResponse Execute(OrganizationRequest request, CallOrigin origin)
    {
        try
        {
            return ExecuteRequest(request, origin);
        }
        catch (Exception malformed) when (malformed is KeyNotFoundException or InvalidCastException)
        {
            // A request without a parameter its message needs, or with one of the wrong type: Dataverse refuses it with a fault.
            throw Fault.Of(ErrorCodes.InvalidArgument, $"The {request.RequestName} request is missing a parameter or has one of the wrong type: {malformed.Message}");
        }
    }

    private OrganizationResponse ExecuteRequest(OrganizationRequest request, CallOrigin origin)
    {
        TakeTargetIdFromPrimaryKey(request);
        if (origin.ImpersonatorId is Guid impersonator)
        {
            // Acting on behalf of another user is a privilege of its own; the user acted for must be able to call too.
            access.DemandPrivilege(impersonator, Impersonation.Privilege);
            access.DemandCaller(origin.UserId);
        }

        var operation = new Operation(request, handlers.For(request.RequestName), origin, clock.UtcNow, organization);
        if (CustomLogicBypass.IsAsked(request))
        {
            access.DemandPrivilege(origin.UserId, CustomLogicBypass.Privilege);
            if (origin.ImpersonatorId is Guid bypassing)
            {
                access.DemandPrivilege(bypassing, CustomLogicBypass.Privilege);
            }
        }

        var table = operation.PrimaryRecord.LogicalName;
        requests.Record(new CountedRequest(request.RequestName, string.IsNullOrEmpty(table) ? null : table, origin.Depth, origin.FromPlugin, origin.FromWorkflow));
        if (origin.Depth > MaxDepth)
        {
            // Like any failure in a transaction, the loop abort dooms it even if a plug-in catches the fault.
            origin.Transaction?.RollBack();
            throw Fault.Of(
                ErrorCodes.InfiniteLoop,
                "This workflow job was canceled because the workflow that started it included an infinite loop. Correct the workflow logic and try again.");
        }

        if (origin.Transaction is { } joined)
        {
            // A nested call runs every stage in its parent's transaction; its failure dooms all of it.
            try
            {
                RunSyncStage(operation, PipelineStage.PreValidation, joined, RowOf(operation, joined), rowAfter: null);
                return RunInTransaction(operation, joined);
            }
            catch
            {
                joined.RollBack();
                throw;
            }
        }

        // Pre-validation of a top-level call runs before the transaction: its nested writes commit on their own.
        RunSyncStage(operation, PipelineStage.PreValidation, transaction: null, RowOf(operation, database), rowAfter: null);
        var transaction = database.BeginTransaction();
        try
        {
            var response = RunInTransaction(operation, transaction);
            transaction.Commit();
            return response;
        }
        catch
        {
            transaction.RollBack();
            throw;
        }
    }

    /// <summary>
    /// Runs the waiting system jobs until none is left; returns how many this call ran. As in Dataverse, a job runs
    /// outside any transaction: each call its step makes commits on its own, so a failing job keeps what it wrote
    /// before the failure and a refused call (a concurrency conflict) costs only that call. Several callers may run
    /// jobs at once: each job is claimed by one of them.
    /// </summary>
    public int RunPendingAsyncJobs()
    {
        var ran = 0;
        while (jobs.ClaimNext(clock.UtcNow) is { } job)
        {
            job.Run(job);
            ran++;
        }

        return ran;
    }

    // An asynchronous step runs outside any transaction, as in Dataverse: each call it makes commits on its own.
    private void RunStep(AsyncJob job)
    {
        try
        {
            invoker.Run(job.Step!, job.Context!, transaction: null);
            job.Status = AsyncJobStatus.Succeeded;
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            // What the job wrote before it failed stays: the async service retries the job, it does not undo it.
            job.Status = AsyncJobStatus.Failed;
            job.Error = fault.Detail.Message;
        }
    }

    private OrganizationResponse RunInTransaction(Operation operation, Transaction transaction)
    {
        StepRowChanges.RefuseCreateOrDelete(operation);
        PlatformKeptRows.RefuseCreateOrDelete(operation);
        var rowBefore = WritesPrimaryRow.Contains(operation.Message) && operation.PrimaryRecord is { Id: var id, LogicalName: { Length: > 0 } table } && id != Guid.Empty
            ? transaction.FindForUpdate(table, id)
            : RowOf(operation, transaction);
        Workflows?.RunRealTime(operation, PipelineStage.PreOperation, transaction, rowBefore, rowAfter: null);
        RunSyncStage(operation, PipelineStage.PreOperation, transaction, rowBefore, rowAfter: null);

        var mainContext = operation.ContextFor(step: null, PipelineStage.MainOperation, StepMode.Synchronous, inTransaction: true, rowBefore, rowAfter: null);
        faults.BeforeMainOperation(operation.Message, operation.PrimaryRecord.LogicalName);
        var response = operation.Handler.Execute(operation.Request, OperationContextFor(operation, transaction, mainContext));
        foreach (var (name, value) in response.Results)
        {
            operation.OutputParameters[name] = value;
        }

        stepRowChanges.ApplyOnCommit(operation, transaction);
        var rowAfter = RowOf(operation, transaction);
        Workflows?.RunRealTime(operation, PipelineStage.PostOperation, transaction, rowBefore, rowAfter);
        RunSyncStage(operation, PipelineStage.PostOperation, transaction, rowBefore, rowAfter);
        foreach (var step in steps.For(operation.Message, operation.PrimaryRecord.LogicalName, PipelineStage.PostOperation, StepMode.Asynchronous, operation.Request.Parameters))
        {
            var job = new AsyncJob(step, operation.ContextFor(step, PipelineStage.PostOperation, StepMode.Asynchronous, inTransaction: false, rowBefore, rowAfter), RunStep);
            transaction.AfterCommit(() => jobs.Enqueue(job));
        }

        Workflows?.AfterSave(operation, transaction, rowBefore, rowAfter);

        // Post-operation steps may change OutputParameters: the caller gets them as the steps left them.
        foreach (var (name, value) in operation.OutputParameters)
        {
            response.Results[name] = value;
        }

        return response;
    }

    private void RunSyncStage(Operation operation, PipelineStage stage, Transaction? transaction, Entity? rowBefore, Entity? rowAfter)
    {
        if (operation.BypassesCustomPlugins)
        {
            return;
        }

        foreach (var step in steps.For(operation.Message, operation.PrimaryRecord.LogicalName, stage, StepMode.Synchronous, operation.Request.Parameters))
        {
            var context = operation.ContextFor(step, stage, StepMode.Synchronous, inTransaction: transaction is not null, rowBefore, rowAfter);
            invoker.Run(step, context, transaction);
        }
    }

    private OperationContext OperationContextFor(Operation operation, Transaction transaction, PluginExecutionContext mainContext)
    {
        var origin = operation.Origin;
        return new OperationContext(
            metadata,
            transaction,
            operation.CreatedOn,
            (origin.UserId, operation.CallerBusinessUnitId, origin.InitiatingUserId, origin.ImpersonatorId),
            (access, columns, operation.CallerColumns),
            (mainContext, origin.FromPlugin ? origin.Parent : null),
            new LocalOrganizationService(this, new CallOrigin(origin.UserId, origin.InitiatingUserId, mainContext, transaction, FromPlugin: false) { ImpersonatorId = origin.ImpersonatorId }),

            // Dataverse runs each request of a batch as a request of its own: depth 1, no parent, its own transaction.
            new LocalOrganizationService(this, new CallOrigin(origin.UserId, origin.InitiatingUserId, Parent: null, Transaction: null, FromPlugin: false) { ImpersonatorId = origin.ImpersonatorId }),
            ids)
        {
            StartWorkflow = (workflowId, entityId) => Workflows is { } engine
                ? engine.StartOnDemand(workflowId, entityId, origin.UserId, operation.Depth, transaction, (table, row) => access.Demand(origin.UserId, AccessRight.Read, table, row))
                : throw Fault.ObjectDoesNotExist("workflow", workflowId),
        };
    }

    private void TakeTargetIdFromPrimaryKey(OrganizationRequest request)
    {
        // Dataverse reads a Target's id from its primary key column when Entity.Id is not set.
        if (request.Parameters.TryGetValue("Target", out var value) && value is Entity { Id: var id } target && id == Guid.Empty
            && metadata.FindTable(target.LogicalName) is { } table
            && target.Attributes.TryGetValue(table.PrimaryIdAttribute, out var key) && key is Guid keyId)
        {
            target.Id = keyId;
        }
    }

    private static Entity? RowOf(Operation operation, Query.IRowReader rows)
    {
        var primary = operation.PrimaryRecord;
        return primary.Id == Guid.Empty || string.IsNullOrEmpty(primary.LogicalName) ? null : rows.Find(primary.LogicalName, primary.Id);
    }
}
