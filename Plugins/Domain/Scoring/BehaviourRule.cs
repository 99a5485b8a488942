using System;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>A compiled behaviour rule: points per interaction of one type, optionally filtered and capped.</summary>
    /// <param name="Id">The rule's id, under which its points are kept in the behaviour state.</param>
    /// <param name="Name">Shown in the score explanation.</param>
    /// <param name="Type">The kind of interaction that earns the points.</param>
    /// <param name="Filter">A test of the interaction's columns; null counts every interaction of the type.</param>
    /// <param name="Points">Points per interaction; may be negative.</param>
    /// <param name="MaxPoints">The most points, in magnitude, the rule may hold; null for no cap.</param>
    public sealed record BehaviourRule(Guid Id, string Name, InteractionType Type, Condition? Filter, int Points, int? MaxPoints)
    {
        /// <summary>Whether the interaction earns this rule's points.</summary>
        public bool Counts(Interaction interaction) =>
            interaction.Type == Type && (Filter is null || Filter.Matches(interaction.Columns));

        /// <summary>The rule's total after adding points, held within the cap on the side of the rule's sign.</summary>
        internal double Capped(double total) =>
            MaxPoints is not int cap ? total
            : Points >= 0 ? Math.Min(total, cap)
            : Math.Max(total, -cap);

        /// <summary>
        /// The rule's total after taking points away, held at zero: removing an interaction never turns a
        /// rewarding rule into a penalty or the other way round.
        /// </summary>
        internal double Floored(double total) => Points >= 0 ? Math.Max(total, 0) : Math.Min(total, 0);
    }
}
