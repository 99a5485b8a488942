using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Security;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Tests;
using CrmLeadSla.Plugins.Tests.Builders;
using CrmLeadSla.Reliability.Tests.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Reliability.Tests.Security;

/// <summary>The solution's roles, enforced by the local Dataverse, against what the agreement says each team may do.</summary>
[Trait("Category", "Reliability")]
public class RolePrivilegeTests
{
    private readonly SolutionScenario scenario = new();
    private readonly ScoringModelIds model;

    public RolePrivilegeTests()
    {
        model = new ScoringModelBuilder().FitRule("Head of", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of", 50).CreateIn(scenario.Marketing);
    }

    [Fact]
    public void Sales_cannot_add_a_scoring_rule()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Sales.Create(new Entity(ScoringRuleSchema.EntityName)
        {
            [ScoringRuleSchema.ScoringModelId] = new EntityReference(ScoringModelSchema.EntityName, model.ModelId),
            [ScoringRuleSchema.Name] = "My leads are great",
            [ScoringRuleSchema.Category] = new OptionSetValue((int)RuleCategory.Fit),
            [ScoringRuleSchema.Attribute] = "jobtitle",
            [ScoringRuleSchema.Operator] = new OptionSetValue((int)RuleOperator.IsSet),
            [ScoringRuleSchema.Points] = 100,
            [ScoringRuleSchema.IsActive] = true,
        }));

        Assert.Equal(SecurityErrorCodes.PrivilegeDenied, fault.Detail.ErrorCode);
        Assert.Single(scenario.System.RetrieveMultiple(new QueryExpression(ScoringRuleSchema.EntityName)).Entities);
    }

    [Fact]
    public void Sales_cannot_change_a_rules_points()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            scenario.Sales.Update(new Entity(ScoringRuleSchema.EntityName, model.Rule("Head of")) { [ScoringRuleSchema.Points] = 500 }));

        Assert.Equal(SecurityErrorCodes.PrivilegeDenied, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Sales_cannot_change_the_scoring_models_thresholds()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            scenario.Sales.Update(new Entity(ScoringModelSchema.EntityName, model.ModelId) { [ScoringModelSchema.MqlThreshold] = 1 }));

        Assert.Equal(SecurityErrorCodes.PrivilegeDenied, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Sales_cannot_delete_a_scoring_rule()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Sales.Delete(ScoringRuleSchema.EntityName, model.Rule("Head of")));

        Assert.Equal(SecurityErrorCodes.PrivilegeDenied, fault.Detail.ErrorCode);
    }

    [Theory]
    [InlineData(ScoringModelSchema.EntityName)]
    [InlineData(ScoringRuleSchema.EntityName)]
    [InlineData(SlaAgreementSchema.EntityName)]
    [InlineData(RejectionReasonSchema.EntityName)]
    public void A_user_without_a_lead_sla_role_cannot_read_the_configuration(string table)
    {
        var outsider = scenario.Organization.ServiceFor(scenario.Organization.CreateUser("Olga Outsider"));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => outsider.RetrieveMultiple(new QueryExpression(table)));

        Assert.Equal(SecurityErrorCodes.PrivilegeDenied, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Sales_can_read_the_scoring_configuration()
    {
        var rules = scenario.Sales.RetrieveMultiple(new QueryExpression(ScoringRuleSchema.EntityName) { ColumnSet = new ColumnSet(ScoringRuleSchema.Name) });

        Assert.Equal("Head of", Assert.Single(rules.Entities).GetAttributeValue<string>(ScoringRuleSchema.Name));
    }

    [Fact]
    public void Sales_cannot_write_the_stage_history_directly()
    {
        var lead = new LeadBuilder().CreateIn(scenario.Marketing);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Sales.Create(new Entity(StageTransitionSchema.EntityName)
        {
            [StageTransitionSchema.LeadId] = new EntityReference(LeadSchema.EntityName, lead),
            [StageTransitionSchema.ToStage] = new OptionSetValue((int)FunnelStage.Won),
        }));

        Assert.Equal(SecurityErrorCodes.PrivilegeDenied, fault.Detail.ErrorCode);
    }

    [Theory]
    [InlineData(FunnelStage.Sal)]
    [InlineData(FunnelStage.Nurture)]
    [InlineData(FunnelStage.Disqualified)]
    public void Marketing_cannot_accept_or_reject_a_lead_it_handed_over(FunnelStage stage)
    {
        SolutionOperations.WithDefaultAgreement(scenario);
        var lead = new LeadBuilder().CreateIn(scenario.Marketing);
        scenario.Marketing.Update(new Entity(LeadSchema.EntityName, lead) { [LeadSchema.FunnelStage] = new OptionSetValue((int)FunnelStage.Mql) });

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            scenario.Marketing.Update(new Entity(LeadSchema.EntityName, lead) { [LeadSchema.FunnelStage] = new OptionSetValue((int)stage) }));

        Assert.Contains("Marketing cannot", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Equal((int)FunnelStage.Mql, scenario.System.Retrieve(LeadSchema.EntityName, lead, new ColumnSet(LeadSchema.FunnelStage)).GetAttributeValue<OptionSetValue>(LeadSchema.FunnelStage).Value);
    }

    [Fact]
    public void Sales_can_create_a_lead_while_a_scoring_model_is_active()
    {
        var lead = new LeadBuilder().JobTitle("Head of purchasing").CreateIn(scenario.Sales);

        Assert.Equal(50, scenario.System.Retrieve(LeadSchema.EntityName, lead, new ColumnSet(LeadSchema.FitScore)).GetAttributeValue<int?>(LeadSchema.FitScore));
    }

    [Fact]
    public void A_users_own_fit_score_is_replaced_by_the_computed_one()
    {
        var lead = new LeadBuilder().JobTitle("Engineer").CreateIn(scenario.Marketing);

        scenario.Marketing.Update(new Entity(LeadSchema.EntityName, lead) { [LeadSchema.FitScore] = 999 });

        Assert.Equal(0, scenario.System.Retrieve(LeadSchema.EntityName, lead, new ColumnSet(LeadSchema.FitScore)).GetAttributeValue<int?>(LeadSchema.FitScore));
    }
}
