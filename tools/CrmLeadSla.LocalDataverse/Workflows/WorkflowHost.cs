using System.Activities;
using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Pipeline;
using CrmLeadSla.Solution.Registration;
using CrmLeadSla.Solution.Workflows;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace CrmLeadSla.LocalDataverse.Workflows;

/// <summary>
/// Runs custom workflow activities (CodeActivity classes) on a local organization the way a classic Dataverse
/// workflow runs them: the activity's declaration is checked as the workflow designer checks it, its inputs are
/// bound (a missing one takes its [Default]), it gets IWorkflowContext, ITracingService and
/// IOrganizationServiceFactory as extensions, and its trace goes to the organization's plug-in trace log.
/// </summary>
public sealed class WorkflowHost
{
    private readonly LocalOrganization organization;

    /// <summary>A host for the activities of workflows on <paramref name="organization"/>.</summary>
    public WorkflowHost(LocalOrganization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        this.organization = organization;
    }

    /// <summary>
    /// Runs the activity and returns its output arguments by property name. An InvalidPluginExecutionException
    /// ends the run with Dataverse's fault carrying its message; another exception with the unexpected-error fault;
    /// inputs that do not fit the arguments with WorkflowInvoker's ArgumentException. A badly declared activity is
    /// refused with <see cref="ActivityDeclarationException"/> before it runs.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Run(Activity activity, WorkflowRun run) =>
        Run(activity, run, new WorkflowServiceFactory(organization));

    /// <summary>Runs the activity of a workflow step whose calls <paramref name="services"/> nests in the workflow's run.</summary>
    internal IReadOnlyDictionary<string, object?> Run(Activity activity, WorkflowRun run, IOrganizationServiceFactory services)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(run);
        ActivityDeclarationRules.Demand(activity.GetType());
        var context = ContextFor(run);
        var tracing = new StepTracingService();
        var invoker = new WorkflowInvoker(activity);
        invoker.Extensions.Add(context);
        invoker.Extensions.Add(tracing);
        invoker.Extensions.Add(services);

        var startedOn = organization.Clock.UtcNow;
        var watch = Stopwatch.StartNew();
        Exception? failure = null;
        try
        {
            var outputs = invoker.Invoke(InputsWithDefaults(activity, run));
            return outputs.ToDictionary(o => o.Key, o => (object?)o.Value, StringComparer.Ordinal);
        }
        catch (Exception exception)
        {
            failure = exception;

            // Inputs that do not fit the arguments are the caller's mistake: WorkflowInvoker's message says which.
            if (exception is ArgumentException)
            {
                throw;
            }

            throw PluginFaults.Of(exception, "workflow activity");
        }
        finally
        {
            organization.Traces.Record(PluginTrace.Of(
                activity.DisplayName,
                activity.GetType().FullName ?? activity.GetType().Name,
                context,
                PipelineStage.PostOperation,
                (startedOn, watch.Elapsed),
                tracing.Lines,
                failure));
        }
    }

    private WorkflowContext ContextFor(WorkflowRun run) => new()
    {
        PrimaryEntityName = run.PrimaryEntity.LogicalName,
        PrimaryEntityId = run.PrimaryEntity.Id,
        UserId = run.UserId,
        InitiatingUserId = run.InitiatingUserId ?? run.UserId,
        BusinessUnitId = organization.Security.BusinessUnitOf(run.UserId),
        OrganizationId = organization.Id,
        OrganizationName = organization.Name,
        MessageName = run.MessageName,
        StageName = run.StageName,
        WorkflowMode = (int)run.Mode,
        Mode = run.Mode == WorkflowMode.RealTime ? (int)StepMode.Synchronous : (int)StepMode.Asynchronous,
        Depth = run.Depth,
        InputParameters = run.InputParameters,
        CorrelationId = run.CorrelationId ?? Guid.NewGuid(),
        OperationId = Guid.NewGuid(),
        OperationCreatedOn = organization.Clock.UtcNow,
        IsInTransaction = run.Mode == WorkflowMode.RealTime,
    };

    private static Dictionary<string, object> InputsWithDefaults(Activity activity, WorkflowRun run)
    {
        var inputs = run.Inputs.Where(i => i.Value is not null).ToDictionary(i => i.Key, i => i.Value!, StringComparer.Ordinal);
        foreach (var argument in ActivityArgument.Of(activity.GetType()).Where(a => a.IsInput && !inputs.ContainsKey(a.Name)))
        {
            if (ActivityDefaults.Of(argument) is { } value)
            {
                inputs[argument.Name] = value;
            }
        }

        return inputs;
    }
}
