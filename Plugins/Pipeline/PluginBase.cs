using System;
using System.Globalization;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Pipeline
{
    /// <summary>
    /// The one entry point of every plug-in: resolves the services once, traces entry and exit with the
    /// correlation id, and turns unexpected faults into a message a business user can act on.
    /// Plug-in instances are cached and shared by concurrent events, so nothing here holds state.
    /// </summary>
    public abstract class PluginBase : IPlugin
    {
        /// <summary>Runs the step.</summary>
        public void Execute(IServiceProvider serviceProvider)
        {
            if (serviceProvider == null)
            {
                throw new InvalidPluginExecutionException(nameof(serviceProvider));
            }

            var step = new PluginStepContext(serviceProvider);
            var name = GetType().Name;
            var execution = step.Execution;
            step.Trace(
                "Entered {0}: {1} of {2} {3}, stage {4}, depth {5}, correlation {6}",
                name, execution.MessageName, execution.PrimaryEntityName, execution.PrimaryEntityId,
                execution.Stage, execution.Depth, execution.CorrelationId);
            try
            {
                ExecuteStep(step);
            }
            catch (InvalidPluginExecutionException)
            {
                throw;
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                step.Trace("{0} failed: {1}", name, fault.Detail?.Message ?? fault.Message);
                throw new InvalidPluginExecutionException(
                    string.Format(CultureInfo.InvariantCulture, "{0} could not complete: {1}", name, fault.Detail?.Message ?? fault.Message),
                    fault);
            }
            catch (Exception exception) when (!(exception is OutOfMemoryException))
            {
                step.Trace("{0} failed: {1}", name, exception);
                throw new InvalidPluginExecutionException(
                    string.Format(CultureInfo.InvariantCulture, "{0} failed unexpectedly ({1}). Nothing was saved; please try again or give the correlation id {2} to your administrator.", name, exception.Message, execution.CorrelationId),
                    exception);
            }
            finally
            {
                step.Trace("Exited {0}", name);
            }
        }

        /// <summary>The step's own work.</summary>
        protected abstract void ExecuteStep(PluginStepContext step);
    }
}
