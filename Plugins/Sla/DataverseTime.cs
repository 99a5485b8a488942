using System;

namespace CrmLeadSla.Plugins.Sla
{
    /// <summary>Date and time values as Dataverse hands them over.</summary>
    public static class DataverseTime
    {
        /// <summary>
        /// The instant as UTC: Dataverse returns date and time columns and workflow arguments as UTC, so a value
        /// without a kind is taken as UTC; a local one is converted.
        /// </summary>
        public static DateTime AsUtc(DateTime value) => value.Kind switch
        {
            DateTimeKind.Utc => value,
            DateTimeKind.Local => value.ToUniversalTime(),
            _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        };
    }
}
