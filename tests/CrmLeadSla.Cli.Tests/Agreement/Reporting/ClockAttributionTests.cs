using CrmLeadSla.Cli.Agreement.Simulation;
using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Funnel;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Cli.Tests.Agreement.Reporting;

/// <summary>
/// What the export says of each clock: a sales clock is listed under the rep the clock holds responsible, not under
/// whoever owns the lead when the export runs, and it carries the business minutes it stood paused.
/// </summary>
public class ClockAttributionTests
{
    [Fact]
    public void A_met_accept_clock_stays_with_the_rep_who_accepted_after_the_lead_is_reassigned()
    {
        var (scenario, admin, sam, leadId) = HandedOverToSam();
        var kim = scenario.Installed.CreateUser("Kim Keller", LeadSlaRoles.Sales);
        scenario.Organization.ServiceFor(sam).Update(new Entity(LeadSchema.EntityName, leadId) { [LeadSchema.FunnelStage] = new OptionSetValue((int)FunnelStage.Sal) });

        admin.Update(new Entity(LeadSchema.EntityName, leadId) { ["ownerid"] = new EntityReference("systemuser", kim) });

        var accept = Assert.Single(OrganizationExport.Tables(admin).Clocks, c => c.Kind == "Accept");
        Assert.Equal("Met", accept.Status);
        Assert.Equal("Sam Sales", accept.Team);
    }

    [Fact]
    public void The_export_carries_the_business_minutes_a_clock_stood_paused_waiting_on_the_customer()
    {
        var (scenario, admin, sam, leadId) = HandedOverToSam();
        var rep = scenario.Organization.ServiceFor(sam);
        scenario.Organization.Clock.Set(new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc));
        rep.Update(new Entity(LeadSchema.EntityName, leadId) { [LeadSchema.WaitingOnCustomer] = true });
        scenario.Organization.Clock.Set(new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc));
        rep.Update(new Entity(LeadSchema.EntityName, leadId) { [LeadSchema.WaitingOnCustomer] = false });

        var accept = Assert.Single(OrganizationExport.Tables(admin).Clocks, c => c.Kind == "Accept");

        Assert.Equal(60, accept.PausedMinutes);
    }

    // A lead marketing handed over on Monday 2 March 2026, 09:00 Berlin, under Berlin office hours: Sam Sales owns it.
    private static (LocalScenario Scenario, IOrganizationService Admin, Guid Sam, Guid LeadId) HandedOverToSam()
    {
        var scenario = new LocalScenario(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var admin = scenario.Organization.ServiceFor(scenario.Organization.AdminUserId);
        var sam = new TeamMembers(scenario.Installed).SalesRep();
        admin.Create(new Entity(SlaAgreementSchema.EntityName)
        {
            [SlaAgreementSchema.Name] = "DACH",
            [SlaAgreementSchema.IsDefault] = true,
            [SlaAgreementSchema.SalesOwnerId] = new EntityReference("systemuser", sam),
            [SlaAgreementSchema.TimeZone] = "W. Europe Standard Time",
            [SlaAgreementSchema.AcceptWithinHours] = 8,
            [SlaAgreementSchema.WorkdayStart] = 8 * 60,
            [SlaAgreementSchema.WorkdayEnd] = 17 * 60,
            [SlaAgreementSchema.WorkingDays] = new OptionSetValueCollection(Enumerable.Range(0, 5).Select(day => new OptionSetValue((int)WorkingDay.Monday + day)).ToList()),
        });
        var leadId = scenario.Marketing.Create(new Entity(LeadSchema.EntityName) { ["lastname"] = "Berger" });
        scenario.Marketing.Update(new Entity(LeadSchema.EntityName, leadId) { [LeadSchema.FunnelStage] = new OptionSetValue((int)FunnelStage.Mql) });
        return (scenario, admin, sam, leadId);
    }
}
