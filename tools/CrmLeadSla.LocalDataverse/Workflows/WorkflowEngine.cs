using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Pipeline;
using CrmLeadSla.LocalDataverse.Security;
using CrmLeadSla.LocalDataverse.Storage;
using CrmLeadSla.LocalDataverse.Workflows.Xaml;
using CrmLeadSla.Solution.Registration;
using CrmLeadSla.Solution.Workflows;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Workflows;

/// <summary>
/// Runs the organization's activated classic workflows from their XAML, as Dataverse runs them: a background
/// workflow starts as a system job when a triggering Create or Update commits, runs when the jobs run, and while it
/// waits sleeps until the clock passes its time or a column its wait reads changes; a real-time workflow runs inside
/// the triggering transaction at its stage, before that stage's plug-in steps, and its refusal rolls the save back;
/// child workflows and on-demand starts (ExecuteWorkflow) become system jobs too.
/// </summary>
internal sealed class WorkflowEngine
{
    /// <summary>A workflow that waited this long before it goes on starts a new chain as far as the loop limit is concerned.</summary>
    public static readonly TimeSpan LoopWindow = TimeSpan.FromHours(1);

    // Replaced whole when a solution import activates more (never changed in place), so a running save reads one list.
    private IReadOnlyList<CompiledWorkflow> workflows;
    private readonly WorkflowCallSetting calls;
    private readonly OrganizationIdentity organization;
    private readonly Database database;
    private readonly AsyncJobQueue jobs;
    private readonly SecurityModel security;
    private readonly Func<Guid> owner;
    private readonly Lock sync = new();
    private readonly Dictionary<RowKey, List<(AsyncJob Job, IReadOnlyList<string> Columns)>> watches = [];

    public WorkflowEngine(IReadOnlyList<CompiledWorkflow> workflows, WorkflowCallSetting calls, OrganizationIdentity organization, Database database, AsyncJobQueue jobs, SecurityModel security, Func<Guid> owner)
    {
        this.workflows = workflows;
        this.calls = calls;
        this.organization = organization;
        this.database = database;
        this.jobs = jobs;
        this.security = security;
        this.owner = owner;
    }

    /// <summary>The organization's activated workflows after an install: the runs under way go on with the definition they started with.</summary>
    public void Activate(IReadOnlyList<CompiledWorkflow> activated) => Volatile.Write(ref workflows, activated);

    /// <summary>
    /// Runs the real-time workflows the save triggers at this stage (20: before the save, on the values being saved;
    /// 40: after it, on the saved row); one that stops as Canceled or Failed refuses the save with its reason.
    /// </summary>
    public void RunRealTime(Operation operation, PipelineStage stage, Transaction transaction, Entity? rowBefore, Entity? rowAfter)
    {
        // Real-time workflows are custom synchronous logic: BypassCustomPluginExecution skips them as it skips the steps.
        if (operation.BypassesCustomPlugins)
        {
            return;
        }

        var before = stage == PipelineStage.PreOperation;
        foreach (var workflow in Triggered(operation, WorkflowMode.RealTime, before ? WorkflowStage.Before : WorkflowStage.After, rowBefore ?? rowAfter))
        {
            var row = before ? BeingSaved(operation, rowBefore) : rowAfter;
            var user = workflow.Registration.RunAs == WorkflowRunAs.CallingUser ? operation.Origin.UserId : owner();
            var context = Context(operation.Request.Parameters, operation.Message, operation.PrimaryRecord, user, operation.Origin.InitiatingUserId, operation.Depth, operation.CorrelationId, stage, inTransaction: true);
            var state = new WorkflowRunState(new WorkflowCalls(calls, context, transaction, WorkflowMode.RealTime, (id, child) => transaction.AfterCommit(() => StartChild(id, child, context))), calls.Clock.UtcNow)
            {
                PrimaryEntity = row,
            };
            StepOutcome outcome;
            try
            {
                outcome = workflow.Body.Run(state);
            }
            catch (WorkflowRunException e)
            {
                throw Fault.Of(ErrorCodes.PluginFault, $"The workflow '{workflow.Name}' failed: {e.Message}");
            }

            if (outcome == StepOutcome.Stopped && state.Stop is { Status: not OperationStatus.Succeeded } stop)
            {
                throw PluginFaults.Of(new InvalidPluginExecutionException(stop.Status, stop.Reason), "workflow");
            }
        }
    }

    /// <summary>When the save commits: starts the background workflows it triggers, and wakes the waiting runs of the row whose wait reads a column it changed.</summary>
    public void AfterSave(Operation operation, Transaction transaction, Entity? rowBefore, Entity? rowAfter)
    {
        var triggered = Triggered(operation, WorkflowMode.Background, null, rowAfter ?? rowBefore).ToList();
        var primary = operation.PrimaryRecord;
        var changed = operation.Message == "Update" && operation.Request.Parameters.TryGetValue("Target", out var target) && target is Entity written
            ? written.Attributes.Keys.ToList()
            : null;
        if (triggered.Count == 0 && changed is null)
        {
            return;
        }

        var inputs = Operation.CopyOf(operation.Request.Parameters);
        transaction.AfterCommit(() =>
        {
            foreach (var workflow in triggered)
            {
                Start(workflow, primary, operation.Message, operation.Origin.InitiatingUserId, operation.Depth, operation.CorrelationId, inputs);
            }

            if (changed is not null)
            {
                Wake(new RowKey(primary.LogicalName, primary.Id), changed);
            }
        });
    }

    /// <summary>
    /// ExecuteWorkflow: starts an on-demand workflow on a row as a system job when the request commits; returns the
    /// job's id. <paramref name="demandRead"/> refuses a caller who may not read the row.
    /// </summary>
    public Guid StartOnDemand(Guid workflowId, Guid entityId, Guid callerId, int depth, Transaction transaction, Action<string, Entity> demandRead)
    {
        var workflow = workflows.FirstOrDefault(w => w.Registration.Id == workflowId)
            ?? throw Fault.ObjectDoesNotExist("workflow", workflowId);
        if (!workflow.Registration.OnDemand)
        {
            throw Fault.Of(ErrorCodes.InvalidArgument, $"The workflow '{workflow.Name}' cannot be started on demand: it is not available to run as an on-demand process.");
        }

        var table = workflow.Registration.Entity;
        demandRead(table, transaction.Find(table, entityId) ?? throw Fault.ObjectDoesNotExist(table, entityId));

        var job = NewJob(workflow, new EntityReference(table, entityId), "ExecuteWorkflow", callerId, depth, Guid.NewGuid(), []);
        transaction.AfterCommit(() => jobs.Enqueue(job));
        return job.Id;
    }

    private void Start(CompiledWorkflow workflow, EntityReference row, string message, Guid initiatingUserId, int depth, Guid correlationId, ParameterCollection inputs) =>
        jobs.Enqueue(NewJob(workflow, row, message, initiatingUserId, depth, correlationId, inputs));

    // A child workflow runs one level deeper than the run that started it, on the same correlation.
    private void StartChild(Guid workflowId, EntityReference row, PluginExecutionContext parent)
    {
        var child = workflows.First(w => w.Registration.Id == workflowId);
        Start(child, row, parent.MessageName, parent.InitiatingUserId, parent.Depth + 1, parent.CorrelationId, parent.InputParameters);
    }

    private AsyncJob NewJob(CompiledWorkflow workflow, EntityReference row, string message, Guid initiatingUserId, int depth, Guid correlationId, ParameterCollection inputs)
    {
        BackgroundRun? run = null;
        var job = new AsyncJob(workflow.Registration, row, depth, job => RunJob(job, run!));
        run = new BackgroundRun(workflow, message, initiatingUserId, correlationId, inputs);
        return job;
    }

    // One pass of a background run: from the start, or from where it waited; it ends, waits again, stops or fails.
    private void RunJob(AsyncJob job, BackgroundRun run)
    {
        var now = calls.Clock.UtcNow;
        Unwatch(job);
        if (run.State is { SuspendedAt: not null } waiting)
        {
            if (now - run.LastRanOn >= LoopWindow)
            {
                job.Depth = 1;
            }

            waiting.PrepareResume();
        }

        run.LastRanOn = now;
        if (job.Depth > EventPipeline.MaxDepth)
        {
            Finish(job, AsyncJobStatus.Canceled, "This workflow job was canceled because the workflow that started it included an infinite loop. Correct the workflow logic and try again.");
            return;
        }

        var context = Context(run.Inputs, run.Message, job.Regarding, owner(), run.InitiatingUserId, job.Depth, run.CorrelationId, PipelineStage.PostOperation, inTransaction: false);
        var runtime = new WorkflowCalls(calls, context, null, WorkflowMode.Background, (id, child) => StartChild(id, child, context));
        var state = run.State ??= new WorkflowRunState(runtime, now);
        state.Runtime = runtime;
        state.PrimaryEntity = database.Find(job.Regarding.LogicalName, job.Regarding.Id);
        if (state.PrimaryEntity is null)
        {
            Finish(job, AsyncJobStatus.Failed, $"The {job.Regarding.LogicalName} the workflow runs on ({job.Regarding.Id}) no longer exists.");
            return;
        }

        try
        {
            switch (run.Workflow.Body.Run(state))
            {
                case StepOutcome.Suspended:
                    jobs.Postpone(job, state.WakeAt);
                    Watch(job, state.Watched);
                    return;
                case StepOutcome.Stopped when state.Stop is { } stop:
                    Finish(job, stop.Status switch
                    {
                        OperationStatus.Succeeded => AsyncJobStatus.Succeeded,
                        OperationStatus.Canceled => AsyncJobStatus.Canceled,
                        _ => AsyncJobStatus.Failed,
                    }, stop.Reason);
                    return;
                default:
                    Finish(job, AsyncJobStatus.Succeeded, null);
                    return;
            }
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            Finish(job, fault.Detail.ErrorCode == ErrorCodes.InfiniteLoop ? AsyncJobStatus.Canceled : AsyncJobStatus.Failed, fault.Detail.Message);
        }
        catch (WorkflowRunException e)
        {
            Finish(job, AsyncJobStatus.Failed, $"The workflow '{run.Workflow.Name}' failed: {e.Message}");
        }
    }

    private static void Finish(AsyncJob job, AsyncJobStatus status, string? message)
    {
        job.Status = status;
        job.Error = message;
    }

    // The workflows a save triggers: activated, of this mode (and stage), on the table, by this message (an Update
    // only when Target holds a trigger column), and within the workflow's scope for the row's owner.
    private IEnumerable<CompiledWorkflow> Triggered(Operation operation, WorkflowMode mode, WorkflowStage? stage, Entity? row)
    {
        var table = operation.PrimaryRecord.LogicalName;
        var written = operation.Request.Parameters.TryGetValue("Target", out var target) ? target as Entity : null;
        return workflows.Where(w =>
            w.Registration.Mode == mode
            && (stage is null || w.Registration.Stage == stage)
            && string.Equals(w.Registration.Entity, table, StringComparison.OrdinalIgnoreCase)
            && operation.Message switch
            {
                "Create" => w.Registration.TriggerOnCreate,
                "Update" => written is not null && w.Registration.TriggerOnUpdate.Any(written.Contains),
                _ => false,
            }
            && InScope(w.Registration.Scope, row));
    }

    private bool InScope(WorkflowScope scope, Entity? row)
    {
        if (scope == WorkflowScope.Organization)
        {
            return true;
        }

        var rowOwner = row?.GetAttributeValue<EntityReference>("ownerid")?.Id;
        var structure = security.Current;
        var ownerUnit = structure.BusinessUnitOf(owner());
        var rowUnit = rowOwner is Guid id ? structure.BusinessUnitOf(id) : null;
        return scope switch
        {
            WorkflowScope.User => rowOwner == owner(),
            WorkflowScope.BusinessUnit => rowUnit is not null && rowUnit == ownerUnit,
            _ => rowUnit is Guid unit && ownerUnit is Guid top && structure.IsAtOrBelow(unit, top),
        };
    }

    // Before the save a workflow sees the row as it will be saved: the stored row with the request's columns over it.
    private static Entity BeingSaved(Operation operation, Entity? rowBefore)
    {
        var row = rowBefore is null ? new Entity(operation.PrimaryRecord.LogicalName, operation.PrimaryRecord.Id) : RowCopy.Of(rowBefore);
        if (operation.Request.Parameters.TryGetValue("Target", out var target) && target is Entity written)
        {
            foreach (var (column, value) in written.Attributes)
            {
                row[column] = RowCopy.ValueOf(value);
            }

            if (row.Id == Guid.Empty)
            {
                row.Id = written.Id;
            }
        }

        return row;
    }

    private PluginExecutionContext Context(ParameterCollection inputs, string message, EntityReference row, Guid user, Guid initiatingUser, int depth, Guid correlationId, PipelineStage stage, bool inTransaction) => new()
    {
        Stage = (int)stage,
        Mode = inTransaction ? (int)StepMode.Synchronous : (int)StepMode.Asynchronous,
        Depth = depth,
        MessageName = message,
        PrimaryEntityName = row.LogicalName,
        PrimaryEntityId = row.Id,
        InputParameters = inputs,
        UserId = user,
        InitiatingUserId = initiatingUser,
        BusinessUnitId = organization.BusinessUnitOf(user),
        OrganizationId = organization.Id,
        OrganizationName = organization.Name,
        CorrelationId = correlationId,
        OperationId = Guid.NewGuid(),
        OperationCreatedOn = calls.Clock.UtcNow,
        IsInTransaction = inTransaction,
    };

    private void Watch(AsyncJob job, IReadOnlyList<string> columns)
    {
        if (columns.Count == 0)
        {
            return;
        }

        lock (sync)
        {
            var key = new RowKey(job.Regarding.LogicalName, job.Regarding.Id);
            if (!watches.TryGetValue(key, out var list))
            {
                watches[key] = list = [];
            }

            list.Add((job, columns));
        }
    }

    private void Unwatch(AsyncJob job)
    {
        lock (sync)
        {
            var key = new RowKey(job.Regarding.LogicalName, job.Regarding.Id);
            if (watches.TryGetValue(key, out var list) && list.RemoveAll(w => w.Job == job) > 0 && list.Count == 0)
            {
                watches.Remove(key);
            }
        }
    }

    // A waiting run whose wait reads a changed column is evaluated again at the next run of the jobs.
    private void Wake(RowKey row, IReadOnlyList<string> changed)
    {
        List<AsyncJob> woken;
        lock (sync)
        {
            if (!watches.TryGetValue(row, out var list))
            {
                return;
            }

            woken = [.. list.Where(w => w.Columns.Any(c => changed.Contains(c, StringComparer.OrdinalIgnoreCase))).Select(w => w.Job)];
        }

        foreach (var job in woken)
        {
            Unwatch(job);
            jobs.Wake(job);
        }
    }

    /// <summary>A background run between its passes: the workflow, how it was started, and its state once it has run.</summary>
    private sealed class BackgroundRun(CompiledWorkflow workflow, string message, Guid initiatingUserId, Guid correlationId, ParameterCollection inputs)
    {
        public CompiledWorkflow Workflow => workflow;

        public string Message => message;

        public Guid InitiatingUserId => initiatingUserId;

        public Guid CorrelationId => correlationId;

        public ParameterCollection Inputs => inputs;

        public WorkflowRunState? State { get; set; }

        public DateTime LastRanOn { get; set; }
    }
}
