using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Cli.Agreement.Walkthrough;

/// <summary>A lead as the story tells it: its name, index, points, stage, owner and the explanation of its score.</summary>
internal sealed record LeadState(string Name, string Index, int Fit, int Behaviour, string Stage, string Owner, string Explanation);

/// <summary>
/// What happened to the leads between two moments, in a business user's words: a new lead with its index and stage,
/// a changed index with the explanation that says why, a move to another stage, a new owner.
/// </summary>
internal static class LeadChanges
{
    private static readonly ColumnSet Columns = new("fullname", "ownerid", LeadSchema.LeadIndex, LeadSchema.FitScore, LeadSchema.BehaviorScore, LeadSchema.FunnelStage, LeadSchema.ScoreExplanation);

    /// <summary>Every lead as it stands, read by <paramref name="service"/> (one that reads every lead).</summary>
    public static IReadOnlyDictionary<Guid, LeadState> Read(IOrganizationService service, MetadataModel metadata)
    {
        ArgumentNullException.ThrowIfNull(service);
        var stages = metadata.FindTable(LeadSchema.EntityName)?.Column(LeadSchema.FunnelStage)?.OptionSet?.Options;
        var language = UserLanguage.IsGerman ? 1031 : 1033;
        return service.RetrieveMultiple(new QueryExpression(LeadSchema.EntityName) { ColumnSet = Columns }).Entities.ToDictionary(
            lead => lead.Id,
            lead =>
            {
                var stage = lead.GetAttributeValue<OptionSetValue>(LeadSchema.FunnelStage)?.Value;
                return new LeadState(
                    lead.GetAttributeValue<string>("fullname") ?? string.Empty,
                    lead.GetAttributeValue<string>(LeadSchema.LeadIndex) ?? "–",
                    lead.GetAttributeValue<int>(LeadSchema.FitScore),
                    lead.GetAttributeValue<int>(LeadSchema.BehaviorScore),
                    stages?.FirstOrDefault(option => option.Value == stage)?.Label.In(language) is { Length: > 0 } label ? label : stage?.ToString(System.Globalization.CultureInfo.CurrentCulture) ?? "–",
                    lead.GetAttributeValue<EntityReference>("ownerid")?.Name ?? string.Empty,
                    lead.GetAttributeValue<string>(LeadSchema.ScoreExplanation) ?? string.Empty);
            });
    }

    /// <summary>The lines that tell what changed from <paramref name="before"/> to <paramref name="after"/>, lead by lead.</summary>
    public static IEnumerable<string> Between(IReadOnlyDictionary<Guid, LeadState> before, IReadOnlyDictionary<Guid, LeadState> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        foreach (var (id, now) in after.OrderBy(lead => lead.Value.Name, StringComparer.CurrentCulture))
        {
            if (!before.TryGetValue(id, out var then))
            {
                yield return UserLanguage.Pick(
                    $"{now.Name}: new lead, index {now.Index} (fit {now.Fit:N0}, behaviour {now.Behaviour:N0}), stage {now.Stage}, owner {now.Owner}",
                    $"{now.Name}: neuer Lead, Index {now.Index} (Profil {now.Fit:N0}, Verhalten {now.Behaviour:N0}), Phase {now.Stage}, Besitzer {now.Owner}");
                foreach (var line in Why(now))
                {
                    yield return line;
                }

                continue;
            }

            var changes = new List<string>();
            if (then.Index != now.Index || then.Fit != now.Fit || then.Behaviour != now.Behaviour)
            {
                changes.Add(UserLanguage.Pick(
                    $"index {then.Index} → {now.Index} (fit {now.Fit:N0}, behaviour {now.Behaviour:N0})",
                    $"Index {then.Index} → {now.Index} (Profil {now.Fit:N0}, Verhalten {now.Behaviour:N0})"));
            }

            if (then.Stage != now.Stage)
            {
                changes.Add(UserLanguage.Pick($"stage {then.Stage} → {now.Stage}", $"Phase {then.Stage} → {now.Stage}"));
            }

            if (then.Owner != now.Owner)
            {
                changes.Add(UserLanguage.Pick($"now owned by {now.Owner}", $"jetzt im Besitz von {now.Owner}"));
            }

            if (changes.Count == 0)
            {
                continue;
            }

            yield return $"{now.Name}: {string.Join("; ", changes)}";
            if (then.Explanation != now.Explanation)
            {
                foreach (var line in Why(now))
                {
                    yield return line;
                }
            }
        }
    }

    // The score's explanation, as the plug-in wrote it on the lead: the rules that gave the points.
    private static IEnumerable<string> Why(LeadState lead) =>
        lead.Explanation.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line => "    " + line);
}
