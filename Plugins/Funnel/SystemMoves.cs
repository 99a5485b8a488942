using System;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Pipeline;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>
    /// Scoring's verdict, handed to the funnel through SharedVariables: scoring wrote MQL into a lead because the lead
    /// meets the MQL criteria, so the funnel decides the move as the system's without checking the model again. The
    /// lead step marks its own save; the interaction step marks the save it makes, which the funnel sees through
    /// ParentContext. Keyed by the lead, so a mark never speaks for another lead.
    /// </summary>
    public static class SystemMoves
    {
        private const string ScoringMoveKey = "CrmLeadSla.Funnel.ScoringMove|";

        /// <summary>Records that scoring moves the lead to MQL, in this step's operation or in a save the step makes.</summary>
        public static void MarkScoringMove(PluginStepContext step, Guid leadId)
        {
            if (step == null)
            {
                throw new ArgumentNullException(nameof(step));
            }

            step.Execution.SharedVariables[Key(leadId)] = true;
        }

        /// <summary>
        /// Whether scoring moved the step's lead to MQL in this operation or in the one that made this save, or the save is
        /// scoring's own write of MQL with the lead's behaviour state.
        /// </summary>
        public static bool IsScoringMove(PluginStepContext step)
        {
            if (step == null)
            {
                throw new ArgumentNullException(nameof(step));
            }

            // The rescoring job and the daily score refresh write MQL with the behaviour state, which only scoring writes
            // (on no form), from a workflow or an asynchronous step whose save carries no mark: their save is the verdict.
            if (step.Execution.InputParameters.TryGetValue("Target", out var saved) && saved is Entity target
                && target.Contains(LeadSchema.BehaviorState) && LeadSnapshot.StageOf(target) == FunnelStage.Mql)
            {
                return true;
            }

            var key = Key(step.Execution.PrimaryEntityId);
            for (IPluginExecutionContext? context = step.Execution; context != null; context = context.ParentContext)
            {
                if (context.SharedVariables.ContainsKey(key))
                {
                    return true;
                }
            }

            return false;
        }

        private static string Key(Guid leadId) => ScoringMoveKey + leadId.ToString("N");
    }
}
