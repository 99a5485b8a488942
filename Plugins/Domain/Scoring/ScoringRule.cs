using System;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>
    /// One criterion of a scoring model as an admin configured it, before
    /// validation and compilation.
    /// </summary>
    /// <param name="Id">The rule's id; behaviour points are kept per rule under it.</param>
    /// <param name="Name">Shown in the score explanation.</param>
    /// <param name="Category">Fit (a lead column) or behaviour (per interaction).</param>
    /// <param name="Points">Points when the rule matches, per interaction for behaviour rules; may be negative.</param>
    public sealed record ScoringRule(Guid Id, string Name, RuleCategory Category, int Points)
    {
        /// <summary>Fit rules: the lead column tested; behaviour rules: an optional interaction column that filters.</summary>
        public string? Attribute { get; init; }

        /// <summary>How the column is compared with <see cref="Value"/>.</summary>
        public RuleOperator? Operator { get; init; }

        /// <summary>The value; lists and keywords separated by ';'; the lower bound of Between.</summary>
        public string? Value { get; init; }

        /// <summary>The upper bound of Between.</summary>
        public string? ValueTo { get; init; }

        /// <summary>Behaviour rules: the kind of interaction that earns the points.</summary>
        public InteractionType? InteractionType { get; init; }

        /// <summary>Behaviour rules: the most points (in magnitude) the rule may hold at any time; null for no cap.</summary>
        public int? MaxPoints { get; init; }

        /// <summary>Fit rules with the same group name form one criterion; null or empty stands alone.</summary>
        public string? Group { get; init; }

        /// <summary>How the rules of the group combine.</summary>
        public GroupLogic GroupLogic { get; init; } = GroupLogic.All;

        /// <summary>Only active rules score.</summary>
        public bool IsActive { get; init; } = true;
    }
}
