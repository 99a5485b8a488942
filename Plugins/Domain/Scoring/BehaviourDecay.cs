using System;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>
    /// Exponential decay of behaviour points: after one half-life a point is worth half, after two a
    /// quarter — value(t) = value(t0) · 2^(−(t − t0) / halfLife).
    /// </summary>
    public sealed record BehaviourDecay(int? HalfLifeDays)
    {
        /// <summary>What one point earned at <paramref name="from"/> is worth at <paramref name="to"/>; 1 without decay or when time does not move forward.</summary>
        public double Factor(DateTime from, DateTime to)
        {
            if (HalfLifeDays is not int halfLife || halfLife <= 0 || to <= from)
            {
                return 1;
            }

            return Math.Pow(2, -(to - from).TotalDays / halfLife);
        }
    }
}
