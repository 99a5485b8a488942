using System.Collections.Generic;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>A lead's explicit score: its fit points, the grade they earn and the rules that gave them.</summary>
    public sealed record FitScore(int Points, Grade Grade, IReadOnlyList<FitContribution> Contributions);
}
