using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Funnel;
using CrmLeadSla.Plugins.Pipeline;

namespace CrmLeadSla.Plugins
{
    /// <summary>
    /// Enforces the funnel on the server. Pre-operation on lead Create and Update: works out the stage move the
    /// save asks for, has the funnel's rules decide it (a refusal stops the save with a message a business user
    /// can act on), reads what the move needs and stamps the decision on the lead: stage changed on, grade,
    /// reactivation date, agreement, hand-over deadlines, SLA status, exclusion. Post-operation, in the same
    /// transaction: writes what pre-operation decided — the stage history row, the SLA clocks, the hand-over's
    /// assignment — so there is never a move without its history row or the other way round (<see cref="StageMoveOnSave"/>).
    /// Post-operation on QualifyLead: the qualified lead moves to SQL as the qualifying user's move.
    /// Registrations: Solution/PluginAssemblies/CrmLeadSla.Plugins.xml.
    /// </summary>
    public sealed class FunnelTransitionPlugin : PluginBase
    {
        /// <summary>Alias of the pre-operation step's pre-image holding the stored lead on Update.</summary>
        public const string PreImageAlias = "pre";

        /// <inheritdoc />
        protected override void ExecuteStep(PluginStepContext step)
        {
            var execution = step.Execution;
            if (execution.MessageName == "QualifyLead")
            {
                QualifiedLead.MoveToSql(step);
                return;
            }

            if (execution.Stage != PipelineStages.PreOperation)
            {
                StageMoveOnSave.Record(step);
                return;
            }

            var stored = execution.MessageName == "Create" ? null
                : step.PreImage(PreImageAlias) ?? throw new UserMessageException(Text.Of(TextKey.StepWithoutImage, PreImageAlias));
            StageMoveOnSave.Decide(step, stored);
        }
    }
}
