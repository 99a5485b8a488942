using System;
using CrmLeadSla.Plugins.Languages;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Scoring
{
    /// <summary>
    /// The language a scoring model writes its explanations in (lsla_languagecode): a new model that names none gets
    /// the organization's base language, so explanations read as the organization's users read the rest of Dynamics.
    /// </summary>
    public static class ModelLanguage
    {
        /// <summary>Pre-operation Create of a model: the organization's base language into Target unless it names one (one Retrieve then).</summary>
        public static void DefaultInTarget(Entity target, IOrganizationService service, Guid organizationId)
        {
            if (target == null)
            {
                throw new ArgumentNullException(nameof(target));
            }

            if (target.GetAttributeValue<int?>(ScoringModelSchema.LanguageCode) == null
                && OrganizationLanguage.CodeOf(service, organizationId) is int code)
            {
                target[ScoringModelSchema.LanguageCode] = code;
            }
        }
    }
}
