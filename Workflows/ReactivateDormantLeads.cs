using System;
using System.Activities;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.ServiceModel;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmLeadSla.Workflows
{
    /// <summary>
    /// Brings nurtured leads whose lsla_reactivateon has passed back to Inquiry, oldest date first, in bounded
    /// pages so that a run stays far below the 2-minute limit. Resumable without a bookmark: a reactivated lead
    /// leaves the query, so the next run starts where this one stopped.
    /// </summary>
    public sealed class ReactivateDormantLeads : SlaActivity
    {
        // Half the platform's 2-minute limit: the page in hand is finished, no new one started after this.
        private static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(60);

        /// <summary>Only the leads of this agreement; empty: every agreement's.</summary>
        [Input("SLA agreement")]
        [ReferenceTarget(SlaAgreementSchema.EntityName)]
        public InArgument<EntityReference> Agreement { get; set; } = new InArgument<EntityReference>();

        /// <summary>Leads read per page.</summary>
        [Input("Leads per page")]
        [Default("50")]
        public InArgument<int> PageSize { get; set; } = new InArgument<int>();

        /// <summary>Pages per run at most.</summary>
        [Input("Pages per run")]
        [Default("10")]
        public InArgument<int> MaxPages { get; set; } = new InArgument<int>();

        /// <summary>Leads moved back to Inquiry by this run.</summary>
        [Output("Leads reactivated")]
        public OutArgument<int> Reactivated { get; set; } = new OutArgument<int>();

        /// <summary>Whether due leads may remain for the next run.</summary>
        [Output("More to do")]
        public OutArgument<bool> HasMore { get; set; } = new OutArgument<bool>();

        /// <inheritdoc />
        protected override void Run(ActivityStep step)
        {
            var bounds = PageBounds.Of(step.Context, PageSize, MaxPages);

            var watch = Stopwatch.StartNew();
            var failed = new List<Guid>();
            var reactivated = 0;
            var more = true;
            for (var page = 0; page < bounds.MaxPages && more && watch.Elapsed < TimeBudget; page++)
            {
                var due = DueLeads(step, bounds.PageSize, failed);
                foreach (var lead in due)
                {
                    if (Reactivate(step, lead))
                    {
                        reactivated++;
                    }
                    else
                    {
                        failed.Add(lead);
                    }
                }

                more = due.Count == bounds.PageSize;
            }

            step.Trace("{0} lead(s) reactivated, {1} refused, more to do: {2}.", reactivated, failed.Count, more);
            Reactivated.Set(step.Context, reactivated);
            HasMore.Set(step.Context, more);
        }

        private IReadOnlyList<Guid> DueLeads(ActivityStep step, int pageSize, IReadOnlyCollection<Guid> skipped)
        {
            var query = new QueryExpression(LeadSchema.EntityName) { ColumnSet = new ColumnSet(LeadSchema.Id), TopCount = pageSize };
            query.Criteria.AddCondition(LeadSchema.FunnelStage, ConditionOperator.Equal, (int)FunnelStage.Nurture);
            query.Criteria.AddCondition(LeadSchema.ReactivateOn, ConditionOperator.LessEqual, step.Now);
            if (Agreement.Get(step.Context) is EntityReference agreement)
            {
                query.Criteria.AddCondition(LeadSchema.SlaAgreementId, ConditionOperator.Equal, agreement.Id);
            }

            if (skipped.Count > 0)
            {
                // Refused leads stay due; leaving them out lets the run get past them.
                query.Criteria.AddCondition(LeadSchema.Id, ConditionOperator.NotIn, skipped.Cast<object>().ToArray());
            }

            query.AddOrder(LeadSchema.ReactivateOn, OrderType.Ascending);
            query.AddOrder(LeadSchema.Id, OrderType.Ascending);
            return step.SystemService.RetrieveMultiple(query).Entities.Select(e => e.Id).ToList();
        }

        private static bool Reactivate(ActivityStep step, Guid leadId)
        {
            try
            {
                step.SystemService.Update(new Entity(LeadSchema.EntityName, leadId)
                {
                    [LeadSchema.FunnelStage] = new OptionSetValue((int)FunnelStage.Inquiry),
                });
                return true;
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                // One lead the funnel refuses must not stop the others; the refusal is in the trace.
                step.Trace("Lead {0} not reactivated: {1}", leadId, fault.Detail?.Message ?? fault.Message);
                return false;
            }
        }
    }
}
