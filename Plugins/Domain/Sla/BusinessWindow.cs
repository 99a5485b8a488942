using System;

namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>One working day's business hours as UTC instants, [Opens, Closes).</summary>
    internal readonly struct BusinessWindow
    {
        public BusinessWindow(DateTime opens, DateTime closes)
        {
            Opens = opens;
            Closes = closes;
        }

        public DateTime Opens { get; }

        public DateTime Closes { get; }

        /// <summary>The business time of the window that lies between two instants.</summary>
        public TimeSpan Overlap(DateTime fromUtc, DateTime toUtc)
        {
            var from = fromUtc > Opens ? fromUtc : Opens;
            var to = toUtc < Closes ? toUtc : Closes;
            return to > from ? to - from : TimeSpan.Zero;
        }
    }
}
