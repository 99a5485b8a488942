using System;
using System.Activities;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Sla;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmLeadSla.Workflows
{
    /// <summary>
    /// Moves a lead to Nurture with an agreed reason: one Update as the workflow's user, so the funnel's step
    /// judges and stamps it like any other move (it lowers the grade when the reason says so and sets
    /// lsla_reactivateon from the reason's days, else the agreement's lsla_reactivateafterdays). A return the
    /// funnel would refuse is refused before anything is written, with the funnel's message.
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
            var move = judgement.Decision.Move ?? throw new UserMessageException(judgement.Decision.Refusal!);
            var lead = judgement.Lead;

            // The funnel's step stamps the move: the grade the reason lowers and the reactivation date (the
            // reason's days, else the agreement's); the output reports the date as saved.
            step.UserService.Update(new Entity(LeadSchema.EntityName, lead.Row.Id)
            {
                [LeadSchema.FunnelStage] = new OptionSetValue((int)FunnelStage.Nurture),
                [LeadSchema.RejectionReasonId] = new EntityReference(RejectionReasonSchema.EntityName, reason.Id),
                [LeadSchema.RejectionComment] = move.Comment,
            });
            var reactivateOn = step.SystemService.Retrieve(LeadSchema.EntityName, lead.Row.Id, new ColumnSet(LeadSchema.ReactivateOn))
                .GetAttributeValue<DateTime?>(LeadSchema.ReactivateOn);

            step.Trace("Lead '{0}' returned to Nurture with '{1}'; back on {2}.", lead.Name, move.Reason?.Name ?? string.Empty, reactivateOn?.ToString("o") ?? "(only by its behaviour)");
            if (reactivateOn is DateTime on)
            {
                ReactivateOn.Set(step.Context, DataverseTime.AsUtc(on));
            }
        }
    }
}
