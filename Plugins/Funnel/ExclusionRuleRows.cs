using System.Linq;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>Reads the active lsla_exclusionrule rows, in their order, as the funnel's <see cref="ExclusionRules"/>.</summary>
    public static class ExclusionRuleRows
    {
        private static readonly char[] Separators = { ',', ';', ' ', '\t', '\r', '\n' };

        /// <summary>The active rules: one RetrieveMultiple.</summary>
        public static ExclusionRules Active(IOrganizationService service)
        {
            var query = new QueryExpression(ExclusionRuleSchema.EntityName)
            {
                ColumnSet = new ColumnSet(ExclusionRuleSchema.Name, ExclusionRuleSchema.EmailDomains),
            };
            query.Criteria.AddCondition(ExclusionRuleSchema.IsActive, ConditionOperator.Equal, true);
            query.AddOrder(ExclusionRuleSchema.Order, OrderType.Ascending);
            query.AddOrder(ExclusionRuleSchema.Name, OrderType.Ascending);
            return new ExclusionRules(service.RetrieveMultiple(query).Entities.Select(row => new ExclusionRule(
                row.GetAttributeValue<string>(ExclusionRuleSchema.Name),
                (row.GetAttributeValue<string>(ExclusionRuleSchema.EmailDomains) ?? string.Empty).Split(Separators))));
        }
    }
}
