using System.Globalization;
using CrmLeadSla.Plugins.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>
    /// Marks a stage the solution's own scoring wrote into a lead's Target, so the funnel decides it as the
    /// system's move (the user saved other columns; scoring moved the lead). A SharedVariables key per lead:
    /// the steps of one operation share them.
    /// </summary>
    public static class SystemMoves
    {
        private const string KeyFormat = "lsla_funnel_scoringmove|{0}";

        /// <summary>Records that scoring moved the step's lead to MQL because it meets the MQL criteria.</summary>
        public static void MarkScoringMove(PluginStepContext step) =>
            step.Execution.SharedVariables[KeyOf(step.Execution)] = true;

        /// <summary>Whether scoring moved the step's lead in this operation.</summary>
        public static bool IsScoringMove(PluginStepContext step) =>
            step.Execution.SharedVariables.ContainsKey(KeyOf(step.Execution));

        private static string KeyOf(IExecutionContext execution) =>
            string.Format(CultureInfo.InvariantCulture, KeyFormat, execution.PrimaryEntityId);
    }
}
