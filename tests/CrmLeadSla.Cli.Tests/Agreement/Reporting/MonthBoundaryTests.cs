extern alias workflows;

using CrmLeadSla.Cli.Agreement.Reporting;
using CrmLeadSla.Cli.Agreement.Simulation;
using CrmLeadSla.LocalDataverse;
using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.LocalDataverse.Workflows;
using Microsoft.Xrm.Sdk;
using workflows::CrmLeadSla.Workflows;

namespace CrmLeadSla.Cli.Tests.Agreement.Reporting;

/// <summary>
/// One rule for months: a hand-over counts for the same month in the report of an export as in CheckSlaCompliance's
/// count of marketing's month — the agreement's local month — on each side of every boundary.
/// </summary>
public class MonthBoundaryTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time");

    [Theory]
    [InlineData("2026-03-31T21:59:00Z", "2026-03", 15)] // 23:59 on 31 March in Berlin
    [InlineData("2026-03-31T22:30:00Z", "2026-04", 15)] // 00:30 on 1 April in Berlin
    [InlineData("2026-04-30T21:59:59Z", "2026-04", 15)] // 23:59:59 on 30 April in Berlin
    [InlineData("2026-04-30T22:00:00Z", "2026-05", 15)] // midnight on 1 May in Berlin
    public void A_hand_over_counts_for_the_same_month_in_the_report_and_in_CheckSlaCompliance(string handedOverUtc, string month, int dayOfThatMonth)
    {
        var handedOver = DateTime.Parse(handedOverUtc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
        var scenario = new LocalScenario(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var admin = scenario.Organization.ServiceFor(scenario.Organization.AdminUserId);
        var sales = new TeamMembers(scenario.Installed).SalesRep();
        var agreementId = admin.Create(new Entity(SlaAgreementSchema.EntityName)
        {
            [SlaAgreementSchema.Name] = "DACH",
            [SlaAgreementSchema.IsDefault] = true,
            [SlaAgreementSchema.SalesOwnerId] = new EntityReference("systemuser", sales),
            [SlaAgreementSchema.TimeZone] = "W. Europe Standard Time",
            [SlaAgreementSchema.MinLeadsPerMonth] = 1,
            [SlaAgreementSchema.WorkdayStart] = 8 * 60,
            [SlaAgreementSchema.WorkdayEnd] = 17 * 60,
            [SlaAgreementSchema.WorkingDays] = new OptionSetValueCollection(Enumerable.Range(0, 5).Select(day => new OptionSetValue((int)WorkingDay.Monday + day)).ToList()),
        });
        var leadId = scenario.Marketing.Create(new Entity(LeadSchema.EntityName) { ["lastname"] = "Berger" });
        scenario.Organization.Clock.Set(handedOver);

        scenario.Marketing.Update(new Entity(LeadSchema.EntityName, leadId) { [LeadSchema.FunnelStage] = new OptionSetValue((int)FunnelStage.Mql) });

        var commitment = FunnelReport.Of(OrganizationExport.Tables(admin), "t").Table("commitment").Rows.ToDictionary(r => r.Cells[0], r => r.Cells[1]);
        var localMonth = DateTime.ParseExact(month, "yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        scenario.Organization.Clock.Set(TimeZoneInfo.ConvertTimeToUtc(localMonth.AddDays(dayOfThatMonth - 1).AddHours(12), Berlin));
        var checkedMonth = new WorkflowHost(scenario.Organization).Run(new CheckSlaCompliance(), new WorkflowRun
        {
            PrimaryEntity = new EntityReference(SlaAgreementSchema.EntityName, agreementId),
            UserId = scenario.Organization.AdminUserId,
            Inputs = new Dictionary<string, object?> { ["Agreement"] = new EntityReference(SlaAgreementSchema.EntityName, agreementId) },
        });

        Assert.Equal("1", commitment[month]);
        Assert.Equal(1, checkedMonth["HandedOverThisMonth"]);
    }
}
