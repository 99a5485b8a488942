using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using static CrmLeadSla.Workflows.Tests.SlaScenario;

namespace CrmLeadSla.Workflows.Tests;

public class ReactivateDormantLeadsTests
{
    private readonly SlaScenario scenario = new();
    private readonly Guid agreement;

    public ReactivateDormantLeadsTests() => agreement = scenario.Agreement();

    [Fact]
    public void A_nurtured_lead_whose_date_has_passed_comes_back_as_an_inquiry()
    {
        var lead = Nurtured(Start.AddDays(-1));

        var outputs = Reactivate();

        Assert.Equal(1, outputs["Reactivated"]);
        Assert.Equal((int)FunnelStage.Inquiry, StageOf(lead));
    }

    [Fact]
    public void A_nurtured_lead_not_yet_due_stays_in_nurture()
    {
        var lead = Nurtured(Start.AddDays(1));

        Reactivate();

        Assert.Equal((int)FunnelStage.Nurture, StageOf(lead));
    }

    [Fact]
    public void A_run_stops_after_its_pages_and_says_more_is_to_do()
    {
        for (var i = 0; i < 5; i++)
        {
            Nurtured(Start.AddDays(-1 - i));
        }

        var outputs = Reactivate(pageSize: 2, maxPages: 2);

        Assert.Equal(4, outputs["Reactivated"]);
        Assert.Equal(true, outputs["HasMore"]);
    }

    [Fact]
    public void The_next_run_takes_up_where_the_last_one_stopped()
    {
        var leads = Enumerable.Range(0, 5).Select(i => Nurtured(Start.AddDays(-1 - i))).ToList();
        Reactivate(pageSize: 2, maxPages: 2);

        var outputs = Reactivate(pageSize: 2, maxPages: 2);

        Assert.Equal(1, outputs["Reactivated"]);
        Assert.Equal(false, outputs["HasMore"]);
        Assert.All(leads, lead => Assert.Equal((int)FunnelStage.Inquiry, StageOf(lead)));
    }

    [Fact]
    public void The_longest_waiting_leads_come_back_first()
    {
        var recent = Nurtured(Start.AddDays(-1));
        var oldest = Nurtured(Start.AddDays(-30));

        Reactivate(pageSize: 1, maxPages: 1);

        Assert.Equal((int)FunnelStage.Inquiry, StageOf(oldest));
        Assert.Equal((int)FunnelStage.Nurture, StageOf(recent));
    }

    [Fact]
    public void Given_an_agreement_only_its_leads_come_back()
    {
        var other = scenario.NurturedLead(scenario.Agreement(), Start.AddDays(-1));

        Reactivate(agreementId: agreement);

        Assert.Equal((int)FunnelStage.Nurture, StageOf(other));
    }

    [Fact]
    public void A_page_size_of_zero_is_refused()
    {
        var fault = Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => Reactivate(pageSize: 0));

        Assert.Contains("Set leads per page between 1 and 5000", fault.Detail.Message, StringComparison.Ordinal);
    }

    private Guid Nurtured(DateTime reactivateOn) => scenario.NurturedLead(agreement, reactivateOn);

    private IReadOnlyDictionary<string, object?> Reactivate(int? pageSize = null, int? maxPages = null, Guid? agreementId = null)
    {
        var inputs = new Dictionary<string, object?>();
        if (pageSize is int size)
        {
            inputs["PageSize"] = size;
        }

        if (maxPages is int pages)
        {
            inputs["MaxPages"] = pages;
        }

        if (agreementId is Guid id)
        {
            inputs["Agreement"] = AgreementRef(id);
        }

        return scenario.Run(new ReactivateDormantLeads(), AgreementRef(agreement), inputs, scenario.Organization.SystemUserId);
    }

    private int StageOf(Guid lead) =>
        scenario.Row(LeadSchema.EntityName, lead, LeadSchema.FunnelStage).GetAttributeValue<OptionSetValue>(LeadSchema.FunnelStage).Value;
}
