using CrmLeadSla.Cli.Learning.History;
using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Cli.Learning.WhatIf;

/// <summary>
/// Scores a lead of a history file with a compiled model, as the plug-ins would: fit from its columns, behaviour
/// by replaying its interactions up to the moment it is measured (<see cref="BehaviourScoring.Recompute"/>, the
/// rescoring path), then index, MQL and explanation from <see cref="ScoringModel.Score"/>.
/// </summary>
public static class WhatIfScoring
{
    /// <summary>The lead's score under the model as of <see cref="HistoryLead.MeasuredOn"/>.</summary>
    public static LeadScore Score(ScoringModel model, HistoryLead lead)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(lead);
        var state = model.Behaviour.Recompute(lead.Interactions, lead.MeasuredOn);
        return model.Score(lead.Columns, state);
    }
}
