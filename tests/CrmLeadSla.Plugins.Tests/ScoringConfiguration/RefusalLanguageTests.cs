using System.ServiceModel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Funnel;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.ScoringConfiguration;

/// <summary>A refused scoring rule or model reads in the language of the admin who saves it, fields named by their label there.</summary>
public class RefusalLanguageTests
{
    private const int German = 1031;

    private readonly SolutionScenario scenario = new();
    private readonly Guid germanMarketingUserId;
    private readonly Guid modelId;

    public RefusalLanguageTests()
    {
        germanMarketingUserId = scenario.Installed.CreateUser("Jana Jäger", LeadSlaRoles.Marketing, German);
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

    private static string Refused(Action save) => Assert.Throws<FaultException<OrganizationServiceFault>>(save).Detail.Message;
}
