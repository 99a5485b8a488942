using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>
    /// One criterion of the fit score: a rule standing alone, or the rules of one group joined by
    /// the group's logic.
    /// </summary>
    public sealed class FitCriterion
    {
        private readonly FitContribution[] contributions;

        /// <summary>A criterion of the rules, joined by the logic (a single rule scores alone either way).</summary>
        public FitCriterion(IReadOnlyList<FitRule> rules, GroupLogic logic)
        {
            Rules = rules;
            Logic = logic;
            // A rule always gives the same contribution: made once here, not for every lead.
            contributions = rules.Select(rule => new FitContribution(rule.Name, rule.Points)).ToArray();
        }

        /// <summary>The rules of the criterion.</summary>
        public IReadOnlyList<FitRule> Rules { get; }

        /// <summary>How the rules combine.</summary>
        public GroupLogic Logic { get; }

        /// <summary>
        /// The rules that count for the lead: All — every rule, when every rule matches, else none;
        /// Any — the matching rule whose points lie farthest from zero (a tie goes to the higher points,
        /// then to the rule listed first), so that "CTO" and "Head of development" do not stack.
        /// </summary>
        public IEnumerable<FitContribution> ContributionsFor(ColumnValues lead)
        {
            var values = Rules.Select(rule => lead.ValueOf(rule.Condition.Column)).ToArray();
            var counting = new List<FitContribution>();
            AddContributionsFor(values, Enumerable.Range(0, values.Length).ToArray(), counting);
            return counting;
        }

        /// <summary>
        /// Adds <see cref="ContributionsFor"/> to the list, in rule order: the per-lead loop, without LINQ. Rule i reads
        /// <c>values[columnOf[i]]</c>, so the scoring reads each lead column once, not once per rule.
        /// </summary>
        internal void AddContributionsFor(ColumnValue?[] values, int[] columnOf, List<FitContribution> counting)
        {
            if (Logic == GroupLogic.All)
            {
                for (var index = 0; index < contributions.Length; index++)
                {
                    if (!Rules[index].Condition.Holds(values[columnOf[index]]))
                    {
                        return;
                    }
                }

                counting.AddRange(contributions);
                return;
            }

            FitContribution? strongest = null;
            for (var index = 0; index < contributions.Length; index++)
            {
                var candidate = contributions[index];
                if (Rules[index].Condition.Holds(values[columnOf[index]]) && (strongest is null || Stronger(candidate.Points, strongest.Points)))
                {
                    strongest = candidate;
                }
            }

            if (strongest is not null)
            {
                counting.Add(strongest);
            }
        }

        // Strictly stronger only, so that of equal rules the one listed first stays.
        private static bool Stronger(int points, int than) =>
            Math.Abs(points) > Math.Abs(than) || (Math.Abs(points) == Math.Abs(than) && points > than);
    }
}
