using System.Activities;
using CrmLeadSla.LocalDataverse.Pipeline;
using CrmLeadSla.LocalDataverse.Service;
using CrmLeadSla.LocalDataverse.Storage;
using CrmLeadSla.LocalDataverse.Workflows.Xaml;
using CrmLeadSla.Solution.Workflows;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Workflows;

/// <summary>
/// The organization as one workflow run sees it: its writes and its activities' calls go through the pipeline as the
/// run's user, one level deeper than the run and (for a real-time workflow) in the triggering transaction; they are
/// counted as requests made by a workflow.
/// </summary>
internal sealed class WorkflowCalls(WorkflowCallSetting setting, PluginExecutionContext context, Transaction? transaction, WorkflowMode mode, Action<Guid, EntityReference> startChild)
    : IWorkflowRuntime
{
    public DateTime UtcNow => setting.Clock.UtcNow;

    public void Update(Entity row) =>
        new LocalOrganizationService(setting.Pipeline, new CallOrigin(context.UserId, context.InitiatingUserId, context, transaction, FromPlugin: false) { FromWorkflow = true }).Update(row);

    public IReadOnlyDictionary<string, object?> RunActivity(Type activityType, string displayName, IReadOnlyDictionary<string, object?> inputs)
    {
        var activity = (Activity)Activator.CreateInstance(activityType)!;
        activity.DisplayName = displayName;
        return setting.Host.Run(
            activity,
            new WorkflowRun
            {
                PrimaryEntity = new EntityReference(context.PrimaryEntityName, context.PrimaryEntityId),
                UserId = context.UserId,
                InitiatingUserId = context.InitiatingUserId,
                Inputs = inputs,
                MessageName = context.MessageName,
                Mode = mode,
                Depth = context.Depth,
                InputParameters = context.InputParameters,
                CorrelationId = context.CorrelationId,
            },
            new OrganizationServiceFactory(setting.Pipeline, context, transaction, setting.SystemUserId, fromWorkflow: true));
    }

    public void StartChild(Guid workflowId, EntityReference row) => startChild(workflowId, row);
}

/// <summary>What every run's calls share: the pipeline, the workflow host, the clock and the SYSTEM user.</summary>
internal sealed record WorkflowCallSetting(EventPipeline Pipeline, WorkflowHost Host, Clock Clock, Guid SystemUserId);
