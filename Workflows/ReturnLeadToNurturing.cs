using System;
using System.Activities;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmLeadSla.Workflows
{
    /// <summary>
    /// Moves a lead to Nurture with an agreed reason: lowers the grade when the reason says so and sets
    /// lsla_reactivateon from the reason's days, else the agreement's. The move is one Update as the workflow's
    /// user, so the funnel's step judges it like any other; a refused return changes nothing.
    /// </summary>
    public sealed class ReturnLeadToNurturing : SlaActivity
    {
        /// <summary>The lead to return.</summary>
        [RequiredArgument]
        [Input("Lead")]
        [ReferenceTarget(LeadSchema.EntityName)]
        public InArgument<EntityReference> Lead { get; set; } = new InArgument<EntityReference>();

        /// <summary>The agreed reason it is returned with.</summary>
        [RequiredArgument]
        [Input("Rejection reason")]
        [ReferenceTarget(RejectionReasonSchema.EntityName)]
        public InArgument<EntityReference> Reason { get; set; } = new InArgument<EntityReference>();

        /// <summary>Why, in sales' words; required by some reasons.</summary>
        [Input("Comment")]
        public InArgument<string> Comment { get; set; } = new InArgument<string>();

        /// <summary>When the lead comes back; empty when neither reason nor agreement sets days.</summary>
        [Output("Reactivate on")]
        public OutArgument<DateTime> ReactivateOn { get; set; } = new OutArgument<DateTime>();

        /// <inheritdoc />
        protected override void Run(ActivityStep step)
        {
            var reason = Reason.Get(step.Context);
            var judgement = RejectionJudgement.Of(step.SystemService, Lead.Get(step.Context).Id, reason, Comment.Get(step.Context), step.Now, toNurture: true);
            var move = judgement.Decision.Move ?? throw new InvalidPluginExecutionException(judgement.Decision.Refusal ?? "The return to nurturing was refused.");
            var lead = judgement.Lead;
            var reactivateOn = lead.Agreement.ReactivateOn(step.Now, judgement.Reason?.RecycleAfterDays);
            var update = new Entity(LeadSchema.EntityName, lead.Row.Id)
            {
                [LeadSchema.FunnelStage] = new OptionSetValue((int)FunnelStage.Nurture),
                [LeadSchema.RejectionReasonId] = new EntityReference(RejectionReasonSchema.EntityName, reason.Id),
                [LeadSchema.RejectionComment] = move.Comment,
                [LeadSchema.ReactivateOn] = reactivateOn,
            };
            if (move.Grade is Plugins.Domain.Scoring.Grade grade)
            {
                update[LeadSchema.Grade] = new OptionSetValue((int)grade);
            }

            step.UserService.Update(update);
            step.Trace("Lead '{0}' returned to Nurture with '{1}'; back on {2}.", lead.Name, move.Reason?.Name ?? string.Empty, reactivateOn?.ToString("o") ?? "(only by its behaviour)");
            if (reactivateOn is DateTime on)
            {
                ReactivateOn.Set(step.Context, on);
            }
        }
    }
}
