using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
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

        Assert.Equal("In force", row.GetAttributeValue<string>("lsla_name"));
    }

    [Fact]
    public void Active_scoring_rules_leave_out_a_rule_switched_off()
    {
        var model = Model("In force", active: true);
        Rule(model, "Counts", active: true);
        Rule(model, "Paused", active: false);

        var row = Assert.Single(scenario.Run("Active scoring rules", scenario.AdminUserId));

        Assert.Equal("Counts", row.GetAttributeValue<string>("lsla_name"));
    }

    [Fact]
    public void Active_rejection_reasons_leave_out_a_reason_no_longer_agreed()
    {
        scenario.Reason("No budget this year", RejectionOutcome.Nurture);
        var retired = scenario.Reason("Old reason", RejectionOutcome.Nurture);
        scenario.System.Update(new Entity("lsla_rejectionreason", retired) { ["lsla_isactive"] = false });

        var row = Assert.Single(scenario.Run("Active rejection reasons", scenario.AdminUserId));

        Assert.Equal("No budget this year", row.GetAttributeValue<string>("lsla_name"));
    }

    [Fact]
    public void Active_agreements_leave_out_a_deactivated_agreement()
    {
        scenario.Create("lsla_slaagreement", null, ("lsla_name", "Spring 2026"));
        var old = scenario.Create("lsla_slaagreement", null, ("lsla_name", "Autumn 2025"));
        scenario.System.Update(new Entity("lsla_slaagreement", old) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });

        var row = Assert.Single(scenario.Run("Active SLA agreements", scenario.AdminUserId));

        Assert.Equal("Spring 2026", row.GetAttributeValue<string>("lsla_name"));
    }

    [Fact]
    public void Exclusion_rules_come_in_the_order_they_are_tried_without_those_switched_off()
    {
        scenario.Create("lsla_exclusionrule", null, ("lsla_name", "Competitors"), ("lsla_order", 20));
        scenario.Create("lsla_exclusionrule", null, ("lsla_name", "Own staff"), ("lsla_order", 10));
        scenario.Create("lsla_exclusionrule", null, ("lsla_name", "Old partners"), ("lsla_order", 5), ("lsla_isactive", false));

        var rows = scenario.Run("Active exclusion rules", scenario.AdminUserId);

        Assert.Equal(["Own staff", "Competitors"], rows.Select(r => r.GetAttributeValue<string>("lsla_name")));
    }

    [Fact]
    public void Holidays_come_by_date()
    {
        var agreement = scenario.Create("lsla_slaagreement", null, ("lsla_name", "Spring 2026"));
        Holiday(agreement, "Whit Monday", new DateTime(2026, 5, 25, 0, 0, 0, DateTimeKind.Utc));
        Holiday(agreement, "Good Friday", new DateTime(2026, 4, 3, 0, 0, 0, DateTimeKind.Utc));

        var rows = scenario.Run("Holidays", scenario.AdminUserId);

        Assert.Equal(["Good Friday", "Whit Monday"], rows.Select(r => r.GetAttributeValue<string>("lsla_name")));
    }

    [Fact]
    public void Agreed_rejection_reasons_show_what_each_reason_does_to_the_lead()
    {
        var agreement = scenario.Create("lsla_slaagreement", null, ("lsla_name", "Spring 2026"));
        var reason = scenario.Reason("Competitor", RejectionOutcome.Disqualify);
        scenario.Create("lsla_agreedreason", null, ("lsla_slaagreementid", ViewScenario.Ref("lsla_slaagreement", agreement)), ("lsla_rejectionreasonid", ViewScenario.Ref("lsla_rejectionreason", reason)));

        var row = Assert.Single(scenario.Run("Agreed rejection reasons", scenario.AdminUserId));

        Assert.Equal("Disqualify", row.FormattedValues["reason.lsla_outcome"]);
    }

    private void Holiday(Guid agreement, string name, DateTime date) =>
        scenario.Create("lsla_holiday", null, ("lsla_name", name), ("lsla_date", date), ("lsla_slaagreementid", ViewScenario.Ref("lsla_slaagreement", agreement)));

    private Guid Model(string name, bool active) =>
        scenario.Create("lsla_scoringmodel", null,
            ("lsla_name", name), ("lsla_isactive", active),
            ("lsla_gradeathreshold", 60), ("lsla_gradebthreshold", 40), ("lsla_gradecthreshold", 20), ("lsla_mqlthreshold", 50));

    private void Rule(Guid model, string name, bool active) =>
        scenario.Create("lsla_scoringrule", null,
            ("lsla_name", name), ("lsla_scoringmodelid", ViewScenario.Ref("lsla_scoringmodel", model)),
            ("lsla_category", new OptionSetValue((int)RuleCategory.Fit)), ("lsla_points", 10), ("lsla_isactive", active));
}
