using System;
using System.Collections.Generic;
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
        public static Language Of(IOrganizationService service, Guid userId, Action<string> trace) =>
            OfEach(service, new[] { userId }, trace)(userId);

        /// <summary>
        /// The UI language of each of several readers of one text (the owners an escalation goes to): one RetrieveMultiple
        /// for all of them, read as <see cref="Of"/> reads one. A user without settings, or not among them, reads English.
        /// </summary>
        public static Func<Guid, Language> OfEach(IOrganizationService service, IEnumerable<Guid> userIds, Action<string> trace)
        {
            if (service == null || userIds == null)
            {
                throw new ArgumentNullException(service == null ? nameof(service) : nameof(userIds));
            }

            var readers = userIds.Distinct().Cast<object>().ToArray();
            if (readers.Length == 0)
            {
                return _ => Language.English;
            }

            IReadOnlyDictionary<Guid, Language> languages = new Dictionary<Guid, Language>();
            var query = new QueryExpression(UserSettingsSchema.EntityName) { ColumnSet = new ColumnSet(UserSettingsSchema.UiLanguageId) };
            query.Criteria.AddCondition(UserSettingsSchema.SystemUserId, ConditionOperator.In, readers);
            try
            {
                // The settings row's id is its user's id.
                languages = service.RetrieveMultiple(query).Entities.ToDictionary(
                    settings => settings.Id,
                    settings => Language.Of(settings.GetAttributeValue<int?>(UserSettingsSchema.UiLanguageId)));
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                trace?.Invoke("The user's language could not be read (" + (fault.Detail?.Message ?? fault.Message) + "): the message is in English.");
            }

            return userId => languages.TryGetValue(userId, out var language) ? language : Language.English;
        }
    }
}
