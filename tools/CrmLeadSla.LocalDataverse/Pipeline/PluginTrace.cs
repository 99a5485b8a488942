using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>One step execution as the plug-in trace log records it.</summary>
/// <param name="StepName">The step's name.</param>
/// <param name="PluginTypeName">The plug-in class.</param>
/// <param name="Message">The message, e.g. Update.</param>
/// <param name="PrimaryEntity">The primary table.</param>
/// <param name="Stage">The stage.</param>
/// <param name="Mode">Synchronous or asynchronous.</param>
/// <param name="Depth">The execution depth.</param>
/// <param name="CorrelationId">The operation tree's correlation id.</param>
/// <param name="StartedOn">The organization clock when the step started.</param>
/// <param name="Duration">How long the step ran (wall-clock time).</param>
/// <param name="Lines">What the plug-in wrote to its ITracingService.</param>
/// <param name="Exception">The exception the step ended with, or null.</param>
public sealed record PluginTrace(
    string StepName,
    string PluginTypeName,
    string Message,
    string PrimaryEntity,
    PipelineStage Stage,
    StepMode Mode,
    int Depth,
    Guid CorrelationId,
    DateTime StartedOn,
    TimeSpan Duration,
    IReadOnlyList<string> Lines,
    Exception? Exception)
{
    /// <summary>
    /// The trace of custom code (a step or a workflow activity) that ran with <paramref name="context"/>: message,
    /// table, mode, depth and correlation id come from the context.
    /// </summary>
    public static PluginTrace Of(
        string stepName,
        string pluginTypeName,
        IExecutionContext context,
        PipelineStage stage,
        (DateTime StartedOn, TimeSpan Duration) timing,
        IReadOnlyList<string> lines,
        Exception? exception)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new PluginTrace(
            stepName,
            pluginTypeName,
            context.MessageName,
            context.PrimaryEntityName,
            stage,
            (StepMode)context.Mode,
            context.Depth,
            context.CorrelationId,
            timing.StartedOn,
            timing.Duration,
            lines,
            exception);
    }
}
