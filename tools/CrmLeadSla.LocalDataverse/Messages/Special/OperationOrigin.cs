using System.Reflection;
using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Pipeline;
using CrmLeadSla.LocalDataverse.Registration;
using CrmLeadSla.LocalDataverse.Service;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages.Special;

/// <summary>
/// The execution context of the operation a handler is running, and who made the call: a client, a plug-in
/// step, or another message's main operation.
/// </summary>
/// <remarks>
/// OperationContext does not expose the call's origin yet, so this reads it from the nested service the
/// context hands out, whose parent context is the operation's own. Replace with OperationContext members
/// (depth, parent context) once the core offers them.
/// </remarks>
internal static class OperationOrigin
{
    private static readonly FieldInfo OriginField =
        typeof(LocalOrganizationService).GetField("origin", BindingFlags.NonPublic | BindingFlags.Instance)
        ?? throw new MissingFieldException(nameof(LocalOrganizationService), "origin");

    /// <summary>
    /// Refuses a batch message (ExecuteMultiple, CreateMultiple, UpdateMultiple) called by a plug-in. Dataverse
    /// itself only advises against it (solution checker rule il-avoid-batch-plugin); the local Dataverse refuses
    /// so that such a plug-in fails in tests instead of timing out in production.
    /// </summary>
    public static void RefuseBatchFromPlugin(OperationContext context, string message)
    {
        if (CallingStep(context) is { } step)
        {
            throw Fault.Of(
                ErrorCodes.InvalidArgument,
                $"{message} cannot be called from a plug-in (called by a step on {step.MessageName} of {step.PrimaryEntityName}, stage {step.Stage}): batch requests in plug-ins are refused (solution checker rule il-avoid-batch-plugin).");
        }
    }

    /// <summary>The execution context of the running operation's main operation (stage 30).</summary>
    public static IPluginExecutionContext MainContextOf(OperationContext context) =>
        Origin(context).Parent ?? throw new InvalidOperationException("The operation context's service has no parent context.");

    /// <summary>The context of the plug-in step that made this call, or null when a client or a message made it.</summary>
    private static IPluginExecutionContext? CallingStep(OperationContext context)
    {
        var caller = MainContextOf(context).ParentContext;
        return caller is not null && caller.Stage != (int)PipelineStage.MainOperation ? caller : null;
    }

    private static CallOrigin Origin(OperationContext context) =>
        (CallOrigin)OriginField.GetValue(context.Service)!;
}
