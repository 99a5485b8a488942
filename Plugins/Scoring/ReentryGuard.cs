using System;
using System.Globalization;
using CrmLeadSla.Plugins.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Scoring
{
    /// <summary>
    /// Keeps a step from running again for the same record inside its own operation tree: a SharedVariables
    /// key per plug-in, message, stage and record, looked up through the parent contexts (a nested operation
    /// sees its parents' variables there). Unlike a Depth check it does not stop legitimate nested events.
    /// </summary>
    public static class ReentryGuard
    {
        /// <summary>True the first time this step runs for the record in the operation tree; marks it as run.</summary>
        public static bool FirstVisit(PluginStepContext step, string pluginName)
        {
            if (step == null)
            {
                throw new ArgumentNullException(nameof(step));
            }

            var execution = step.Execution;
            if (execution.PrimaryEntityId == Guid.Empty)
            {
                // A row not created yet has no id to key on, and its creation cannot re-enter itself; keying on
                // the empty id would skip every other new row created in the same operation tree.
                return true;
            }

            var key = string.Format(
                CultureInfo.InvariantCulture,
                "{0}|{1}|{2}|{3}",
                pluginName, execution.MessageName, execution.Stage, execution.PrimaryEntityId);
            for (IPluginExecutionContext? context = execution; context != null; context = context.ParentContext)
            {
                if (context.SharedVariables.ContainsKey(key))
                {
                    step.Trace("{0} already ran for this record in this operation; skipped.", pluginName);
                    return false;
                }
            }

            execution.SharedVariables[key] = true;
            return true;
        }
    }
}
