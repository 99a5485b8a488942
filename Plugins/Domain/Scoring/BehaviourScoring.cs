using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>
    /// Behaviour points of a lead, kept up to date one interaction at a time: the stored totals are
    /// decayed analytically to the event's time and the interaction's points added or taken away, so an
    /// event costs the same whether the lead has ten interactions or ten thousand.
    /// </summary>
    public sealed class BehaviourScoring
    {
        /// <summary>Behaviour scoring by the rules, decaying by the decay.</summary>
        public BehaviourScoring(IReadOnlyList<BehaviourRule> rules, BehaviourDecay decay)
        {
            Rules = rules;
            Decay = decay;
        }

        /// <summary>The active behaviour rules.</summary>
        public IReadOnlyList<BehaviourRule> Rules { get; }

        /// <summary>How points lose value over time.</summary>
        public BehaviourDecay Decay { get; }

        /// <summary>
        /// The state after an interaction was recorded, brought up to date at <paramref name="now"/> (or at the
        /// state's own time, should the clock lag behind it). Each matching rule gains the interaction's points,
        /// decayed from when it occurred, and is held within its cap. An interaction dated after the state's time
        /// counts as happening then.
        /// </summary>
        public BehaviourState Add(BehaviourState state, Interaction interaction, DateTime now) =>
            Apply(state, interaction, now, (rule, total, points) => rule.Capped(total + points));

        /// <summary>
        /// The state after an interaction was deleted (or changed its type): each rule it counted for loses
        /// the interaction's points, decayed from when it occurred, and never crosses zero.
        /// </summary>
        public BehaviourState Remove(BehaviourState state, Interaction interaction, DateTime now) =>
            Apply(state, interaction, now, (rule, total, points) => rule.Floored(total - points));

        /// <summary>
        /// The state from the full history, as of <paramref name="asOf"/>: the interactions replayed in the order
        /// they occurred, each at its own time. Rescoring uses it; it agrees with the incremental path.
        /// </summary>
        public BehaviourState Recompute(IEnumerable<Interaction> interactions, DateTime asOf)
        {
            var state = BehaviourState.Empty;
            foreach (var interaction in interactions.OrderBy(interaction => interaction.OccurredOn))
            {
                state = Add(state, interaction, interaction.OccurredOn < asOf ? interaction.OccurredOn : asOf);
            }

            return BroughtTo(state, asOf);
        }

        /// <summary>The state with its totals decayed to <paramref name="moment"/> (never backwards).</summary>
        public BehaviourState BroughtTo(BehaviourState state, DateTime moment)
        {
            var asOf = Later(state, moment);
            var factor = state.AsOf is DateTime then ? Decay.Factor(then, asOf) : 1;
            return BehaviourState.Of(asOf, state.Totals.Select(entry => new KeyValuePair<Guid, double>(entry.Key, entry.Value * factor)));
        }

        /// <summary>The points each active rule holds in the state, largest first, leaving out rules that hold none.</summary>
        public IReadOnlyList<BehaviourContribution> ContributionsOf(BehaviourState state) =>
            Rules
                .Select(rule => new BehaviourContribution(rule.Name, state.TotalOf(rule.Id)))
                .Where(contribution => contribution.Points != 0)
                .OrderByDescending(contribution => contribution.Points)
                .ThenBy(contribution => contribution.Rule, StringComparer.Ordinal)
                .ToArray();

        /// <summary>
        /// The unrounded behaviour points of the state: the sum of the active rules' totals. A rule no longer
        /// active (or deleted) no longer counts, though its total stays in the state until rescoring.
        /// </summary>
        public double PointsOf(BehaviourState state) => Rules.Sum(rule => state.TotalOf(rule.Id));

        private BehaviourState Apply(BehaviourState state, Interaction interaction, DateTime now, Func<BehaviourRule, double, double, double> combine)
        {
            var current = BroughtTo(state, now);
            var asOf = current.AsOf!.Value;
            var occurredOn = interaction.OccurredOn < asOf ? interaction.OccurredOn : asOf;
            var worth = Decay.Factor(occurredOn, asOf);
            var totals = current.Totals.ToDictionary(entry => entry.Key, entry => entry.Value);
            foreach (var rule in Rules.Where(rule => rule.Counts(interaction)))
            {
                totals[rule.Id] = combine(rule, current.TotalOf(rule.Id), rule.Points * worth);
            }

            return BehaviourState.Of(asOf, totals);
        }

        private static DateTime Later(BehaviourState state, DateTime moment) =>
            state.AsOf is DateTime then && then > moment ? then : moment;
    }
}
