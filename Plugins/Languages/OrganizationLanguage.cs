using System;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Languages
{
    /// <summary>
    /// The organization's base language (organization.languagecode): the language of texts the solution stores for
    /// every reader rather than shows one user, such as a lead's exclusion reason or a new model's explanations.
    /// </summary>
    public static class OrganizationLanguage
    {
        /// <summary>The base language of the organization: one Retrieve.</summary>
        public static Language Of(IOrganizationService service, Guid organizationId) => Language.Of(CodeOf(service, organizationId));

        /// <summary>The base language's LCID as the organization stores it, also one the solution does not speak yet: one Retrieve.</summary>
        public static int? CodeOf(IOrganizationService service, Guid organizationId)
        {
            if (service == null)
            {
                throw new ArgumentNullException(nameof(service));
            }

            var row = service.Retrieve(OrganizationSchema.EntityName, organizationId, new ColumnSet(OrganizationSchema.LanguageCode));
            return row.GetAttributeValue<int?>(OrganizationSchema.LanguageCode);
        }
    }
}
