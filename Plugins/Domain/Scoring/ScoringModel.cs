using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>
    /// A scoring model compiled from its settings and rules: immutable, so one compiled model can be
    /// shared by every event until the model's version changes.
    /// </summary>
    public sealed class ScoringModel
    {
        private ScoringModel(ModelSettings settings, FitScoring fit, BehaviourScoring behaviour, IReadOnlyList<SkippedRule> skippedRules)
        {
            Settings = settings;
            Fit = fit;
            Behaviour = behaviour;
            SkippedRules = skippedRules;
        }

        /// <summary>The model's thresholds, MQL criterion and decay.</summary>
        public ModelSettings Settings { get; }

        /// <summary>Fit points and grade from the active fit rules.</summary>
        public FitScoring Fit { get; }

        /// <summary>Behaviour points from the active behaviour rules, with decay.</summary>
        public BehaviourScoring Behaviour { get; }

        /// <summary>Active rules left out because they cannot be used.</summary>
        public IReadOnlyList<SkippedRule> SkippedRules { get; }

        /// <summary>
        /// Compiles the model's active rules against the lead's and the interaction's columns. Inactive rules
        /// are ignored; active rules with problems are left out and listed in <see cref="SkippedRules"/>.
        /// Throws <see cref="ArgumentException"/> when the settings themselves are unsound.
        /// </summary>
        public static ScoringModel Compile(ModelSettings settings, IEnumerable<ScoringRule> rules, ColumnCatalog leadColumns, ColumnCatalog interactionColumns)
        {
            var settingsProblems = RuleValidation.ProblemsWith(settings);
            if (settingsProblems.Count > 0)
            {
                throw new ArgumentException(RuleProblem.InEnglish(settingsProblems), nameof(settings));
            }

            var fitRules = new List<FitRule>();
            var behaviourRules = new List<BehaviourRule>();
            var skipped = new List<SkippedRule>();
            foreach (var rule in rules.Where(rule => rule.IsActive))
            {
                var problems = new List<RuleProblem>();
                var condition = RuleValidation.Check(rule, leadColumns, interactionColumns, problems);
                if (problems.Count > 0)
                {
                    skipped.Add(new SkippedRule(rule, problems));
                }
                else if (rule.Category == RuleCategory.Behaviour)
                {
                    behaviourRules.Add(new BehaviourRule(rule.Id, rule.Name, rule.InteractionType!.Value, condition, rule.Points, rule.MaxPoints));
                }
                else
                {
                    fitRules.Add(new FitRule(rule.Name, condition!, rule.Points, rule.Group, rule.GroupLogic));
                }
            }

            return new ScoringModel(
                settings,
                new FitScoring(fitRules, settings.Thresholds),
                new BehaviourScoring(behaviourRules, new BehaviourDecay(settings.DecayHalfLifeDays)),
                skipped);
        }

        /// <summary>The behaviour points the state holds, rounded and bounded as the lead shows them, and the rules holding them.</summary>
        public BehaviourScore BehaviourOf(BehaviourState state) =>
            new BehaviourScore(LeadIndex.RoundedBehaviourPoints(Behaviour.PointsOf(state)), Behaviour.ContributionsOf(state));

        /// <summary>
        /// The whole score of a lead from its columns and its behaviour state (as stored; bring it up to date
        /// first with <see cref="BehaviourScoring.BroughtTo"/> to show the decay since the last interaction).
        /// </summary>
        public LeadScore Score(ColumnValues lead, BehaviourState state)
        {
            var fit = Fit.ScoreOf(lead);
            var behaviour = BehaviourOf(state);
            return new LeadScore(
                fit,
                behaviour,
                new LeadIndex(fit.Grade, behaviour.Points),
                Settings.QualifiesAsMql(fit.Grade, behaviour.Points),
                new ScoreExplanation(ScoreExplanation.Describe(fit, Settings.Language), ScoreExplanation.Describe(behaviour, Settings.Language), state));
        }
    }
}
