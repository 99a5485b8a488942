using System.Collections.Generic;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>
    /// An active rule the model could not use, with its problems — e.g. a rule saved before its column was
    /// deleted. Scoring goes on without it rather than failing every lead save.
    /// </summary>
    public sealed record SkippedRule(ScoringRule Rule, IReadOnlyList<RuleProblem> Problems);
}
