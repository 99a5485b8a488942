using System;
using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Plugins.Scoring
{
    /// <summary>A compiled scoring model together with the row and version it was compiled from.</summary>
    /// <param name="ModelId">The lsla_scoringmodel row.</param>
    /// <param name="Version">Its lsla_version when it was compiled.</param>
    /// <param name="Model">The compiled model.</param>
    public sealed record LoadedModel(Guid ModelId, int Version, ScoringModel Model);
}
