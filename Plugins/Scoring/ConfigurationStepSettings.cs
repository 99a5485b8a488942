using System;
using System.Globalization;
using System.Linq;

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
        private ConfigurationStepSettings(Guid? leadScoringStepId, int pageSize, int pagesPerRun)
        {
            LeadScoringStepId = leadScoringStepId;
            PageSize = pageSize;
            PagesPerRun = pagesPerRun;
        }

        /// <summary>The lead scoring Update step (sdkmessageprocessingstep id), or null when not configured.</summary>
        public Guid? LeadScoringStepId { get; }

        /// <summary>Leads read per page.</summary>
        public int PageSize { get; }

        /// <summary>Pages one rescoring job processes before it writes its progress and stops.</summary>
        public int PagesPerRun { get; }

        /// <summary>Reads the configuration; unknown names and bad values are refused so a typo does not go unnoticed.</summary>
        public static ConfigurationStepSettings Parse(string? configuration)
        {
            Guid? stepId = null;
            var pageSize = 250;
            var pagesPerRun = 20;
            foreach (var pair in (configuration ?? string.Empty).Split(';').Select(part => part.Trim()).Where(part => part.Length > 0))
            {
                var separator = pair.IndexOf('=');
                var name = separator < 0 ? pair : pair.Substring(0, separator).Trim().ToLowerInvariant();
                var value = separator < 0 ? string.Empty : pair.Substring(separator + 1).Trim();
                switch (name)
                {
                    case "leadscoringstep":
                        stepId = Guid.Parse(value);
                        break;
                    case "pagesize":
                        pageSize = Positive(name, value);
                        break;
                    case "pagesperrun":
                        pagesPerRun = Positive(name, value);
                        break;
                    default:
                        throw new FormatException($"The step configuration has an unknown setting '{name}'; known are leadscoringstep, pagesize and pagesperrun.");
                }
            }

            return new ConfigurationStepSettings(stepId, pageSize, pagesPerRun);
        }

        private static int Positive(string name, string value) =>
            int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
                ? number
                : throw new FormatException($"The step configuration setting '{name}' must be a whole number above 0, not '{value}'.");
    }
}
