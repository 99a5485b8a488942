using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Tests;
using CrmLeadSla.Plugins.Tests.Builders;
using CrmLeadSla.Reliability.Tests.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Reliability.Tests.Security;

/// <summary>
/// Which user each plug-in's writes run as (docs/reliability.md): the writes the solution makes on a user's behalf
/// run as SYSTEM, so they succeed where the user alone could not, and are stamped as SYSTEM's.
/// </summary>
[Trait("Category", "Reliability")]
public class PluginUserContextTests
{
    private readonly SolutionScenario scenario = new();

    [Fact]
    public void Interaction_scoring_writes_the_lead_as_system_even_when_the_recorder_may_not_write_it()
    {
        new ScoringModelBuilder().BehaviourRule("Visit", InteractionType.WebsiteVisit, points: 5).CreateIn(scenario.Marketing);
        var adminsLead = new LeadBuilder().CreateIn(scenario.Organization.ServiceFor(scenario.Organization.AdminUserId));

        new InteractionBuilder(adminsLead).Of(InteractionType.WebsiteVisit).CreateIn(scenario.Marketing);

        var lead = scenario.System.Retrieve(LeadSchema.EntityName, adminsLead, new ColumnSet(LeadSchema.BehaviorScore, "modifiedby"));
        Assert.Equal((5, scenario.Organization.SystemUserId), (lead.GetAttributeValue<int>(LeadSchema.BehaviorScore), lead.GetAttributeValue<EntityReference>("modifiedby").Id));
    }

    [Fact]
    public void The_funnel_writes_the_stage_history_as_system_and_names_the_user_who_moved_the_lead()
    {
        SolutionOperations.WithDefaultAgreement(scenario);
        var lead = new LeadBuilder().CreateIn(scenario.Marketing);

        scenario.Marketing.Update(new Entity(LeadSchema.EntityName, lead) { [LeadSchema.FunnelStage] = new OptionSetValue((int)FunnelStage.Mql) });

        var move = scenario.System.RetrieveMultiple(new QueryExpression(StageTransitionSchema.EntityName)
        {
            ColumnSet = new ColumnSet(StageTransitionSchema.ChangedBy, "createdby"),
            Criteria = { Conditions = { new ConditionExpression(StageTransitionSchema.ToStage, ConditionOperator.Equal, (int)FunnelStage.Mql) } },
        }).Entities.Single();
        Assert.Equal(
            (scenario.MarketingUserId, scenario.Organization.SystemUserId),
            (move.GetAttributeValue<EntityReference>(StageTransitionSchema.ChangedBy).Id, move.GetAttributeValue<EntityReference>("createdby").Id));
    }

    [Fact]
    public void A_marketing_rule_change_updates_the_lead_steps_filter_as_system_which_marketing_itself_may_not()
    {
        var model = new ScoringModelBuilder().FitRule("Head of", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of", 50).CreateIn(scenario.Marketing);

        scenario.Marketing.Create(new Entity(ScoringRuleSchema.EntityName)
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

        var step = scenario.Organization.Database.Rows("sdkmessageprocessingstep")
            .Single(row => row.GetAttributeValue<string>("name") == "Scoring: rescore a lead whose rule columns changed");
        Assert.Contains("numberofemployees", step.GetAttributeValue<string>("filteringattributes"), StringComparison.Ordinal);
        Assert.Equal(scenario.Organization.SystemUserId, step.GetAttributeValue<EntityReference>("modifiedby").Id);
        Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => scenario.Marketing.Update(new Entity("sdkmessageprocessingstep", step.Id) { ["filteringattributes"] = "jobtitle" }));
    }
}
