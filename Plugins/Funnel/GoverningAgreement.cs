using System;
using System.Linq;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>Which lsla_slaagreement governs a lead: the one it names, else the active agreement marked as the default.</summary>
    public static class GoverningAgreement
    {
        /// <summary>Marks the agreement for leads that name none (a contract extension of lsla_slaagreement).</summary>
        public const string IsDefault = "lsla_isdefault";

        /// <summary>The agreement's id; null when the lead names none and no active agreement is the default (one RetrieveMultiple then).</summary>
        public static Guid? Of(IOrganizationService service, LeadSnapshot lead)
        {
            if (lead.Value<EntityReference>(LeadSchema.SlaAgreementId) is EntityReference named)
            {
                return named.Id;
            }

            var query = new QueryExpression(SlaAgreementSchema.EntityName) { ColumnSet = new ColumnSet(SlaAgreementSchema.Id), TopCount = 1 };
            query.Criteria.AddCondition(IsDefault, ConditionOperator.Equal, true);
            query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
            query.AddOrder("createdon", OrderType.Ascending);
            return service.RetrieveMultiple(query).Entities.FirstOrDefault()?.Id;
        }
    }
}
