using CrmLeadSla.Plugins.Funnel;
using CrmLeadSla.Plugins.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins
{
    /// <summary>
    /// Enforces the funnel on the server. Pre-operation on lead Create and Update: works out the stage move the
    /// save asks for, has the funnel's rules decide it (a refusal stops the save with a message a business user
    /// can act on) and stamps the decision on the lead: stage changed on, grade, reactivation date, hand-over
    /// deadlines, exclusion. Post-operation, in the same transaction: the stage history row, the hand-over's
    /// assignment and the SLA clocks, so there is never a move without its history row or the other way round.
    /// Post-operation on QualifyLead: the qualified lead moves to SQL as the qualifying user's move.
    /// Registrations: Solution/PluginAssemblies/CrmLeadSla.Plugins.xml.
    /// </summary>
    public sealed class FunnelTransitionPlugin : PluginBase
    {
        /// <summary>Alias of the pre-image holding the stored lead on Update.</summary>
        public const string PreImageAlias = "pre";

        /// <summary>Alias of the post-image holding the saved lead at post-operation.</summary>
        public const string PostImageAlias = "post";

        /// <inheritdoc />
        protected override void ExecuteStep(PluginStepContext step)
        {
            var execution = step.Execution;
            if (execution.MessageName == "QualifyLead")
            {
                QualifiedLead.MoveToSql(step);
                return;
            }

            var stored = execution.MessageName == "Create" ? null : Image(step.PreImage(PreImageAlias), PreImageAlias);
            if (execution.Stage == PipelineStages.PreOperation)
            {
                StageMoveOnSave.Decide(step, stored);
                return;
            }

            StageMoveRecord.Write(step, stored, Image(step.PostImage(PostImageAlias), PostImageAlias));
        }

        private static Entity Image(Entity? image, string alias) =>
            image ?? throw new InvalidPluginExecutionException(
                $"The funnel step is registered without its '{alias}' image. Ask an administrator to import the Lead SLA solution again.");
    }
}
