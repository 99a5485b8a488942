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
        /// <summary>A criterion of the rules, joined by the logic (a single rule scores alone either way).</summary>
        public FitCriterion(IReadOnlyList<FitRule> rules, GroupLogic logic)
        {
            Rules = rules;
            Logic = logic;
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
            if (Logic == GroupLogic.All)
            {
                return Rules.All(rule => rule.Condition.Matches(lead))
                    ? Rules.Select(rule => new FitContribution(rule.Name, rule.Points))
                    : Enumerable.Empty<FitContribution>();
            }

            var strongest = Rules
                .Where(rule => rule.Condition.Matches(lead))
                .OrderByDescending(rule => Math.Abs(rule.Points))
                .ThenByDescending(rule => rule.Points)
                .FirstOrDefault();
            return strongest is null
                ? Enumerable.Empty<FitContribution>()
                : new[] { new FitContribution(strongest.Name, strongest.Points) };
        }
    }
}
