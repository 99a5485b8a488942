using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Scoring
{
    /// <summary>
    /// Rescores the open leads with the active model, page by page: fit from the lead's columns and behaviour either
    /// replayed from the lead's interactions (<see cref="ModelRescoring(IOrganizationService, LoadedModel, DateTime, int)"/>,
    /// after the model or its rules changed) or brought up to date from its stored behaviour state
    /// (<see cref="Decaying"/>, the daily refresh that lets decay show). Per page it reads the leads once and, when it
    /// replays, their interactions once (one query for the whole page, not one per lead), and writes only the leads
    /// whose score changed — one Update each, never ExecuteMultiple, which a plug-in must not use. Each write holds
    /// only over the row version read: a lead saved in between (a user's edit, a new interaction) is read again and
    /// scored from what it holds then, so the job never puts a score computed from older columns over a newer save.
    /// Runs as an asynchronous step or a background workflow: outside a transaction, so a refused write costs only that write.
    /// </summary>
    public sealed class ModelRescoring
    {
        // statecode of lead: 0 Open (1 Qualified, 2 Disqualified).
        private const string StateColumn = "statecode";
        private const int OpenState = 0;

        // ConcurrencyVersionMismatch: the lead was saved since it was read.
        private const int VersionMismatch = -2147088254;

        // A lead saved this often while the job scores it is left to the job's retry by the async service.
        private const int AttemptsPerLead = 5;

        private static readonly ILookup<Guid, Interaction> NoInteractions = new KeyValuePair<Guid, Interaction>[0].ToLookup(entry => entry.Key, entry => entry.Value);

        private readonly IOrganizationService service;
        private readonly LoadedModel model;
        private readonly DateTime now;
        private readonly int pageSize;

        // Replays each lead's interactions (a rescoring), or decays the stored state to now (the daily refresh).
        private readonly bool replaysHistory;

        /// <summary>Rescoring with <paramref name="model"/> as of <paramref name="now"/>, <paramref name="pageSize"/> leads a page.</summary>
        public ModelRescoring(IOrganizationService service, LoadedModel model, DateTime now, int pageSize)
            : this(service, model, now, pageSize, replaysHistory: true)
        {
        }

        private ModelRescoring(IOrganizationService service, LoadedModel model, DateTime now, int pageSize, bool replaysHistory)
        {
            this.service = service;
            this.model = model;
            this.now = now;
            this.pageSize = pageSize;
            this.replaysHistory = replaysHistory;
        }

        /// <summary>
        /// The daily refresh: each open lead that shows behaviour points has its stored state decayed to
        /// <paramref name="now"/> (no interaction is read) and is written only when what views show of its score changed —
        /// points, index, grade, fit, model, stage — or its explanation still holds the state. A lead showing no points
        /// cannot lose any, so it is not read.
        /// </summary>
        public static ModelRescoring Decaying(IOrganizationService service, LoadedModel model, DateTime now, int pageSize) =>
            new ModelRescoring(service, model, now, pageSize, replaysHistory: false);

        /// <summary>Rescores up to <paramref name="pages"/> pages from where <paramref name="progress"/> stands; returns the progress after them.</summary>
        public RescoreProgress Run(RescoreProgress progress, int pages)
        {
            for (var page = 0; page < pages && !progress.Completed; page++)
            {
                progress = RescorePage(progress);
            }

            return progress;
        }

        /// <summary>The lead columns a rescoring reads: those the score is computed from and those it is compared with.</summary>
        public static IReadOnlyList<string> LeadColumns { get; } = ScorableColumns.LeadColumnNames.Concat(LeadScoreComparison.ScoreColumns).ToArray();

        /// <summary>
        /// The score columns of <paramref name="lead"/> with its behaviour replayed from <paramref name="interactions"/>
        /// as of <paramref name="now"/> — the update to write, carrying the row version read — or null when the lead
        /// already shows that score. Every rescoring scores a lead here, the plug-ins' and the tools' alike.
        /// </summary>
        public static Entity? Replayed(LoadedModel model, DateTime now, Entity lead, IEnumerable<Interaction> interactions)
        {
            if (model == null)
            {
                throw new ArgumentNullException(nameof(model));
            }

            if (lead == null)
            {
                throw new ArgumentNullException(nameof(lead));
            }

            var update = ScoreOf(model, lead, model.Model.Behaviour.Recompute(interactions, now));
            return LeadScoreComparison.Differs(update, lead) ? update : null;
        }

        private static Entity ScoreOf(LoadedModel model, Entity lead, BehaviourState state)
        {
            var score = model.Model.Score(RecordColumns.Of(lead, ScorableColumns.LeadColumnNames), state);
            var update = new Entity(LeadSchema.EntityName, lead.Id) { RowVersion = lead.RowVersion };
            LeadScoreColumns.Write(update, score, model, LeadScoreColumns.StageOf(lead));
            return update;
        }

        private RescoreProgress RescorePage(RescoreProgress progress)
        {
            var leads = service.RetrieveMultiple(LeadPage(progress));
            var interactions = replaysHistory ? InteractionsOf(leads.Entities.Select(lead => lead.Id).ToArray()) : NoInteractions;
            var changed = leads.Entities.Count(lead => Rescore(lead, interactions[lead.Id]));
            return progress.After(leads.Entities.Count, changed, leads.MoreRecords, leads.PagingCookie);
        }

        // The daily refresh's score: the stored state decayed to now, written only when what views show changed.
        private Entity? Decayed(Entity lead)
        {
            var update = ScoreOf(model, lead, model.Model.Behaviour.BroughtTo(StoredStateOf(lead), now));
            return LeadScoreComparison.ShownDiffers(update, lead) ? update : null;
        }

        // Writes the lead's new score over the version read; when the lead was saved since, reads it and its
        // interactions again and scores what it holds now. Returns whether a score was written.
        private bool Rescore(Entity lead, IEnumerable<Interaction> interactions)
        {
            for (var attempt = 1; ; attempt++)
            {
                var update = replaysHistory ? Replayed(model, now, lead, interactions) : Decayed(lead);
                if (update == null)
                {
                    return false;
                }

                try
                {
                    service.Execute(new UpdateRequest { Target = update, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });
                    return true;
                }
                catch (FaultException<OrganizationServiceFault> fault) when (fault.Detail?.ErrorCode == VersionMismatch && attempt < AttemptsPerLead)
                {
                    var query = LeadsQuery();
                    query.Criteria.AddCondition(LeadSchema.Id, ConditionOperator.Equal, lead.Id);
                    var current = service.RetrieveMultiple(query).Entities.FirstOrDefault();
                    if (current == null)
                    {
                        // Qualified, disqualified, deleted or down to no points since: it keeps the score it has.
                        return false;
                    }

                    lead = current;
                    interactions = replaysHistory ? InteractionsOf(new[] { lead.Id })[lead.Id] : Enumerable.Empty<Interaction>();
                }
            }
        }

        private QueryExpression LeadPage(RescoreProgress progress)
        {
            var query = LeadsQuery();
            query.PageInfo = new PagingInfo { Count = pageSize, PageNumber = progress.NextPage, PagingCookie = progress.PagingCookie };
            // A stable order is what makes the paging cookie resume at the right lead.
            query.AddOrder(LeadSchema.Id, OrderType.Ascending);
            return query;
        }

        // Every open lead: the active model's leads are all open leads, including those a previously active model
        // scored or none did (on activation). Qualified and disqualified leads keep the score they left with. The daily
        // refresh reads only those showing points, with their stored state: decay cannot take points from a lead at 0.
        private QueryExpression LeadsQuery()
        {
            var columns = new ColumnSet(LeadColumns.ToArray());
            var query = new QueryExpression(LeadSchema.EntityName) { ColumnSet = columns };
            query.Criteria.AddCondition(StateColumn, ConditionOperator.Equal, OpenState);
            if (!replaysHistory)
            {
                columns.AddColumn(LeadSchema.BehaviorState);
                query.Criteria.AddCondition(LeadSchema.BehaviorScore, ConditionOperator.GreaterThan, 0);
            }

            return query;
        }

        private static BehaviourState StoredStateOf(Entity lead) =>
            ScoreExplanation.Read(lead.GetAttributeValue<string>(LeadSchema.ScoreExplanation), lead.GetAttributeValue<string>(LeadSchema.BehaviorState)).State;

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
