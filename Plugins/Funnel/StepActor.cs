using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Pipeline;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>Who makes the stage move a step sees.</summary>
    public static class StepActor
    {
        /// <summary>
        /// The system when scoring moved the lead in this operation, or when the save runs as another user than
        /// the one who started the operation (a plug-in or workflow activity writing through the SYSTEM service);
        /// otherwise the initiating user's Lead SLA role (sales, marketing); a user who has neither (administrators,
        /// integrations) stands in for the team the move's row names, else acts as the system.
        /// </summary>
        public static FunnelActor For(PluginStepContext step, FunnelStage from, FunnelStage to)
        {
            return SystemMoves.IsScoringMove(step) || SavesForAnother(step)
                ? FunnelActor.System
                : FunnelActors.ActingAs(LeadSlaRoles.HeldBy(step.SystemService, step.Execution.InitiatingUserId), from, to);
        }

        /// <summary>
        /// Whether the save runs as another user than the one who started the operation: a plug-in or workflow activity
        /// writing through the SYSTEM service (or impersonating), so the save is the system's, not the user's own act.
        /// </summary>
        public static bool SavesForAnother(PluginStepContext step) =>
            step.Execution.UserId != step.Execution.InitiatingUserId;
    }
}
