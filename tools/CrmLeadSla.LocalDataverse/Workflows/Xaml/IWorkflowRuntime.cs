using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Workflows.Xaml;

/// <summary>What the steps of one workflow run ask of the organization: the clock, writes, custom activities, child workflows.</summary>
internal interface IWorkflowRuntime
{
    /// <summary>The organization clock's time.</summary>
    DateTime UtcNow { get; }

    /// <summary>Saves a row (UpdateEntity) as the run's user, through the pipeline, one level deeper than the run.</summary>
    void Update(Entity row);

    /// <summary>Runs a custom workflow activity with its inputs; returns its outputs by argument name.</summary>
    IReadOnlyDictionary<string, object?> RunActivity(Type activityType, string displayName, IReadOnlyDictionary<string, object?> inputs);

    /// <summary>Starts a child workflow on a row (StartChildWorkflow).</summary>
    void StartChild(Guid workflowId, EntityReference row);
}
