using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Tests;
using CrmLeadSla.Plugins.Tests.Builders;
using CrmLeadSla.Plugins.Tests.Funnel;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Reliability.Tests.Faults;

/// <summary>An operation of the solution whose plug-ins write: arranged on a fresh organization, then acted once.</summary>
internal sealed record SolutionOperation(string Name, Func<SolutionScenario, Action> Arrange)
{
    public override string ToString() => Name;
}

/// <summary>The operations whose every plug-in write the fault tests break in turn.</summary>
internal static class SolutionOperations
{
    public static readonly IReadOnlyList<SolutionOperation> All =
    [
        new("a lead is created", scenario =>
        {
            Model().CreateIn(scenario.Marketing);
            return () => new LeadBuilder().JobTitle("Head of development").CreateIn(scenario.Marketing);
        }),
        new("an interaction is recorded", scenario =>
        {
            Model().CreateIn(scenario.Marketing);
            var lead = new LeadBuilder().CreateIn(scenario.Marketing);
            return () => new InteractionBuilder(lead).Of(InteractionType.WebsiteVisit).CreateIn(scenario.Marketing);
        }),
        new("an interaction makes the lead an MQL", scenario =>
        {
            Model().CreateIn(scenario.Marketing);
            var lead = new LeadBuilder().JobTitle("Head of development").CreateIn(scenario.Marketing);
            new InteractionBuilder(lead).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);
            return () => new InteractionBuilder(lead).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);
        }),
        new("an interaction is deleted", scenario =>
        {
            Model().CreateIn(scenario.Marketing);
            var lead = new LeadBuilder().CreateIn(scenario.Marketing);
            var interaction = new InteractionBuilder(lead).Of(InteractionType.Download).CreateIn(scenario.Marketing);
            return () => scenario.Marketing.Delete(InteractionSchema.EntityName, interaction);
        }),
        new("marketing hands a lead over", scenario =>
        {
            WithDefaultAgreement(scenario);
            var lead = new LeadBuilder().CreateIn(scenario.Marketing);
            return () => scenario.Marketing.Update(
                new Entity(LeadSchema.EntityName, lead) { [LeadSchema.FunnelStage] = new OptionSetValue((int)FunnelStage.Mql) });
        }),
        new("sales accepts a lead", scenario =>
        {
            WithDefaultAgreement(scenario);
            var lead = new LeadBuilder().CreateIn(scenario.Marketing);
            scenario.Marketing.Update(new Entity(LeadSchema.EntityName, lead) { [LeadSchema.FunnelStage] = new OptionSetValue((int)FunnelStage.Mql) });
            return () => scenario.Sales.Update(
                new Entity(LeadSchema.EntityName, lead) { [LeadSchema.FunnelStage] = new OptionSetValue((int)FunnelStage.Sal) });
        }),
        new("a fit rule on a new column is added", scenario =>
        {
            var model = Model().CreateIn(scenario.Marketing);
            return () => scenario.Marketing.Create(new Entity(ScoringRuleSchema.EntityName)
            {
                [ScoringRuleSchema.ScoringModelId] = new EntityReference(ScoringModelSchema.EntityName, model.ModelId),
                [ScoringRuleSchema.Name] = "Large company",
                [ScoringRuleSchema.Category] = new OptionSetValue((int)RuleCategory.Fit),
                [ScoringRuleSchema.Attribute] = "numberofemployees",
                [ScoringRuleSchema.Operator] = new OptionSetValue((int)RuleOperator.GreaterThan),
                [ScoringRuleSchema.Value] = "500",
                [ScoringRuleSchema.Points] = 15,
                [ScoringRuleSchema.IsActive] = true,
            });
        }),
        new("a rule's points change", scenario =>
        {
            var model = Model().CreateIn(scenario.Marketing);
            return () => scenario.Marketing.Update(new Entity(ScoringRuleSchema.EntityName, model.Rule("Webinar")) { [ScoringRuleSchema.Points] = 40 });
        }),
    ];

    /// <summary>The default agreement a hand-over needs, its sales owner the scenario's sales user.</summary>
    public static void WithDefaultAgreement(SolutionScenario scenario) =>
        new AgreementBuilder("Default agreement").SalesOwner(scenario.SalesUserId).Default().CreateIn(scenario.System);

    private static ScoringModelBuilder Model() => new ScoringModelBuilder()
        .MqlAt(50)
        .FitRule("Head of", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of", 60)
        .BehaviourRule("Visit", InteractionType.WebsiteVisit, points: 5)
        .BehaviourRule("Download", InteractionType.Download, points: 10)
        .BehaviourRule("Webinar", InteractionType.WebinarAttendance, points: 30);
}
