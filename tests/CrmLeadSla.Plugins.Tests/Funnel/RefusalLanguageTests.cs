using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Funnel;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.Funnel;

/// <summary>A refusal reads in the language of the user who made the save (usersettings.uilanguageid), English where the solution lacks it.</summary>
public class RefusalLanguageTests
{
    private readonly FunnelScenario scenario = new();

    [Fact]
    public void A_German_and_an_English_sales_user_each_read_the_refusal_of_a_rejection_without_reason_in_their_language()
    {
        var german = FunnelScenario.Refused(() => LeadJourney.Reject(scenario.GermanSales, scenario.HandedOverLead(), FunnelStage.Nurture, reasonId: null));
        var english = FunnelScenario.Refused(() => LeadJourney.Reject(scenario.Sales, scenario.HandedOverLead(), FunnelStage.Nurture, reasonId: null));

        Assert.Equal(
            "Der Vertrieb kann einen Lead nicht von MQL nach Nurturing verschieben: Es wurde kein vereinbarter Ablehnungsgrund angegeben. " +
            "Wählen Sie im Feld Ablehnungsgrund (lsla_rejectionreasonid) einen der vereinbarten Ablehnungsgründe.",
            german);
        Assert.Equal(
            "Sales cannot move a lead from MQL to Nurture: no agreed rejection reason was given. " +
            "Choose one of the agreed rejection reasons in Rejection Reason (lsla_rejectionreasonid).",
            english);
    }

    [Fact]
    public void A_German_user_reads_a_refusal_of_the_funnel_plug_in_in_German()
    {
        var leadId = scenario.NewLead();

        var refusal = FunnelScenario.Refused(() => LeadJourney.Move(scenario.GermanSales, leadId, FunnelStage.Sal));

        Assert.Equal(
            "Der Vertrieb kann einen Lead nicht von Anfrage nach SAL verschieben: Ein Lead muss als MQL übergeben sein, bevor der Vertrieb ihn annehmen kann. " +
            "Warten Sie auf die Lead-Übergabe durch das Marketing, oder bitten Sie das Marketing darum.",
            refusal);
        Assert.Equal(FunnelStage.Inquiry, scenario.StageOf(leadId));
    }

    [Fact]
    public void A_user_who_switches_the_user_interface_to_German_reads_the_next_refusal_in_German()
    {
        var leadId = scenario.NewLead();
        scenario.System.Update(new Entity(UserSettingsSchema.EntityName, scenario.SalesUserId) { [UserSettingsSchema.UiLanguageId] = TeamMembers.German });

        var refusal = FunnelScenario.Refused(() => LeadJourney.Move(scenario.Sales, leadId, FunnelStage.Sal));

        Assert.StartsWith("Der Vertrieb kann einen Lead nicht von Anfrage nach SAL verschieben:", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_whose_language_the_solution_does_not_speak_reads_English()
    {
        const int french = 1036;
        var frenchUserId = scenario.Installed.CreateUser("Claire Commerciale", LeadSlaRoles.Sales, french);
        var leadId = scenario.NewLead();

        var refusal = FunnelScenario.Refused(() => LeadJourney.Move(scenario.Organization.ServiceFor(frenchUserId), leadId, FunnelStage.Sal));

        Assert.StartsWith("Sales cannot move a lead from Inquiry to SAL:", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void An_accepted_move_does_not_read_the_users_language()
    {
        var leadId = scenario.HandedOverLead();
        using var requests = scenario.Organization.Requests.Measure();

        LeadJourney.Move(scenario.GermanSales, leadId, FunnelStage.Sal);

        Assert.Equal(0, requests.CountOf("RetrieveMultiple", UserSettingsSchema.EntityName));
    }

    [Fact]
    public void A_refused_move_reads_the_users_language_once()
    {
        var leadId = scenario.NewLead();
        using var requests = scenario.Organization.Requests.Measure();

        FunnelScenario.Refused(() => LeadJourney.Move(scenario.GermanSales, leadId, FunnelStage.Sal));

        Assert.Equal(1, requests.CountOf("RetrieveMultiple", UserSettingsSchema.EntityName));
    }
}
