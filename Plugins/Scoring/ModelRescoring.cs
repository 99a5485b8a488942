using System;
using System.Collections.Generic;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Scoring
{
    /// <summary>
    /// Rescores the open leads with the active model, page by page, after the model or its rules changed: fit from the
    /// lead's columns, behaviour replayed from the lead's interactions. Per page it reads the leads once and
    /// their interactions once (one query for the whole page, not one per lead), and writes only the leads
    /// whose score changed — one Update each, never ExecuteMultiple, which a plug-in must not use.
    /// </summary>
    public sealed class ModelRescoring
    {
        // statecode of lead: 0 Open (1 Qualified, 2 Disqualified).
        private const string StateColumn = "statecode";
        private const int OpenState = 0;

        private readonly IOrganizationService service;
        private readonly LoadedModel model;
        private readonly DateTime now;
        private readonly int pageSize;

        /// <summary>Rescoring with <paramref name="model"/> as of <paramref name="now"/>, <paramref name="pageSize"/> leads a page.</summary>
        public ModelRescoring(IOrganizationService service, LoadedModel model, DateTime now, int pageSize)
        {
            this.service = service;
            this.model = model;
            this.now = now;
            this.pageSize = pageSize;
        }

        /// <summary>Rescores up to <paramref name="pages"/> pages from where <paramref name="progress"/> stands; returns the progress after them.</summary>
        public RescoreProgress Run(RescoreProgress progress, int pages)
        {
            for (var page = 0; page < pages && !progress.Completed; page++)
            {
                progress = RescorePage(progress);
            }

            return progress;
        }

        private RescoreProgress RescorePage(RescoreProgress progress)
        {
            var leads = service.RetrieveMultiple(LeadPage(progress));
            var interactions = InteractionsOf(leads.Entities.Select(lead => lead.Id).ToArray());
            var changed = 0;
            foreach (var lead in leads.Entities)
            {
                var state = model.Model.Behaviour.Recompute(interactions[lead.Id], now);
                var score = model.Model.Score(RecordColumns.Of(lead, ScorableColumns.LeadColumnNames), state);
                var update = new Entity(LeadSchema.EntityName, lead.Id);
                LeadScoreColumns.Write(update, score, model, LeadScoreColumns.StageOf(lead));
                if (LeadScoreComparison.Differs(update, lead))
                {
                    service.Update(update);
                    changed++;
                }
            }

            return progress.After(leads.Entities.Count, changed, leads.MoreRecords, leads.PagingCookie);
        }

        private QueryExpression LeadPage(RescoreProgress progress)
        {
            var columns = new ColumnSet(ScorableColumns.LeadColumnNames.ToArray());
            columns.AddColumns(LeadScoreComparison.ScoreColumns.ToArray());
            var query = new QueryExpression(LeadSchema.EntityName)
            {
                ColumnSet = columns,
                PageInfo = new PagingInfo { Count = pageSize, PageNumber = progress.NextPage, PagingCookie = progress.PagingCookie },
            };
            // Every open lead: the active model's leads are all open leads, including those a previously active
            // model scored or none did (on activation). Qualified and disqualified leads keep the score they left with.
            query.Criteria.AddCondition(StateColumn, ConditionOperator.Equal, OpenState);
            // A stable order is what makes the paging cookie resume at the right lead.
            query.AddOrder(LeadSchema.Id, OrderType.Ascending);
            return query;
        }

        private ILookup<Guid, Interaction> InteractionsOf(Guid[] leadIds)
        {
            var found = new List<KeyValuePair<Guid, Interaction>>();
            if (leadIds.Length == 0)
            {
                return found.ToLookup(entry => entry.Key, entry => entry.Value);
            }

            var query = new QueryExpression(InteractionSchema.EntityName)
            {
                ColumnSet = new ColumnSet(InteractionRows.ImageColumns),
                PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 },
            };
            query.Criteria.AddCondition(InteractionSchema.RegardingObjectId, ConditionOperator.In, leadIds.Cast<object>().ToArray());
            query.AddOrder(InteractionSchema.Id, OrderType.Ascending);
            // One read for the page's interactions; more only when they exceed the 5,000 rows a page may return.
            EntityCollection rows;
            do
            {
                rows = service.RetrieveMultiple(query);
                foreach (var row in rows.Entities)
                {
                    if (InteractionRows.RegardingLeadOf(row) is Guid lead && InteractionRows.InteractionOf(row) is Interaction interaction)
                    {
                        found.Add(new KeyValuePair<Guid, Interaction>(lead, interaction));
                    }
                }

                query.PageInfo.PageNumber++;
                query.PageInfo.PagingCookie = rows.PagingCookie;
            }
            while (rows.MoreRecords);

            return found.ToLookup(entry => entry.Key, entry => entry.Value);
        }
    }
}
