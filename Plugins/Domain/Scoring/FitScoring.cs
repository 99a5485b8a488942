using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>Fit points and grade of a lead from the model's active fit rules.</summary>
    public sealed class FitScoring
    {
        private readonly GradeThresholds thresholds;
        private readonly FitCriterion[] criteria;

        // For each criterion, for each of its rules: the rule's column in Columns.
        private readonly int[][] columnsOf;

        /// <summary>Fit scoring by the rules, graded by the thresholds.</summary>
        public FitScoring(IEnumerable<FitRule> rules, GradeThresholds thresholds)
        {
            criteria = CriteriaOf(rules);
            Criteria = criteria;
            this.thresholds = thresholds;
            Columns = Criteria
                .SelectMany(criterion => criterion.Rules)
                .Select(rule => rule.Condition.Column)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .OrderBy(column => column, StringComparer.Ordinal)
                .ToArray();
            var columnIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var index = 0; index < Columns.Count; index++)
            {
                columnIndex.Add(Columns[index], index);
            }

            columnsOf = criteria
                .Select(criterion => criterion.Rules.Select(rule => columnIndex[rule.Condition.Column]).ToArray())
                .ToArray();
        }

        /// <summary>The criteria that make up the fit score.</summary>
        public IReadOnlyList<FitCriterion> Criteria { get; }

        /// <summary>The lead columns the fit rules read: the lead step's filtering attributes follow them.</summary>
        public IReadOnlyList<string> Columns { get; }

        /// <summary>The lead's fit points, grade and the rules that gave them, largest first (ties by name: Dataverse returns rules in no set order).</summary>
        public FitScore ScoreOf(ColumnValues lead)
        {
            var values = new ColumnValue?[Columns.Count];
            for (var index = 0; index < values.Length; index++)
            {
                values[index] = lead.ValueOf(Columns[index]);
            }

            var contributions = new List<FitContribution>();
            for (var index = 0; index < criteria.Length; index++)
            {
                criteria[index].AddContributionsFor(values, columnsOf[index], contributions);
            }

            if (!InOrder(contributions))
            {
                // Contributions equal in points and name are equal records, so an unstable sort changes nothing.
                contributions.Sort(LargestFirst);
            }

            var points = 0;
            foreach (var contribution in contributions)
            {
                points = checked(points + contribution.Points);
            }

            return new FitScore(points, thresholds.GradeFor(points), contributions.ToArray());
        }

        private static int LargestFirst(FitContribution left, FitContribution right)
        {
            var byPoints = right.Points.CompareTo(left.Points);
            return byPoints != 0 ? byPoints : string.CompareOrdinal(left.Rule, right.Rule);
        }

        private static bool InOrder(List<FitContribution> contributions)
        {
            for (var index = 1; index < contributions.Count; index++)
            {
                if (LargestFirst(contributions[index - 1], contributions[index]) > 0)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Rules with the same group name (case and surrounding spaces ignored) form one criterion; a rule
        /// without a group stands alone. A group is Any (OR) only when all its rules say Any; if they
        /// disagree, All (AND), the stricter reading, holds.
        /// </summary>
        private static FitCriterion[] CriteriaOf(IEnumerable<FitRule> rules) =>
            rules
                .Select((rule, position) => new { Rule = rule, Key = CriterionKey(rule, position) })
                .GroupBy(entry => entry.Key, entry => entry.Rule, StringComparer.OrdinalIgnoreCase)
                .Select(group => new FitCriterion(
                    group.ToArray(),
                    group.All(rule => rule.Logic == GroupLogic.Any) ? GroupLogic.Any : GroupLogic.All))
                .ToArray();

        // A rule without a group gets a key of its own; the leading character keeps the two kinds of key apart.
        private static string CriterionKey(FitRule rule, int position) =>
            string.IsNullOrWhiteSpace(rule.Group)
                ? "#" + position.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : "=" + TextMatching.Normalize(rule.Group!);
    }
}
