using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security;
using CrmLeadSla.Plugins.Domain.Sla;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Workflows
{
    /// <summary>Counts an agreement's rows within a hand-over month with one FetchXML aggregate, however many there are.</summary>
    internal static class MonthlyCount
    {
        /// <summary>
        /// Rows of <paramref name="table"/> whose <paramref name="agreementColumn"/> is the agreement and whose
        /// <paramref name="dateColumn"/> lies in the month, further filtered by <paramref name="choices"/>: each column holding
        /// one of its values.
        /// </summary>
        public static int Of(IOrganizationService service, string table, string agreementColumn, Guid agreementId,
            string dateColumn, HandOverMonth month, params KeyValuePair<string, int[]>[] choices)
        {
            var conditions = string.Concat(choices.Select(c =>
                $"<condition attribute=\"{c.Key}\" operator=\"in\">" +
                string.Concat(c.Value.Select(value => $"<value>{value.ToString(CultureInfo.InvariantCulture)}</value>")) +
                "</condition>"));
            var fetch =
                $"<fetch aggregate=\"true\"><entity name=\"{table}\">" +
                $"<attribute name=\"{table}id\" alias=\"n\" aggregate=\"count\" />" +
                "<filter type=\"and\">" +
                Condition(agreementColumn, "eq", agreementId.ToString("D")) +
                Condition(dateColumn, "ge", Instant(month.StartsOnUtc)) +
                Condition(dateColumn, "lt", Instant(month.EndsOnUtc)) +
                conditions +
                "</filter></entity></fetch>";
            var row = service.RetrieveMultiple(new FetchExpression(fetch)).Entities.FirstOrDefault();
            return row?.GetAttributeValue<AliasedValue>("n")?.Value is int count ? count : 0;
        }

        private static string Condition(string column, string op, string value) =>
            $"<condition attribute=\"{column}\" operator=\"{op}\" value=\"{SecurityElement.Escape(value)}\" />";

        private static string Instant(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
    }
}
