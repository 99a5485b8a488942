using System.Activities;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Scoring;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmLeadSla.Workflows
{
    /// <summary>
    /// Lets decay show: brings the behaviour points, lead index and grade of every open lead that shows points up to
    /// date with the active scoring model, without anyone saving the lead — its stored behaviour state decayed to now,
    /// the plug-ins' rescoring code (<see cref="ModelRescoring.Decaying"/>) reading a page of leads per request and
    /// writing only leads whose shown values changed, one Update each. Bounded per run and resumable: the progress is
    /// kept in the model's lsla_refreshprogress, so the next run goes on where this one stopped. Decay never moves a lead
    /// backwards in the funnel: an MQL below the threshold stays an MQL, as the funnel put it.
    /// </summary>
    public sealed class DecayBehaviourPoints : SlaActivity
    {
        /// <summary>The scoring model whose leads to refresh; a model that is not the active one has nothing to do.</summary>
        [Input("Scoring model")]
        [ReferenceTarget(ScoringModelSchema.EntityName)]
        [RequiredArgument]
        public InArgument<EntityReference> Model { get; set; } = new InArgument<EntityReference>();

        /// <summary>Leads read per page.</summary>
        [Input("Leads per page")]
        [Default("250")]
        public InArgument<int> PageSize { get; set; } = new InArgument<int>();

        /// <summary>Pages per run at most.</summary>
        [Input("Pages per run")]
        [Default("4")]
        public InArgument<int> MaxPages { get; set; } = new InArgument<int>();

        /// <summary>Leads read by this run.</summary>
        [Output("Leads scanned")]
        public OutArgument<int> Scanned { get; set; } = new OutArgument<int>();

        /// <summary>Leads written by this run: those whose shown score changed.</summary>
        [Output("Leads changed")]
        public OutArgument<int> Changed { get; set; } = new OutArgument<int>();

        /// <summary>Whether today's pass stopped before the last lead: the next run goes on from there.</summary>
        [Output("More to do")]
        public OutArgument<bool> HasMore { get; set; } = new OutArgument<bool>();

        /// <inheritdoc />
        protected override void Run(ActivityStep step)
        {
            var bounds = PageBounds.Of(step.Context, PageSize, MaxPages);

            Scanned.Set(step.Context, 0);
            Changed.Set(step.Context, 0);
            HasMore.Set(step.Context, false);
            var service = step.SystemService;
            var modelId = Model.Get(step.Context).Id;
            var active = ActiveScoringModel.Current(service, step.Workflow.OrganizationId, step.Tracing);
            if (active == null || active.ModelId != modelId)
            {
                step.Trace("Model {0} is not the active model: no lead to refresh.", modelId);
                return;
            }

            var stored = service.Retrieve(ScoringModelSchema.EntityName, modelId, new ColumnSet(ScoringModelSchema.RefreshProgress));
            var pass = RefreshPass.Next(stored.GetAttributeValue<string>(ScoringModelSchema.RefreshProgress), step.Now);
            if (pass == null)
            {
                step.Trace("Today's refresh is complete.");
                return;
            }

            var after = ModelRescoring.Decaying(service, active, step.Now, bounds.PageSize).Run(pass, bounds.MaxPages);
            service.Update(new Entity(ScoringModelSchema.EntityName, modelId) { [ScoringModelSchema.RefreshProgress] = after.Write() });
            step.Trace("Refresh of day {0}: {1} leads scanned, {2} changed this run; completed {3}.", after.Version, after.Scanned - pass.Scanned, after.Changed - pass.Changed, after.Completed);
            Scanned.Set(step.Context, after.Scanned - pass.Scanned);
            Changed.Set(step.Context, after.Changed - pass.Changed);
            HasMore.Set(step.Context, !after.Completed);
        }
    }
}
