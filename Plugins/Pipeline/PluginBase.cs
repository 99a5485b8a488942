using System;
using System.ServiceModel;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Pipeline
{
    /// <summary>
    /// The one entry point of every plug-in: resolves the services once, traces entry and exit with the
    /// correlation id, and turns unexpected faults into a message a business user can act on. Every message leaves
    /// here in the calling user's language (<see cref="PluginStepContext.CallerLanguage"/>).
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
            catch (UserMessageException refused)
            {
                step.Trace("{0} refused: {1}", name, refused.Message);
                throw new InvalidPluginExecutionException(refused.Text.In(step.CallerLanguage, FieldColumns.ColumnOf));
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                step.Trace("{0} failed: {1}", name, fault.Detail?.Message ?? fault.Message);
                throw new InvalidPluginExecutionException(
                    Text.Of(TextKey.StepCouldNotComplete, name, fault.Detail?.Message ?? fault.Message).In(step.CallerLanguage),
                    fault);
            }
            catch (Exception exception) when (!(exception is OutOfMemoryException))
            {
                step.Trace("{0} failed: {1}", name, exception);
                throw new InvalidPluginExecutionException(
                    Text.Of(TextKey.StepFailedUnexpectedly, name, exception.Message, execution.CorrelationId).In(step.CallerLanguage),
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
