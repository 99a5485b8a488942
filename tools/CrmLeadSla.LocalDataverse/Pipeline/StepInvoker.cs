using System.Diagnostics;
using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Storage;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>
/// Runs one step: gives the plug-in its services, records the execution in the trace log, and turns what
/// it throws into the fault Dataverse returns (InvalidPluginExecutionException: its message, its error
/// code or -2147220891; a nested call's fault: unchanged; anything else: an unexpected plug-in fault). What the step
/// leaves in SharedVariables must be a value the platform can carry to the next step (<see cref="SharedVariableValues"/>).
/// </summary>
internal sealed class StepInvoker(EventPipeline pipeline, PluginTypes plugins, TraceLog traces, Clock clock, FaultInjection faults, Guid systemUserId)
{
    public void Run(StepRegistration step, PluginExecutionContext context, Transaction? transaction)
    {
        var tracing = new StepTracingService();
        var services = new PluginServices(context, tracing, new OrganizationServiceFactory(pipeline, context, transaction, systemUserId));
        var startedOn = clock.UtcNow;
        var watch = Stopwatch.StartNew();
        Exception? failure = null;
        try
        {
            faults.BeforeStep(step);
            plugins.InstanceFor(step).Execute(services);
            SharedVariableValues.Carry(context.SharedVariables);
        }
        catch (Exception exception)
        {
            failure = exception;
            throw PluginFaults.Of(exception, "plug-in");
        }
        finally
        {
            traces.Record(PluginTrace.Of(
                step.Name, step.PluginTypeName, context, (PipelineStage)context.Stage, (startedOn, watch.Elapsed), tracing.Lines, failure));
        }
    }
}
