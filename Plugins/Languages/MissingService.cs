using System;
using CrmLeadSla.Plugins.Domain.Languages;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Languages
{
    /// <summary>
    /// A service the platform should have given a step and did not (only a misregistered step shows it): refused in the
    /// caller's language when the services to read it were given, else in English, since nothing can read the caller's.
    /// </summary>
    public static class MissingService
    {
        /// <summary>The service the step needs, or the refusal naming it.</summary>
        /// <param name="provided">The service as the platform gave it (null: not given).</param>
        /// <param name="refusal">The text naming a missing service: the plug-in's or the activity's.</param>
        /// <param name="factory">The organization service factory when already resolved, to read the caller's language.</param>
        /// <param name="callerId">The user whose request runs the step, when already known.</param>
        public static T Required<T>(object? provided, TextKey refusal, IOrganizationServiceFactory? factory = null, Guid? callerId = null)
            where T : class
        {
            if (provided is T service)
            {
                return service;
            }

            var language = factory != null && callerId is Guid caller
                ? UserSettingsLanguage.Of(factory.CreateOrganizationService(null), caller, _ => { })
                : Language.English;
            throw new InvalidPluginExecutionException(Text.Of(refusal, typeof(T).Name).In(language));
        }
    }
}
