using System.Collections.Generic;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>A lead's implicit score: its behaviour points as shown (rounded, bounded) and the rules holding them.</summary>
    public sealed record BehaviourScore(int Points, IReadOnlyList<BehaviourContribution> Contributions);
}
