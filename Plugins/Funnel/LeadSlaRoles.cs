using System;
using System.Collections.Generic;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Funnel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>
    /// The solution's security roles by name: sales and marketing make a user a funnel actor, found by name (every business
    /// unit's copy of a role has its own id); the administrator keeps the agreement's configuration.
    /// </summary>
    public static class LeadSlaRoles
    {
        /// <summary>The sales role's name (Solution/Roles/LeadSlaSales.xml).</summary>
        public const string Sales = "Lead SLA Sales";

        /// <summary>The marketing role's name (Solution/Roles/LeadSlaMarketing.xml).</summary>
        public const string Marketing = "Lead SLA Marketing";

        /// <summary>The administrator role's name (Solution/Roles/LeadSlaAdministrator.xml).</summary>
        public const string Administrator = "Lead SLA Administrator";

        /// <summary>The actors a user is by the roles assigned to the user directly: one RetrieveMultiple.</summary>
        public static IReadOnlyCollection<FunnelActor> HeldBy(IOrganizationService service, Guid userId)
        {
            var query = new QueryExpression("role") { ColumnSet = new ColumnSet("name") };
            query.Criteria.AddCondition("name", ConditionOperator.In, Sales, Marketing);
            var held = query.AddLink("systemuserroles", "roleid", "roleid");
            held.LinkCriteria.AddCondition("systemuserid", ConditionOperator.Equal, userId);
            return service.RetrieveMultiple(query).Entities
                .Select(role => role.GetAttributeValue<string>("name") == Sales ? FunnelActor.Sales : FunnelActor.Marketing)
                .Distinct()
                .ToList();
        }
    }
}
