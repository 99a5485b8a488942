using System.ServiceModel;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Sla;
using Microsoft.Xrm.Sdk;
using static CrmLeadSla.Workflows.Tests.SlaScenario;

namespace CrmLeadSla.Workflows.Tests;

public class EscalateSlaBreachTests
{
    private readonly SlaScenario scenario = new();
    private readonly Guid agreementId;
    private readonly SlaAgreement agreement;

    public EscalateSlaBreachTests()
    {
        agreementId = scenario.Agreement();
        agreement = SlaAgreementRecord.Read(scenario.System, agreementId);
    }

    [Fact]
    public void A_breached_accept_deadline_gives_the_leads_owner_a_task_and_drafts_an_email_to_marketing()
    {
        var lead = LeadBreaching(SlaKind.Accept);

        Escalate(lead);

        var task = Assert.Single(Activities("task", lead));
        Assert.Equal("SLA breached: Accept for Prospect", task.GetAttributeValue<string>("subject"));
        Assert.Equal(scenario.SalesOwnerId, task.GetAttributeValue<EntityReference>("ownerid").Id);
        var email = Assert.Single(Activities("email", lead));
        Assert.Equal("mara@example.com", email.GetAttributeValue<string>("torecipients"));
        Assert.Equal(1, email.GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void A_breached_hand_over_gives_the_marketing_owner_the_task_and_tells_sales()
    {
        var lead = LeadBreaching(SlaKind.HandOver);

        Escalate(lead);

        Assert.Equal(scenario.MarketingOwnerId, Assert.Single(Activities("task", lead)).GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal("sam@example.com", Assert.Single(Activities("email", lead)).GetAttributeValue<string>("torecipients"));
    }

    [Fact]
    public void The_task_names_the_deadline_in_the_agreements_time_and_what_to_do()
    {
        var lead = LeadBreaching(SlaKind.Accept);

        Escalate(lead);

        Assert.Equal(
            "The accept deadline of the agreement 'Spring campaign' was 2 March 2026 17:00 (W. Europe Standard Time) and has passed. " +
            "Sales answers for it: accept the lead, or reject it with an agreed reason, now.",
            Assert.Single(Activities("task", lead)).GetAttributeValue<string>("description"));
    }

    [Fact]
    public void A_German_owner_gets_the_task_in_German_while_the_English_owner_gets_the_email_in_English()
    {
        SpeaksGerman(scenario.SalesOwnerId);
        var lead = LeadBreaching(SlaKind.Accept);

        Escalate(lead);

        var task = Assert.Single(Activities("task", lead));
        Assert.Equal("SLA verletzt: Annahme für Prospect", task.GetAttributeValue<string>("subject"));
        Assert.Equal(
            "Die Frist für die Annahme aus der Vereinbarung „Spring campaign“ ist am 02.03.2026 um 17:00 Uhr (W. Europe Standard Time) abgelaufen. " +
            "Der Vertrieb ist dafür verantwortlich: Nehmen Sie den Lead jetzt an, oder lehnen Sie ihn mit einem vereinbarten Ablehnungsgrund ab.",
            task.GetAttributeValue<string>("description"));
        var email = Assert.Single(Activities("email", lead));
        Assert.Equal("SLA breached: Accept for Prospect", email.GetAttributeValue<string>("subject"));
        Assert.Equal(
            "The accept deadline of the agreement 'Spring campaign' was 2 March 2026 17:00 (W. Europe Standard Time) and has passed. " +
            "Sales answers for it: accept the lead, or reject it with an agreed reason, now.",
            email.GetAttributeValue<string>("description"));
    }

    [Fact]
    public void A_German_marketing_owner_is_told_of_sales_breach_in_German()
    {
        SpeaksGerman(scenario.MarketingOwnerId);
        var lead = LeadBreaching(SlaKind.FirstContact);

        Escalate(lead);

        Assert.Equal("SLA breached: First contact for Prospect", Assert.Single(Activities("task", lead)).GetAttributeValue<string>("subject"));
        Assert.Equal("SLA verletzt: Erstkontakt für Prospect", Assert.Single(Activities("email", lead)).GetAttributeValue<string>("subject"));
    }

    [Fact]
    public void A_breach_escalated_in_German_is_not_escalated_again_after_its_owner_changed_to_English()
    {
        SpeaksGerman(scenario.SalesOwnerId);
        var lead = LeadBreaching(SlaKind.Accept);
        Escalate(lead);
        scenario.System.Update(new Entity(UserSettingsSchema.EntityName, scenario.SalesOwnerId) { [UserSettingsSchema.UiLanguageId] = 1033 });

        var outputs = Escalate(lead);

        Assert.Equal(0, outputs["Escalated"]);
        Assert.Single(Activities("task", lead));
    }

    [Fact]
    public void A_breach_is_escalated_once_however_often_the_step_runs()
    {
        var lead = LeadBreaching(SlaKind.Accept);
        Escalate(lead);

        var outputs = Escalate(lead);

        Assert.Equal(0, outputs["Escalated"]);
        Assert.Single(Activities("task", lead));
    }

    [Fact]
    public void A_lead_without_a_breach_is_left_alone()
    {
        var lead = scenario.Lead(agreementId);
        SlaClockRecords.Open(scenario.System, lead, agreement, SlaKind.Accept, InBerlin("2026-03-02 09:00"));

        var outputs = Escalate(lead);

        Assert.Equal(0, outputs["Escalated"]);
        Assert.Empty(Activities("task", lead));
    }

    [Fact]
    public void Asked_to_reassign_a_breach_of_sales_hands_the_lead_to_the_sales_team()
    {
        var lead = LeadBreaching(SlaKind.Accept);

        Escalate(lead, reassign: true);

        Assert.Equal(new EntityReference("team", scenario.SalesTeamId).Id, scenario.Row(LeadSchema.EntityName, lead, "ownerid").GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void Without_being_asked_the_lead_keeps_its_owner()
    {
        var lead = LeadBreaching(SlaKind.Accept);

        Escalate(lead);

        Assert.Equal(scenario.SalesOwnerId, scenario.Row(LeadSchema.EntityName, lead, "ownerid").GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void Escalating_for_a_lead_without_an_agreement_is_refused_and_creates_nothing()
    {
        var lead = scenario.Lead(null);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Escalate(lead));

        Assert.Contains("has no SLA agreement", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Empty(Activities("task", lead));
    }

    private Guid LeadBreaching(SlaKind kind)
    {
        var lead = scenario.Lead(agreementId);
        SlaClockRecords.Open(scenario.System, lead, agreement, kind, InBerlin("2026-03-02 09:00"));
        SlaClockRecords.BreachOverdue(scenario.System, lead, agreement, InBerlin("2026-03-04 09:00"));
        scenario.Organization.Clock.Set(InBerlin("2026-03-04 09:00"));
        return lead;
    }

    private void SpeaksGerman(Guid userId) =>
        scenario.System.Update(new Entity(UserSettingsSchema.EntityName, userId) { [UserSettingsSchema.UiLanguageId] = 1031 });

    private IReadOnlyDictionary<string, object?> Escalate(Guid lead, bool reassign = false) =>
        scenario.Run(new EscalateSlaBreach(), LeadRef(lead), new() { ["Lead"] = LeadRef(lead), ["ReassignToSalesTeam"] = reassign });

    private IReadOnlyList<Entity> Activities(string table, Guid lead) => table == "task"
        ? scenario.Rows(table, "regardingobjectid", lead, "subject", "description", "ownerid")
        : scenario.Rows(table, "regardingobjectid", lead, "subject", "description", "torecipients", "statuscode");
}
