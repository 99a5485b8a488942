using System.ServiceModel;
using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Funnel;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.ScoringConfiguration;

/// <summary>A refused scoring rule or model reads in the language of the admin who saves it, fields named by their label there.</summary>
public class RefusalLanguageTests
{
    private readonly SolutionScenario scenario = new();
    private readonly Guid germanMarketingUserId;
    private readonly Guid modelId;

    public RefusalLanguageTests()
    {
        germanMarketingUserId = scenario.Installed.CreateUser("Jana Jäger", LeadSlaRoles.Marketing, TeamMembers.German);
        modelId = scenario.Marketing.Create(ConfigurationRows.Model());
    }

    [Fact]
    public void A_German_and_an_English_admin_each_read_the_refusal_of_a_rule_without_a_number_in_their_language()
    {
        var rule = ConfigurationRows.FitRule(modelId, "numberofemployees", RuleOperator.GreaterThan, "ten");

        var german = Refused(() => scenario.Organization.ServiceFor(germanMarketingUserId).Create(rule));
        var english = Refused(() => scenario.Marketing.Create(rule));

        Assert.Equal(
            "Die Bewertungsregel kann nicht gespeichert werden. Bitte korrigieren Sie:" + Environment.NewLine +
            "- Wert: „ten“ ist keine Zahl. Geben Sie im Feld Wert (lsla_value) eine Zahl ein, z. B. 250000.",
            german);
        Assert.Equal(
            "The scoring rule cannot be saved. Please correct:" + Environment.NewLine +
            "- Value 'ten' is not a number. Enter a number such as 250000 in Value (lsla_value).",
            english);
    }

    [Fact]
    public void A_German_admin_reads_the_problem_of_a_model_in_German_with_the_fields_German_label()
    {
        var model = ConfigurationRows.Model("Zweites Modell", active: false);
        model[ScoringModelSchema.GradeAThreshold] = 30;

        var refusal = Refused(() => scenario.Organization.ServiceFor(germanMarketingUserId).Create(model));

        Assert.Equal(
            "Das Bewertungsmodell kann nicht gespeichert werden. Bitte korrigieren Sie:" + Environment.NewLine +
            "- Die Einstufung A braucht mehr Eignungspunkte als B: Die Schwelle für A (30) liegt nicht über der Schwelle für B (40). " +
            "Geben Sie im Feld Schwelle für A (lsla_gradeathreshold) eine Zahl über 40 ein.",
            refusal);
    }

    [Fact]
    public void An_operator_that_does_not_fit_is_named_with_the_fitting_ones_by_their_German_labels()
    {
        var rule = ConfigurationRows.FitRule(modelId, "jobtitle", RuleOperator.Between, "1");

        var refusal = Refused(() => scenario.Organization.ServiceFor(germanMarketingUserId).Create(rule));

        Assert.Contains(
            "- Der Operator „Zwischen“ passt nicht zu „jobtitle“, einer Spalte vom Typ Text. Wählen Sie im Feld Operator (lsla_operator) " +
            "einen dieser Operatoren: Gleich, Ungleich, Enthält,",
            refusal,
            StringComparison.Ordinal);
        Assert.EndsWith(", Ist gesetzt oder Ist nicht gesetzt.", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misconfigured_step_is_refused_when_it_runs_in_each_admins_language()
    {
        Configure("leadscoringstep=81ce60e4-9d55-4975-90ec-ea617d32221c;pagesize=none");
        var rule = ConfigurationRows.FitRule(modelId, "jobtitle", RuleOperator.Contains, "CTO");

        var german = Refused(() => scenario.Organization.ServiceFor(germanMarketingUserId).Create(rule));
        var english = Refused(() => scenario.Marketing.Create(rule));

        Assert.Equal("Die Einstellung „pagesize“ der Schrittkonfiguration muss eine ganze Zahl größer als 0 sein, nicht „none“.", german);
        Assert.Equal("The step configuration setting 'pagesize' must be a whole number above 0, not 'none'.", english);
    }

    [Fact]
    public void An_unknown_setting_of_a_step_is_refused_naming_the_known_ones()
    {
        Configure("leadscoringstep=81ce60e4-9d55-4975-90ec-ea617d32221c;pagsize=10");
        var rule = ConfigurationRows.FitRule(modelId, "jobtitle", RuleOperator.Contains, "CTO");

        var german = Refused(() => scenario.Organization.ServiceFor(germanMarketingUserId).Create(rule));

        Assert.Equal("Die Schrittkonfiguration enthält die unbekannte Einstellung „pagsize“; bekannt sind leadscoringstep, pagesize und pagesperrun.", german);
    }

    [Fact]
    public void A_step_id_that_is_no_id_is_refused()
    {
        Configure("leadscoringstep=lead-scoring");
        var rule = ConfigurationRows.FitRule(modelId, "jobtitle", RuleOperator.Contains, "CTO");

        var english = Refused(() => scenario.Marketing.Create(rule));

        Assert.Equal(
            "The step configuration setting 'leadscoringstep' must be the id of the lead scoring step, such as 5f1c2a3b-0000-0000-0000-000000000001, not 'lead-scoring'.",
            english);
    }

    // The step that raises a model's version when a rule is created: its unsecure configuration names the lead scoring step.
    private void Configure(string configuration) =>
        scenario.System.Update(new Entity("sdkmessageprocessingstep", new Guid("5c7e2b1d-8f3a-4e6b-b2d9-1a4c6e8f0b07")) { ["configuration"] = configuration });

    private static string Refused(Action save) => Assert.Throws<FaultException<OrganizationServiceFault>>(save).Detail.Message;
}
