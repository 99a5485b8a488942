using CrmLeadSla.LocalDataverse.Pipeline;
using CrmLeadSla.LocalDataverse.Workflows;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Workflows;

/// <summary>A workflow activity's context carries the same IExecutionContext members, with the same platform defaults, as a step's.</summary>
public class ExecutionContextTests
{
    [Fact]
    public void Activity_and_step_contexts_report_the_same_platform_defaults()
    {
        IExecutionContext step = new PluginExecutionContext();
        IExecutionContext activity = new WorkflowContext();

        Assert.Equal(Defaults(step), Defaults(activity));
    }

    [Fact]
    public void Activity_context_is_a_top_level_sandboxed_execution_by_default()
    {
        IExecutionContext activity = new WorkflowContext();

        Assert.Equal((1, 2, "none", false, false), (activity.Depth, activity.IsolationMode, activity.SecondaryEntityName, activity.IsExecutingOffline, activity.IsOfflinePlayback));
    }

    private static Dictionary<string, object?> Defaults(IExecutionContext context) =>
        typeof(IExecutionContext).GetProperties()
            .Where(p => p.PropertyType.IsValueType || p.PropertyType == typeof(string))
            .ToDictionary(p => p.Name, p => p.GetValue(context));
}
