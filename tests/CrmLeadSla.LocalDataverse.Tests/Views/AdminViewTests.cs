using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Views;

/// <summary>The admins' views list the configuration in force and leave out what was switched off.</summary>
public sealed class AdminViewTests
{
    private readonly ViewScenario scenario = new();

    [Fact]
    public void Active_scoring_models_leave_out_a_model_switched_off()
    {
        Model("In force", active: true);
        Model("Draft", active: false);

        var row = Assert.Single(scenario.Run("Active scoring models", scenario.AdminUserId));

        Assert.Equal("In force", row.GetAttributeValue<string>(ScoringModelSchema.Name));
    }

    [Fact]
    public void Active_scoring_rules_leave_out_a_rule_switched_off()
    {
        var model = Model("In force", active: true);
        Rule(model, "Counts", active: true);
        Rule(model, "Paused", active: false);

        var row = Assert.Single(scenario.Run("Active scoring rules", scenario.AdminUserId));

        Assert.Equal("Counts", row.GetAttributeValue<string>(ScoringRuleSchema.Name));
    }

    [Fact]
    public void Active_rejection_reasons_leave_out_a_reason_no_longer_agreed()
    {
        scenario.Reason("No budget this year", RejectionOutcome.Nurture);
        var retired = scenario.Reason("Old reason", RejectionOutcome.Nurture);
        scenario.System.Update(new Entity(RejectionReasonSchema.EntityName, retired) { [RejectionReasonSchema.IsActive] = false });

        var row = Assert.Single(scenario.Run("Active rejection reasons", scenario.AdminUserId));

        Assert.Equal("No budget this year", row.GetAttributeValue<string>(RejectionReasonSchema.Name));
    }

    [Fact]
    public void Active_agreements_leave_out_a_deactivated_agreement()
    {
        scenario.Create(SlaAgreementSchema.EntityName, null, (SlaAgreementSchema.Name, "Spring 2026"));
        var old = scenario.Create(SlaAgreementSchema.EntityName, null, (SlaAgreementSchema.Name, "Autumn 2025"));
        scenario.System.Update(new Entity(SlaAgreementSchema.EntityName, old) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });

        var row = Assert.Single(scenario.Run("Active SLA agreements", scenario.AdminUserId));

        Assert.Equal("Spring 2026", row.GetAttributeValue<string>(SlaAgreementSchema.Name));
    }

    [Fact]
    public void Exclusion_rules_come_in_the_order_they_are_tried_without_those_switched_off()
    {
        scenario.Create(ExclusionRuleSchema.EntityName, null, (ExclusionRuleSchema.Name, "Competitors"), (ExclusionRuleSchema.Order, 20));
        scenario.Create(ExclusionRuleSchema.EntityName, null, (ExclusionRuleSchema.Name, "Own staff"), (ExclusionRuleSchema.Order, 10));
        scenario.Create(ExclusionRuleSchema.EntityName, null, (ExclusionRuleSchema.Name, "Old partners"), (ExclusionRuleSchema.Order, 5), (ExclusionRuleSchema.IsActive, false));

        var rows = scenario.Run("Active exclusion rules", scenario.AdminUserId);

        Assert.Equal(["Own staff", "Competitors"], rows.Select(r => r.GetAttributeValue<string>(ExclusionRuleSchema.Name)));
    }

    [Fact]
    public void Holidays_come_by_date()
    {
        var agreement = scenario.Create(SlaAgreementSchema.EntityName, null, (SlaAgreementSchema.Name, "Spring 2026"));
        Holiday(agreement, "Whit Monday", new DateTime(2026, 5, 25, 0, 0, 0, DateTimeKind.Utc));
        Holiday(agreement, "Good Friday", new DateTime(2026, 4, 3, 0, 0, 0, DateTimeKind.Utc));

        var rows = scenario.Run("Holidays", scenario.AdminUserId);

        Assert.Equal(["Good Friday", "Whit Monday"], rows.Select(r => r.GetAttributeValue<string>(HolidaySchema.Name)));
    }

    [Fact]
    public void Agreed_rejection_reasons_show_what_each_reason_does_to_the_lead()
    {
        var agreement = scenario.Create(SlaAgreementSchema.EntityName, null, (SlaAgreementSchema.Name, "Spring 2026"));
        var reason = scenario.Reason("Competitor", RejectionOutcome.Disqualify);
        scenario.Create(AgreedReasonSchema.EntityName, null, (AgreedReasonSchema.SlaAgreementId, ViewScenario.Ref(SlaAgreementSchema.EntityName, agreement)), (AgreedReasonSchema.RejectionReasonId, ViewScenario.Ref(RejectionReasonSchema.EntityName, reason)));

        var row = Assert.Single(scenario.Run("Agreed rejection reasons", scenario.AdminUserId));

        Assert.Equal("Disqualify", row.FormattedValues["reason." + RejectionReasonSchema.Outcome]);
    }

    private void Holiday(Guid agreement, string name, DateTime date) =>
        scenario.Create(HolidaySchema.EntityName, null, (HolidaySchema.Name, name), (HolidaySchema.Date, date), (HolidaySchema.SlaAgreementId, ViewScenario.Ref(SlaAgreementSchema.EntityName, agreement)));

    private Guid Model(string name, bool active) =>
        scenario.Create(ScoringModelSchema.EntityName, null,
            (ScoringModelSchema.Name, name), (ScoringModelSchema.IsActive, active),
            (ScoringModelSchema.GradeAThreshold, 60), (ScoringModelSchema.GradeBThreshold, 40), (ScoringModelSchema.GradeCThreshold, 20), (ScoringModelSchema.MqlThreshold, 50));

    private void Rule(Guid model, string name, bool active) =>
        scenario.Create(ScoringRuleSchema.EntityName, null,
            (ScoringRuleSchema.Name, name), (ScoringRuleSchema.ScoringModelId, ViewScenario.Ref(ScoringModelSchema.EntityName, model)),
            (ScoringRuleSchema.Category, new OptionSetValue((int)RuleCategory.Fit)), (ScoringRuleSchema.Points, 10), (ScoringRuleSchema.IsActive, active));
}
