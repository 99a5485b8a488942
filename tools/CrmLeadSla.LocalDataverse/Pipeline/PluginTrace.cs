using CrmLeadSla.LocalDataverse.Registration;

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
    Exception? Exception);
