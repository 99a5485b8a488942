using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Scoring
{
    /// <summary>
    /// Keeps the filtering attributes of the lead scoring Update step equal to the columns the active fit rules
    /// read, so a lead update runs the step exactly when it can change the fit score. The step is a row of
    /// sdkmessageprocessingstep; Dataverse applies a changed filter to the events after the transaction commits.
    /// </summary>
    public static class LeadStepFiltering
    {
        /// <summary>The table of plug-in step registrations.</summary>
        public const string StepTable = "sdkmessageprocessingstep";

        /// <summary>Its column of comma-separated filtering attributes.</summary>
        public const string FilteringAttributes = "filteringattributes";

        /// <summary>
        /// Sets the step's filtering attributes to <paramref name="columns"/> (order and case ignored); writes only
        /// when the set differs. Returns whether it wrote.
        /// </summary>
        public static bool Follow(Guid stepId, IEnumerable<string> columns, IOrganizationService systemService, Action<string> trace)
        {
            var wanted = columns.Select(column => column.Trim().ToLowerInvariant()).Where(column => column.Length > 0).Distinct().OrderBy(column => column, StringComparer.Ordinal).ToArray();
            var step = systemService.Retrieve(StepTable, stepId, new ColumnSet(FilteringAttributes));
            var current = (step.GetAttributeValue<string>(FilteringAttributes) ?? string.Empty)
                .Split(',').Select(column => column.Trim().ToLowerInvariant()).Where(column => column.Length > 0);
            if (new HashSet<string>(current).SetEquals(wanted))
            {
                trace("Lead scoring step filtering unchanged: " + string.Join(",", wanted));
                return false;
            }

            systemService.Update(new Entity(StepTable, stepId) { [FilteringAttributes] = string.Join(",", wanted) });
            trace("Lead scoring step now filters on: " + string.Join(",", wanted));
            return true;
        }
    }
}
