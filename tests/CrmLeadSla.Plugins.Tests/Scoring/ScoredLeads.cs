using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Tests.Scoring;

/// <summary>Reads back what scoring wrote on a lead.</summary>
internal static class ScoredLeads
{
    public static Entity Read(IOrganizationService service, Guid leadId) =>
        service.Retrieve(LeadSchema.EntityName, leadId, new ColumnSet(
            LeadSchema.FitScore, LeadSchema.Grade, LeadSchema.BehaviorScore, LeadSchema.LeadIndex,
            LeadSchema.ScoreExplanation, LeadSchema.BehaviorState, LeadSchema.ScoredOn, LeadSchema.ScoringModelId, LeadSchema.FunnelStage));

    public static int? FitScore(this Entity lead) => lead.GetAttributeValue<int?>(LeadSchema.FitScore);

    public static int? BehaviourScore(this Entity lead) => lead.GetAttributeValue<int?>(LeadSchema.BehaviorScore);

    public static string? Index(this Entity lead) => lead.GetAttributeValue<string>(LeadSchema.LeadIndex);

    public static Grade? Grade(this Entity lead) =>
        lead.GetAttributeValue<OptionSetValue>(LeadSchema.Grade) is OptionSetValue grade ? (Grade)grade.Value : null;

    public static string? Explanation(this Entity lead) => lead.GetAttributeValue<string>(LeadSchema.ScoreExplanation);

    public static string? State(this Entity lead) => lead.GetAttributeValue<string>(LeadSchema.BehaviorState);

    public static FunnelStage? Stage(this Entity lead) =>
        lead.GetAttributeValue<OptionSetValue>(LeadSchema.FunnelStage) is OptionSetValue stage ? (FunnelStage)stage.Value : null;

    /// <summary>The lead's stage history, oldest first.</summary>
    public static IReadOnlyList<Entity> History(IOrganizationService service, Guid leadId)
    {
        var query = new QueryExpression(StageTransitionSchema.EntityName)
        {
            ColumnSet = new ColumnSet(StageTransitionSchema.FromStage, StageTransitionSchema.ToStage, StageTransitionSchema.LeadIndex),
            Orders = { new OrderExpression(StageTransitionSchema.ChangedOn, OrderType.Ascending) },
        };
        query.Criteria.AddCondition(StageTransitionSchema.LeadId, ConditionOperator.Equal, leadId);
        return service.RetrieveMultiple(query).Entities.ToList();
    }
}
