using System;
using System.Activities;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Languages;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Sla;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmLeadSla.Workflows
{
    /// <summary>
    /// For each breached clock of a lead not escalated yet: a task for whoever answered for it when the deadline passed
    /// (recorded on the clock, lsla_closeresponsibleuserid; for a clock without that record, the lead's owner or the
    /// agreement's sales owner for sales' promises, the marketing owner for the hand-over), a draft e-mail to the other
    /// side's owner, and one to the lead's current owner when that is someone else (a lead reassigned after the breach);
    /// each in its reader's UI language; optionally the lead goes to the agreement's sales team.
    /// </summary>
    public sealed class EscalateSlaBreach : SlaActivity
    {
        /// <summary>The lead whose breaches to escalate.</summary>
        [RequiredArgument]
        [Input("Lead")]
        [ReferenceTarget(LeadSchema.EntityName)]
        public InArgument<EntityReference> Lead { get; set; } = new InArgument<EntityReference>();

        /// <summary>Whether a breach of sales' promise hands the lead to the agreement's sales team, so any member can take it.</summary>
        [Input("Reassign to the sales team")]
        [Default("False")]
        public InArgument<bool> ReassignToSalesTeam { get; set; } = new InArgument<bool>();

        /// <summary>Breaches escalated by this run (each breach once, however often the step runs).</summary>
        [Output("Breaches escalated")]
        public OutArgument<int> Escalated { get; set; } = new OutArgument<int>();

        /// <inheritdoc />
        protected override void Run(ActivityStep step)
        {
            var service = step.SystemService;
            var lead = GovernedLead.ReadMeasured(service, Lead.Get(step.Context).Id, "ownerid");
            var owners = service.Retrieve(SlaAgreementSchema.EntityName, lead.Agreement.Id,
                new ColumnSet(SlaAgreementSchema.MarketingOwnerId, SlaAgreementSchema.SalesOwnerId, SlaAgreementSchema.SalesTeamId));
            var currentOwner = lead.Row.GetAttributeValue<EntityReference>("ownerid") is EntityReference owner && owner.LogicalName == "systemuser" ? owner : null;
            var salesOwner = currentOwner ?? owners.GetAttributeValue<EntityReference>(SlaAgreementSchema.SalesOwnerId);
            var marketingOwner = owners.GetAttributeValue<EntityReference>(SlaAgreementSchema.MarketingOwnerId);
            Func<Guid, Language>? readers = null;
            var escalated = 0;
            var salesBreached = false;
            var breaches = SlaClockRecords.WeighingOn(service, lead.Row.Id, lead.Agreement).Where(c => c.Clock.State == SlaClockState.Breached).ToList();
            var answering = breaches.Select(c => c.ClosedUnderUserId).OfType<Guid>();
            foreach (var breach in breaches)
            {
                var subject = BreachEscalation.Subject(breach.Kind, lead.Name);
                if (AlreadyEscalated(service, lead.Row.Id, subject))
                {
                    continue;
                }

                // Each owner reads the escalation in their own language: one read for both, made only when escalating.
                readers ??= UserSettingsLanguage.OfEach(service, new[] { salesOwner, marketingOwner }.OfType<EntityReference>().Select(user => user.Id).Concat(answering).Distinct(), line => step.Trace("{0}", line));
                var description = BreachEscalation.Description(breach.Kind, lead.Agreement.Name, breach.Clock.DueOn, lead.Agreement.Calendar.Zone);
                var sales = BreachEscalation.ResponsibleFor(breach.Kind) == FunnelActor.Sales;
                var responsible = breach.ClosedUnderUserId is Guid answered ? new EntityReference("systemuser", answered) : sales ? salesOwner : marketingOwner;
                var told = sales ? marketingOwner : salesOwner;
                CreateTask(service, lead.Row.Id, subject, description, responsible, LanguageOf(readers, responsible));
                DraftEmail(service, lead.Row.Id, subject, description, told, LanguageOf(readers, told));
                if (currentOwner != null && currentOwner.Id != responsible?.Id && currentOwner.Id != told?.Id)
                {
                    // The lead changed hands after the deadline: its owner now learns of the breach it did not cause.
                    DraftEmail(service, lead.Row.Id, subject, description, currentOwner, LanguageOf(readers, currentOwner));
                }
                salesBreached |= sales;
                escalated++;
            }

            var team = owners.GetAttributeValue<EntityReference>(SlaAgreementSchema.SalesTeamId);
            if (salesBreached && ReassignToSalesTeam.Get(step.Context) && team != null)
            {
                // Assign through ownerid: the Assign message is deprecated.
                service.Update(new Entity(LeadSchema.EntityName, lead.Row.Id) { ["ownerid"] = new EntityReference("team", team.Id) });
                step.Trace("Lead '{0}' reassigned to the sales team {1}.", lead.Name, team.Id);
            }

            step.Trace("Lead '{0}': {1} breach(es) escalated.", lead.Name, escalated);
            Escalated.Set(step.Context, escalated);
        }

        // A breach escalated before is recognised by its task's subject, in whichever language its owner read it.
        private static bool AlreadyEscalated(IOrganizationService service, Guid leadId, Text subject)
        {
            var query = new QueryExpression("task") { ColumnSet = new ColumnSet("activityid"), TopCount = 1 };
            query.Criteria.AddCondition("regardingobjectid", ConditionOperator.Equal, leadId);
            query.Criteria.AddCondition("subject", ConditionOperator.In, Language.All.Select(language => (object)subject.In(language)).Distinct().ToArray());
            return service.RetrieveMultiple(query).Entities.Count > 0;
        }

        // A user without settings, a missing owner: English, as every message without a known reader.
        private static Language LanguageOf(Func<Guid, Language> readers, EntityReference? reader) => reader == null ? Language.English : readers(reader.Id);

        private static void CreateTask(IOrganizationService service, Guid leadId, Text subject, Text description, EntityReference? responsible, Language language)
        {
            var task = new Entity("task")
            {
                ["subject"] = subject.In(language),
                ["description"] = description.In(language),
                ["regardingobjectid"] = new EntityReference(LeadSchema.EntityName, leadId),
            };
            if (responsible != null)
            {
                task["ownerid"] = responsible;
            }

            service.Create(task);
        }

        private static void DraftEmail(IOrganizationService service, Guid leadId, Text subject, Text description, EntityReference? recipient, Language language)
        {
            var address = recipient == null
                ? null
                : service.Retrieve("systemuser", recipient.Id, new ColumnSet("internalemailaddress")).GetAttributeValue<string>("internalemailaddress");

            // Created without sending: the e-mail stays a draft (statecode Open, statuscode Draft) for its owner to send.
            service.Create(new Entity("email")
            {
                ["subject"] = subject.In(language),
                ["description"] = description.In(language),
                ["regardingobjectid"] = new EntityReference(LeadSchema.EntityName, leadId),
                ["torecipients"] = address,
            });
        }
    }
}
