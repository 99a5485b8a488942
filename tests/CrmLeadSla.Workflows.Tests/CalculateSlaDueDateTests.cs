using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using static CrmLeadSla.Workflows.Tests.SlaScenario;

namespace CrmLeadSla.Workflows.Tests;

public class CalculateSlaDueDateTests
{
    private readonly SlaScenario scenario = new();

    [Fact]
    public void Eight_business_hours_from_Friday_afternoon_are_due_on_Monday()
    {
        var agreement = scenario.Agreement();

        var outputs = scenario.Run(new CalculateSlaDueDate(), AgreementRef(agreement), new()
        {
            ["Agreement"] = AgreementRef(agreement),
            ["Start"] = InBerlin("2026-03-06 16:00"),
            ["BusinessHours"] = 8,
        });

        Assert.Equal(InBerlin("2026-03-09 15:00"), outputs["DueOn"]);
    }

    [Fact]
    public void A_holiday_of_the_agreement_has_no_business_hours()
    {
        var agreement = scenario.Agreement();
        scenario.Holiday(agreement, "2026-03-09", "Company day");

        var outputs = scenario.Run(new CalculateSlaDueDate(), AgreementRef(agreement), new()
        {
            ["Agreement"] = AgreementRef(agreement),
            ["Start"] = InBerlin("2026-03-06 16:00"),
            ["BusinessHours"] = 8,
        });

        Assert.Equal(InBerlin("2026-03-10 15:00"), outputs["DueOn"]);
    }

    [Fact]
    public void A_holiday_of_another_agreement_does_not_count()
    {
        var agreement = scenario.Agreement();
        scenario.Holiday(scenario.Agreement(), "2026-03-09");

        var outputs = scenario.Run(new CalculateSlaDueDate(), AgreementRef(agreement), new()
        {
            ["Agreement"] = AgreementRef(agreement),
            ["Start"] = InBerlin("2026-03-06 16:00"),
            ["BusinessHours"] = 8,
        });

        Assert.Equal(InBerlin("2026-03-09 15:00"), outputs["DueOn"]);
    }

    [Fact]
    public void Running_without_the_required_agreement_is_refused_by_the_workflow()
    {
        var agreement = scenario.Agreement();

        var error = Assert.Throws<ArgumentException>(() => scenario.Run(new CalculateSlaDueDate(), AgreementRef(agreement), new()
        {
            ["Start"] = InBerlin("2026-03-06 16:00"),
            ["BusinessHours"] = 8,
        }));

        Assert.Contains("Agreement", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_agreement_without_a_time_zone_is_refused_naming_the_column_and_the_fix()
    {
        var agreement = scenario.Agreement((CrmLeadSla.Plugins.Schema.SlaAgreementSchema.TimeZone, null));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Run(new CalculateSlaDueDate(), AgreementRef(agreement), new()
        {
            ["Agreement"] = AgreementRef(agreement),
            ["Start"] = InBerlin("2026-03-06 16:00"),
            ["BusinessHours"] = 8,
        }));

        Assert.Contains("'Spring campaign'", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Contains("Set Time Zone (lsla_timezone) to a Windows time zone id", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_business_hours_are_refused()
    {
        var agreement = scenario.Agreement();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Run(new CalculateSlaDueDate(), AgreementRef(agreement), new()
        {
            ["Agreement"] = AgreementRef(agreement),
            ["Start"] = InBerlin("2026-03-06 16:00"),
            ["BusinessHours"] = -1,
        }));

        Assert.Contains("Enter 0 or more business hours", fault.Detail.Message, StringComparison.Ordinal);
    }
}
