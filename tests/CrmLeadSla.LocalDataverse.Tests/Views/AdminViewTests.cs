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

    private Guid Model(string name, bool active) =>
        scenario.Create("lsla_scoringmodel", null,
            ("lsla_name", name), ("lsla_isactive", active),
            ("lsla_gradeathreshold", 60), ("lsla_gradebthreshold", 40), ("lsla_gradecthreshold", 20), ("lsla_mqlthreshold", 50));

    private void Rule(Guid model, string name, bool active) =>
        scenario.Create("lsla_scoringrule", null,
            ("lsla_name", name), ("lsla_scoringmodelid", ViewScenario.Ref("lsla_scoringmodel", model)),
            ("lsla_category", new OptionSetValue((int)RuleCategory.Fit)), ("lsla_points", 10), ("lsla_isactive", active));
}
