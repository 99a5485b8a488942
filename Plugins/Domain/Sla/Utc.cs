using System;

namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>The calendar's rule for its inputs: instants are UTC, as Dataverse stores date and time.</summary>
    internal static class Utc
    {
        /// <summary>The instant as UTC; unspecified kind is read as UTC, a local time is refused.</summary>
        public static DateTime Of(DateTime instant, string parameter) => instant.Kind switch
        {
            DateTimeKind.Local => throw new ArgumentException("The SLA calendar takes UTC instants; convert local times with ToUniversalTime() first.", parameter),
            _ => DateTime.SpecifyKind(instant, DateTimeKind.Utc),
        };
    }
}
