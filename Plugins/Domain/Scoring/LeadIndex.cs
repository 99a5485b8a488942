using System;
using System.Globalization;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>
    /// The lead index everyone reads at a glance: the grade letter followed by the behaviour points,
    /// e.g. A50, B15, D0 — always a letter and a number that is not negative. It fits the lead's index column (10 characters)
    /// because the points are held within <see cref="LowestBehaviourPoints"/>…<see cref="HighestBehaviourPoints"/>.
    /// </summary>
    public sealed record LeadIndex(Grade Grade, int BehaviourPoints)
    {
        /// <summary>
        /// The lowest behaviour points shown: none. Negative rules (an unsubscribe) take points away, but a lead never
        /// shows less than nothing, so the index never reads like "B-25" and sorts stay plain.
        /// </summary>
        public const int LowestBehaviourPoints = 0;

        /// <summary>The highest behaviour points shown.</summary>
        public const int HighestBehaviourPoints = 999999;

        /// <summary>The index of a grade and decayed behaviour points, rounded and bounded as <see cref="RoundedBehaviourPoints"/> does.</summary>
        public static LeadIndex For(Grade grade, double behaviourPoints) => new LeadIndex(grade, RoundedBehaviourPoints(behaviourPoints));

        /// <summary>
        /// Behaviour points as shown and stored: rounded half away from zero (2.5 → 3), then held within the bounds
        /// (a sum below zero shows 0).
        /// </summary>
        public static int RoundedBehaviourPoints(double behaviourPoints)
        {
            var rounded = Math.Round(behaviourPoints, MidpointRounding.AwayFromZero);
            return rounded < LowestBehaviourPoints ? LowestBehaviourPoints
                : rounded > HighestBehaviourPoints ? HighestBehaviourPoints
                : (int)rounded;
        }

        /// <summary>The index text, e.g. A50.</summary>
        public override string ToString() => Grade.ToString() + BehaviourPoints.ToString(CultureInfo.InvariantCulture);
    }
}
