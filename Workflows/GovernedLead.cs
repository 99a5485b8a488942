using System;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Sla;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Workflows
{
    /// <summary>A lead row and the agreement that governs it; a lead without an agreement is refused with the fix.</summary>
    internal sealed class GovernedLead
    {
        private GovernedLead(Entity row, SlaAgreement agreement)
        {
            Row = row;
            Agreement = agreement;
        }

        /// <summary>The lead with the columns asked for, its name and its agreement.</summary>
        public Entity Row { get; }

        /// <summary>The lead's agreement.</summary>
        public SlaAgreement Agreement { get; }

        /// <summary>The lead's name as users see it.</summary>
        public string Name => Row.GetAttributeValue<string>("fullname") ?? Row.GetAttributeValue<string>("subject") ?? Row.Id.ToString();

        /// <summary>Reads the lead and its agreement (with holidays and agreed reasons) as the funnel judges its moves: the lead's lsla_slaagreementid.</summary>
        /// <exception cref="UserMessageException">The lead has no agreement.</exception>
        public static GovernedLead Read(IOrganizationService service, Guid leadId, params string[] columns) =>
            Read(service, leadId, columns, row => row.GetAttributeValue<EntityReference>(LeadSchema.SlaAgreementId));

        /// <summary>
        /// Reads the lead and the agreement its clocks measure it under: that of its newest clock, which only the
        /// solution writes; the lead's lsla_slaagreementid (a copy for views) only for a lead without clocks.
        /// </summary>
        /// <exception cref="UserMessageException">The lead has neither a clock nor an agreement.</exception>
        public static GovernedLead ReadMeasured(IOrganizationService service, Guid leadId, params string[] columns) =>
            Read(service, leadId, columns, row => AgreementOfNewestClock(service, leadId) ?? row.GetAttributeValue<EntityReference>(LeadSchema.SlaAgreementId));

        private static GovernedLead Read(IOrganizationService service, Guid leadId, string[] columns, Func<Entity, EntityReference?> agreementOf)
        {
            var row = service.Retrieve(LeadSchema.EntityName, leadId,
                new ColumnSet(columns.Concat(new[] { "fullname", "subject", LeadSchema.SlaAgreementId }).Distinct().ToArray()));
            var agreement = agreementOf(row)
                ?? throw new UserMessageException(Text.Of(TextKey.LeadWithoutAgreement, row.GetAttributeValue<string>("fullname") ?? row.Id.ToString(), LeadFields.SlaAgreement));
            return new GovernedLead(row, SlaAgreementRecord.Read(service, agreement.Id));
        }

        private static EntityReference? AgreementOfNewestClock(IOrganizationService service, Guid leadId)
        {
            var query = new QueryExpression(SlaClockSchema.EntityName) { ColumnSet = new ColumnSet(SlaClockSchema.SlaAgreementId), TopCount = 1 };
            query.Criteria.AddCondition(SlaClockSchema.LeadId, ConditionOperator.Equal, leadId);
            query.Criteria.AddCondition(SlaClockSchema.SlaAgreementId, ConditionOperator.NotNull);
            query.AddOrder(SlaClockSchema.StartedOn, OrderType.Descending);
            return service.RetrieveMultiple(query).Entities.FirstOrDefault()?.GetAttributeValue<EntityReference>(SlaClockSchema.SlaAgreementId);
        }
    }
}
