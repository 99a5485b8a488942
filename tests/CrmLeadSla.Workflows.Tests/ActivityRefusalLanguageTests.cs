extern alias plugins;

using System.ServiceModel;
using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using static CrmLeadSla.Workflows.Tests.SlaScenario;

namespace CrmLeadSla.Workflows.Tests;

/// <summary>
/// An activity's refusal of its arguments, of a lead without an agreement and of an agreement that cannot be used reads
/// in the language of the user whose request runs the workflow: a German and an English user, in one organization.
/// </summary>
public class ActivityRefusalLanguageTests
{
    private readonly SlaScenario scenario = new();
    private readonly Guid germanUserId;

    public ActivityRefusalLanguageTests()
    {
        germanUserId = new TeamMembers(scenario.Installed).GermanSalesRep();
    }

    [Fact]
    public void Negative_business_hours_are_refused_in_each_users_language()
    {
        var agreement = scenario.Agreement();
        Dictionary<string, object?> inputs = new() { ["Agreement"] = AgreementRef(agreement), ["Start"] = InBerlin("2026-03-06 16:00"), ["BusinessHours"] = -2 };

        var (german, english) = RefusedToBoth(new CalculateSlaDueDate(), AgreementRef(agreement), inputs);

        Assert.Equal("Das Argument „Business hours“ ist -2; eine Frist kann keine negative Zeit einräumen. Geben Sie 0 oder mehr Geschäftsstunden an.", german);
        Assert.Equal("Business hours is -2; a deadline cannot allow negative time. Enter 0 or more business hours.", english);
    }

    [Fact]
    public void A_compliance_check_without_lead_or_agreement_is_refused_in_each_users_language()
    {
        var (german, english) = RefusedToBoth(new CheckSlaCompliance(), AgreementRef(scenario.Agreement()), []);

        Assert.Equal(
            "Die Prüfung der SLA-Einhaltung braucht einen Lead, eine SLA-Vereinbarung oder beides. Setzen Sie im Workflow-Schritt das Argument „Lead“ oder „SLA agreement“.",
            german);
        Assert.Equal("Check SLA compliance needs a lead, an SLA agreement or both. Set the Lead or the SLA agreement argument in the workflow step.", english);
    }

    [Fact]
    public void Page_bounds_out_of_range_are_refused_in_each_users_language()
    {
        var agreement = scenario.Agreement();

        var (german, english) = RefusedToBoth(new ReactivateDormantLeads(), AgreementRef(agreement), new() { ["Agreement"] = AgreementRef(agreement), ["PageSize"] = 0 });

        Assert.Equal(
            "„Leads per page“ ist 0 und „Pages per run“ 10. Setzen Sie „Leads per page“ auf einen Wert zwischen 1 und 5000 und „Pages per run“ auf 1 oder mehr.",
            german);
        Assert.Equal("Leads per page is 0 and pages per run 10. Set leads per page between 1 and 5000 and pages per run to 1 or more.", english);
    }

    [Fact]
    public void A_lead_without_an_agreement_is_refused_in_each_users_language_naming_the_field_by_its_label()
    {
        var lead = scenario.Lead(null);

        var (german, english) = RefusedToBoth(new CheckSlaCompliance(), LeadRef(lead), new() { ["Lead"] = LeadRef(lead) });

        Assert.Equal(
            "Der Lead „Prospect“ hat keine SLA-Vereinbarung, also sind seine Fristen und vereinbarten Ablehnungsgründe unbekannt. " +
            "Setzen Sie das Feld SLA-Vereinbarung (lsla_slaagreementid) des Leads, und führen Sie den Workflow dann erneut aus.",
            german);
        Assert.Equal(
            "The lead 'Prospect' has no SLA agreement, so its deadlines and agreed reasons are unknown. " +
            "Set the lead's SLA Agreement (lsla_slaagreementid), then run the workflow again.",
            english);
    }

    [Fact]
    public void An_agreement_with_unsound_business_hours_is_refused_in_each_users_language_with_every_problem()
    {
        var agreement = scenario.Agreement((SlaAgreementSchema.TimeZone, "Atlantis Standard Time"), (SlaAgreementSchema.WorkdayEnd, 420));
        Dictionary<string, object?> inputs = new() { ["Agreement"] = AgreementRef(agreement), ["Start"] = InBerlin("2026-03-06 16:00"), ["BusinessHours"] = 8 };

        var (german, english) = RefusedToBoth(new CalculateSlaDueDate(), AgreementRef(agreement), inputs);

        Assert.Equal(
            "Die SLA-Vereinbarung „Spring campaign“ kann erst verwendet werden, wenn ihre Geschäftszeiten korrigiert sind:" + Environment.NewLine +
            "- Die Zeitzone „Atlantis Standard Time“ im Feld Zeitzone (lsla_timezone) ist auf diesem Server unbekannt. " +
            "Geben Sie dort eine Windows-Zeitzonen-ID wie „W. Europe Standard Time“ oder „Pacific Standard Time“ an." + Environment.NewLine +
            "- Der Geschäftstag endet (07:00 Uhr), bevor oder wenn er beginnt (08:00 Uhr); Geschäftszeiten über Mitternacht hinweg werden nicht unterstützt. " +
            "Geben Sie im Feld Arbeitsende (lsla_workdayend) eine spätere Zeit desselben Tages an als im Feld Arbeitsbeginn (lsla_workdaystart).",
            german);
        Assert.Equal(
            "The SLA agreement 'Spring campaign' cannot be used until its business hours are corrected:" + Environment.NewLine +
            "- The time zone 'Atlantis Standard Time' in Time Zone (lsla_timezone) is unknown on this server. " +
            "Set Time Zone (lsla_timezone) to a Windows time zone id such as 'W. Europe Standard Time' or 'Pacific Standard Time'." + Environment.NewLine +
            "- The business day ends (07:00) before or when it starts (08:00); hours across midnight are not supported. " +
            "Set Workday End (lsla_workdayend) later than Workday Start (lsla_workdaystart) on the same day.",
            english);
    }

    [Fact]
    public void An_agreement_without_working_days_or_start_is_refused_in_German_with_the_German_labels()
    {
        var agreement = scenario.Agreement((SlaAgreementSchema.WorkingDays, null), (SlaAgreementSchema.WorkdayStart, null));
        Dictionary<string, object?> inputs = new() { ["Agreement"] = AgreementRef(agreement), ["Start"] = InBerlin("2026-03-06 16:00"), ["BusinessHours"] = 8 };

        var (german, _) = RefusedToBoth(new CalculateSlaDueDate(), AgreementRef(agreement), inputs);

        Assert.Equal(
            "Die SLA-Vereinbarung „Spring campaign“ kann erst verwendet werden, wenn ihre Geschäftszeiten korrigiert sind:" + Environment.NewLine +
            "- Die Vereinbarung hat keinen Arbeitstag, also könnte nie eine Frist fällig werden. Wählen Sie im Feld Arbeitstage (lsla_workingdays) mindestens einen Tag (z. B. Montag bis Freitag)." + Environment.NewLine +
            "- Der Geschäftstag hat keinen Beginn. Geben Sie im Feld Arbeitsbeginn (lsla_workdaystart) die Minuten nach Mitternacht an (z. B. 480 für 08:00 Uhr).",
            german);
    }

    [Fact]
    public void An_agreement_that_no_longer_exists_is_refused_in_each_users_language()
    {
        var agreement = scenario.Agreement();
        Dictionary<string, object?> inputs = new() { ["Agreement"] = AgreementRef(agreement), ["Start"] = InBerlin("2026-03-06 16:00"), ["BusinessHours"] = 8 };
        scenario.System.Delete(SlaAgreementSchema.EntityName, agreement);

        var (german, english) = RefusedToBoth(new CalculateSlaDueDate(), AgreementRef(agreement), inputs);

        Assert.Equal($"Die SLA-Vereinbarung {agreement} existiert nicht mehr. Wählen Sie eine andere Vereinbarung für den Lead, oder bitten Sie einen Administrator, sie wiederherzustellen.", german);
        Assert.Equal($"The SLA agreement {agreement} does not exist any more. Choose another agreement for the lead, or ask an administrator to restore it.", english);
    }

    private (string German, string English) RefusedToBoth(System.Activities.Activity activity, EntityReference primary, Dictionary<string, object?> inputs) =>
        (Refused(() => scenario.Run(activity, primary, inputs, germanUserId)), Refused(() => scenario.Run(activity, primary, inputs)));

    private static string Refused(Action run) => Assert.Throws<FaultException<OrganizationServiceFault>>(run).Detail.Message;
}
