using CrmLeadSla.LocalDataverse.Faults;

namespace CrmLeadSla.LocalDataverse.Messages.Special;

/// <summary>
/// Batch messages (ExecuteMultiple, CreateMultiple, UpdateMultiple) are refused when a plug-in calls them.
/// Dataverse itself only advises against them there (solution checker rule il-avoid-batch-plugin: they hold the
/// plug-in's transaction and push it towards the two-minute limit); the local Dataverse refuses, so that such a
/// plug-in fails in tests instead of timing out in production.
/// </summary>
internal static class BatchRequestRule
{
    /// <summary>Throws when the call was made by a plug-in step.</summary>
    public static void RefuseFromPlugin(OperationContext context, string message)
    {
        if (context.CallingStep is { } step)
        {
            throw Fault.Of(
                ErrorCodes.InvalidArgument,
                $"{message} cannot be called from a plug-in (called by a step on {step.MessageName} of {step.PrimaryEntityName}, stage {step.Stage}): batch requests in plug-ins are refused (solution checker rule il-avoid-batch-plugin).");
        }
    }
}
