using System;
using System.Collections.Generic;
using CrmLeadSla.Plugins;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Pipeline;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.SandboxHarness.Output;
using CrmLeadSla.SandboxHarness.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.SandboxHarness.Cases
{
    /// <summary>
    /// A lead's first days as the scoring steps see them, at fixed moments with fixed ids: the lead is created
    /// (LeadScoringPlugin, Create of lead, pre-operation), then attends a webinar and visits the pricing page
    /// (InteractionScoringPlugin, Create of lsla_interaction, post-operation) — the registered stages of
    /// Solution/PluginAssemblies/CrmLeadSla.Plugins.xml. Between the events the harness saves what the platform
    /// would: the created lead with the columns pre-operation wrote into Target.
    /// </summary>
    internal static class ScoringEvents
    {
        private static readonly string LeadScoringType = typeof(LeadScoringPlugin).FullName!;
        private static readonly string InteractionScoringType = typeof(InteractionScoringPlugin).FullName!;

        private static readonly Guid OrganizationId = new Guid("0c6d7e1f-2a3b-4c5d-8e9f-a0b1c2d3e401");
        private static readonly Guid MarketingUserId = new Guid("0c6d7e1f-2a3b-4c5d-8e9f-a0b1c2d3e402");
        private static readonly Guid BusinessUnitId = new Guid("0c6d7e1f-2a3b-4c5d-8e9f-a0b1c2d3e403");
        private static readonly Guid LeadId = new Guid("0c6d7e1f-2a3b-4c5d-8e9f-a0b1c2d3e404");
        private static readonly Guid WebinarId = new Guid("0c6d7e1f-2a3b-4c5d-8e9f-a0b1c2d3e405");
        private static readonly Guid PricingVisitId = new Guid("0c6d7e1f-2a3b-4c5d-8e9f-a0b1c2d3e406");

        private static readonly DateTime LeadCreatedOn = new DateTime(2026, 3, 2, 8, 30, 0, DateTimeKind.Utc);
        private static readonly DateTime WebinarOn = new DateTime(2026, 3, 4, 15, 0, 0, DateTimeKind.Utc);
        private static readonly DateTime PricingVisitOn = new DateTime(2026, 3, 4, 17, 45, 0, DateTimeKind.Utc);

        public static IReadOnlyList<CaseReport> Run(Registrations registrations)
        {
            var organization = new SandboxOrganization();
            foreach (var row in SampleScoringModel.Rows())
            {
                organization.Add(row);
            }

            var lead = NewLead();
            var entered = new Entity(lead.LogicalName, lead.Id);
            entered.Attributes.AddRange(lead.Attributes);
            var context = Context("Create", lead, 1, LeadCreatedOn);
            var leadCreate = StepRun.Execute("lead-create", registrations, LeadScoringType, context, organization);

            // The main operation saves Target with what the steps before it wrote into it; a post-operation step
            // runs after the save, and what it writes into Target is lost.
            organization.Add(context.Stage < PipelineStages.PostOperation ? lead : entered);
            return new[]
            {
                leadCreate,
                InteractionCreate("webinar-attendance", 2, registrations, organization, Interaction(WebinarId, InteractionType.WebinarAttendance, "Webinar: Lead-SLA in der Praxis", null, WebinarOn)),
                InteractionCreate("pricing-page-visit", 3, registrations, organization, Interaction(PricingVisitId, InteractionType.WebsiteVisit, "Preise", "https://www.example.de/pricing?plan=team", PricingVisitOn)),
            };
        }

        // A German manufacturer's managing director, with budget, authority and a purchase this quarter.
        private static Entity NewLead() => new Entity(LeadSchema.EntityName, LeadId)
        {
            ["firstname"] = "Jürgen",
            ["lastname"] = "Krause",
            ["subject"] = "Anfrage Messe Hannover",
            ["jobtitle"] = "GESCHÄFTSFÜHRER",
            ["companyname"] = "Krause Maschinenbau GmbH",
            ["emailaddress1"] = "j.krause@krause-maschinenbau.de",
            ["address1_city"] = "Göttingen",
            ["address1_country"] = "Deutschland",
            ["numberofemployees"] = 850,
            ["revenue"] = new Money(24500000m),
            ["budgetamount"] = new Money(180000m),
            ["budgetstatus"] = new OptionSetValue(2),
            ["decisionmaker"] = true,
            ["need"] = new OptionSetValue(1),
            ["purchasetimeframe"] = new OptionSetValue(1),
            ["industrycode"] = new OptionSetValue(19),
        };

        private static Entity Interaction(Guid id, InteractionType type, string subject, string? url, DateTime occurredOn) =>
            new Entity(InteractionSchema.EntityName, id)
            {
                [InteractionSchema.Subject] = subject,
                [InteractionSchema.InteractionType] = new OptionSetValue((int)type),
                [InteractionSchema.OccurredOn] = occurredOn,
                [InteractionSchema.Url] = url,
                [InteractionSchema.RegardingObjectId] = new EntityReference(LeadSchema.EntityName, LeadId),
            };

        private static CaseReport InteractionCreate(string caseName, int eventNumber, Registrations registrations, SandboxOrganization organization, Entity interaction)
        {
            // Post-operation of Create: the row exists, its id is in Target and in the output parameters. The
            // marketing system logs the interaction a few minutes after it happened.
            var loggedOn = interaction.GetAttributeValue<DateTime>(InteractionSchema.OccurredOn).AddMinutes(5);
            var context = Context("Create", interaction, eventNumber, loggedOn);
            context.OutputParameters["id"] = interaction.Id;
            return StepRun.Execute(caseName, registrations, InteractionScoringType, context, organization);
        }

        private static SandboxExecutionContext Context(string message, Entity target, int eventNumber, DateTime operationCreatedOn)
        {
            var context = new SandboxExecutionContext
            {
                MessageName = message,
                PrimaryEntityName = target.LogicalName,
                PrimaryEntityId = target.Id,
                UserId = MarketingUserId,
                BusinessUnitId = BusinessUnitId,
                OrganizationId = OrganizationId,
                OrganizationName = "leadsla-sandbox",
                CorrelationId = new Guid(0x0c6d7e1f, 0x2a3b, 0x4c5d, 0x8e, 0x9f, 0xa0, 0xb1, 0xc2, 0xd3, 0xe5, (byte)eventNumber),
                OperationId = new Guid(0x0c6d7e1f, 0x2a3b, 0x4c5d, 0x8e, 0x9f, 0xa0, 0xb1, 0xc2, 0xd3, 0xe6, (byte)eventNumber),
                RequestId = new Guid(0x0c6d7e1f, 0x2a3b, 0x4c5d, 0x8e, 0x9f, 0xa0, 0xb1, 0xc2, 0xd3, 0xe7, (byte)eventNumber),
                OperationCreatedOn = operationCreatedOn,
            };
            context.InputParameters["Target"] = target;
            return context;
        }
    }
}
