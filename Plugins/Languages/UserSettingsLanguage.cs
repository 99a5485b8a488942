using System;
using System.Linq;
using System.ServiceModel;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Languages
{
    /// <summary>The language a user reads: the user's UI language (usersettings.uilanguageid).</summary>
    public static class UserSettingsLanguage
    {
        /// <summary>
        /// The user's UI language: one RetrieveMultiple, made only when a message is about to be shown. A query rather
        /// than a Retrieve, so a user without settings gets English instead of a fault. A refusal must never be lost to
        /// the read of its language: when the read fails (a save whose transaction an earlier fault has ended), English.
        /// </summary>
        public static Language Of(IOrganizationService service, Guid userId, Action<string> trace)
        {
            if (service == null)
            {
                throw new ArgumentNullException(nameof(service));
            }

            var query = new QueryExpression(UserSettingsSchema.EntityName) { ColumnSet = new ColumnSet(UserSettingsSchema.UiLanguageId), TopCount = 1 };
            query.Criteria.AddCondition(UserSettingsSchema.SystemUserId, ConditionOperator.Equal, userId);
            try
            {
                return Language.Of(service.RetrieveMultiple(query).Entities.FirstOrDefault()?.GetAttributeValue<int?>(UserSettingsSchema.UiLanguageId));
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                trace?.Invoke("The user's language could not be read (" + (fault.Detail?.Message ?? fault.Message) + "): the message is in English.");
                return Language.English;
            }
        }
    }
}
