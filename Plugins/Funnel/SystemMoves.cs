using CrmLeadSla.Plugins.Pipeline;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>
    /// What the pre-operation half of a stage move tells the other steps of the same operation, as SharedVariables
    /// (shared by the steps of one operation on one row, so a fixed key suffices): scoring wrote MQL into Target,
    /// so the funnel decides it as the system's move; or the system placed a new lead at its stage, so the record
    /// shows an entry, not a move.
    /// </summary>
    public static class SystemMoves
    {
        private const string ScoringMoveKey = "CrmLeadSla.Funnel.ScoringMove";
        private const string PlacementKey = "CrmLeadSla.Funnel.Placement";

        /// <summary>Records that scoring moved the step's lead to MQL because it meets the MQL criteria.</summary>
        public static void MarkScoringMove(PluginStepContext step) => step.Execution.SharedVariables[ScoringMoveKey] = true;

        /// <summary>Whether scoring moved the step's lead in this operation.</summary>
        public static bool IsScoringMove(PluginStepContext step) => step.Execution.SharedVariables.ContainsKey(ScoringMoveKey);

        /// <summary>Records that the system placed a new lead at its stage without a move (an import).</summary>
        public static void MarkPlacement(PluginStepContext step) => step.Execution.SharedVariables[PlacementKey] = true;

        /// <summary>Whether the new lead was placed at its stage without a move.</summary>
        public static bool IsPlacement(PluginStepContext step) => step.Execution.SharedVariables.ContainsKey(PlacementKey);
    }
}
