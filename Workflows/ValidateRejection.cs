using System.Activities;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmLeadSla.Workflows
{
    /// <summary>
    /// Whether sales may reject the lead with the reason: the reason active and agreed for the lead's agreement,
    /// a comment where the reason requires one, rejection allowed at the lead's stage (an accepted lead only
    /// returned with a reason that returns it). The same rule and message as the funnel's own check.
    /// </summary>
    public sealed class ValidateRejection : SlaActivity
    {
        /// <summary>The lead to be rejected.</summary>
        [RequiredArgument]
        [Input("Lead")]
        [ReferenceTarget(LeadSchema.EntityName)]
        public InArgument<EntityReference> Lead { get; set; } = new InArgument<EntityReference>();

        /// <summary>The reason chosen (a real-time workflow binds the lead's lsla_rejectionreasonid being saved).</summary>
        [Input("Rejection reason")]
        [ReferenceTarget(RejectionReasonSchema.EntityName)]
        public InArgument<EntityReference> Reason { get; set; } = new InArgument<EntityReference>();

        /// <summary>The comment given (a real-time workflow binds the lead's lsla_rejectioncomment being saved).</summary>
        [Input("Comment")]
        public InArgument<string> Comment { get; set; } = new InArgument<string>();

        /// <summary>
        /// The funnel stage being saved with the reason (a real-time workflow binds the lead's lsla_funnelstage); when it
        /// is another than the lead's, the move to it is judged; empty: the move the reason implies.
        /// </summary>
        [Input("Funnel stage")]
        [AttributeTarget(LeadSchema.EntityName, LeadSchema.FunnelStage)]
        public InArgument<OptionSetValue> Stage { get; set; } = new InArgument<OptionSetValue>();

        /// <summary>Whether the rejection may go ahead.</summary>
        [Output("Is valid")]
        public OutArgument<bool> IsValid { get; set; } = new OutArgument<bool>();

        /// <summary>Why not, with what to do instead; empty when valid.</summary>
        [Output("Message")]
        public OutArgument<string> Message { get; set; } = new OutArgument<string>();

        /// <inheritdoc />
        protected override void Run(ActivityStep step)
        {
            var saved = Stage.Get(step.Context) is OptionSetValue stage ? (FunnelStage)stage.Value : (FunnelStage?)null;
            var judgement = RejectionJudgement.Of(step.SystemService, Lead.Get(step.Context).Id, Reason.Get(step.Context), Comment.Get(step.Context), step.Now, saved: saved);
            var valid = !judgement.Rejects || judgement.Decision.IsAccepted;
            // The message is read by the user who saves: worded in that user's language, looked up only for a refusal.
            var refusal = valid ? string.Empty : judgement.Decision.Refusal?.In(step.CallerLanguage, FieldColumns.ColumnOf) ?? string.Empty;
            step.Trace("Rejection of lead {0} with '{1}': {2}", judgement.Lead.Row.Id, judgement.Reason?.Name ?? "(no reason)", !judgement.Rejects ? "no rejection to judge" : valid ? "valid" : refusal);
            IsValid.Set(step.Context, valid);
            Message.Set(step.Context, refusal);
        }
    }
}
