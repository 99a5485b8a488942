using System.Diagnostics;
using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Registration;
using CrmLeadSla.LocalDataverse.Storage;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>
/// Runs one step: gives the plug-in its services, records the execution in the trace log, and turns what
/// it throws into the fault Dataverse returns (InvalidPluginExecutionException: its message, its error
/// code or -2147220891; a nested call's fault: unchanged; anything else: an unexpected plug-in fault).
/// </summary>
internal sealed class StepInvoker(EventPipeline pipeline, PluginTypes plugins, TraceLog traces, Clock clock, Guid systemUserId)
{
    private const int UnsetErrorCode = unchecked((int)0x80131500);

    public void Run(StepRegistration step, PluginExecutionContext context, Transaction? transaction)
    {
        var tracing = new StepTracingService();
        var services = new PluginServices(context, tracing, new OrganizationServiceFactory(pipeline, context, transaction, systemUserId));
        var startedOn = clock.UtcNow;
        var watch = Stopwatch.StartNew();
        Exception? failure = null;
        try
        {
            plugins.InstanceFor(step).Execute(services);
        }
        catch (Exception exception)
        {
            failure = exception;
            throw FaultOf(exception);
        }
        finally
        {
            traces.Record(new PluginTrace(
                step.Name,
                step.PluginTypeName,
                context.MessageName,
                context.PrimaryEntityName,
                (PipelineStage)context.Stage,
                (StepMode)context.Mode,
                context.Depth,
                context.CorrelationId,
                startedOn,
                watch.Elapsed,
                tracing.Lines,
                failure));
        }
    }

    private static FaultException<OrganizationServiceFault> FaultOf(Exception exception) => exception switch
    {
        // Without an error code of its own (0, or the SDK's default: COR_E_EXCEPTION) the fault carries IsvAborted.
        InvalidPluginExecutionException plugin =>
            Fault.Of(plugin.ErrorCode is 0 or UnsetErrorCode ? ErrorCodes.PluginFault : plugin.ErrorCode, plugin.Message),
        FaultException<OrganizationServiceFault> fault => fault,
        _ => Fault.Of(ErrorCodes.PluginUnexpected, $"Unexpected exception from plug-in (Execute): {exception.GetType().FullName}: {exception.Message}"),
    };
}
