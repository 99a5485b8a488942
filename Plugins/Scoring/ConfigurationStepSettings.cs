using System;
using System.Globalization;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Plugins.Scoring
{
    /// <summary>
    /// The unsecure configuration of the scoring configuration steps, <c>name=value</c> pairs separated by
    /// <c>;</c>: <c>leadscoringstep</c> (id of the lead scoring Update step whose filtering attributes follow the
    /// rules), <c>pagesize</c> (leads per rescoring page, default 250) and <c>pagesperrun</c> (pages one
    /// rescoring job takes before it hands over to the next, default 20 — well within the 2-minute limit).
    /// </summary>
    public sealed class ConfigurationStepSettings
    {
        private const int DefaultPageSize = 250;
        private const int DefaultPagesPerRun = 20;

        private ConfigurationStepSettings(Guid? leadScoringStepId, int pageSize, int pagesPerRun, Text? refusal)
        {
            LeadScoringStepId = leadScoringStepId;
            PageSize = pageSize;
            PagesPerRun = pagesPerRun;
            Refusal = refusal;
        }

        /// <summary>The lead scoring Update step (sdkmessageprocessingstep id), or null when not configured.</summary>
        public Guid? LeadScoringStepId { get; }

        /// <summary>Leads read per page.</summary>
        public int PageSize { get; }

        /// <summary>Pages one rescoring job processes before it writes its progress and stops.</summary>
        public int PagesPerRun { get; }

        /// <summary>
        /// Why the configuration cannot be used (an unknown setting, a bad value), or null. The step refuses to run with
        /// it rather than the platform's creating the plug-in failing: then it reaches the administrator, in their language.
        /// </summary>
        public Text? Refusal { get; }

        /// <summary>Reads the configuration; unknown names and bad values are refused so a typo does not go unnoticed.</summary>
        public static ConfigurationStepSettings Parse(string? configuration)
        {
            Guid? stepId = null;
            var pageSize = DefaultPageSize;
            var pagesPerRun = DefaultPagesPerRun;
            foreach (var pair in (configuration ?? string.Empty).Split(';').Select(part => part.Trim()).Where(part => part.Length > 0))
            {
                var separator = pair.IndexOf('=');
                var name = separator < 0 ? pair : pair.Substring(0, separator).Trim().ToLowerInvariant();
                var value = separator < 0 ? string.Empty : pair.Substring(separator + 1).Trim();
                var refusal = name switch
                {
                    "leadscoringstep" => Guid.TryParse(value, out var id) ? Set(ref stepId, id) : Text.Of(TextKey.StepSettingNotAnId, name, value),
                    "pagesize" => Positive(name, value, ref pageSize),
                    "pagesperrun" => Positive(name, value, ref pagesPerRun),
                    _ => Text.Of(TextKey.StepSettingUnknown, name),
                };
                if (refusal != null)
                {
                    return new ConfigurationStepSettings(null, DefaultPageSize, DefaultPagesPerRun, refusal);
                }
            }

            return new ConfigurationStepSettings(stepId, pageSize, pagesPerRun, null);
        }

        private static Text? Set(ref Guid? setting, Guid value)
        {
            setting = value;
            return null;
        }

        private static Text? Positive(string name, string value, ref int setting)
        {
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
            {
                setting = number;
                return null;
            }

            return Text.Of(TextKey.StepSettingNotPositive, name, value);
        }
    }
}
