using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.SdkSurface.Tests.Messages;

/// <summary>
/// The typed Microsoft.Crm.Sdk.Proxy messages are views over Parameters and Results under the
/// message's own names, which the local Dataverse reads. Built with -p:XrmSdkPath=DIR, the same tests
/// run against Microsoft's assembly and so hold the stand-in's names to the real ones.
/// </summary>
public sealed class LeadAndOpportunityMessageTests
{
    [Fact]
    public void Qualify_lead_request_properties_are_its_parameters()
    {
        var lead = new EntityReference("lead", Guid.NewGuid());
        var currency = new EntityReference("transactioncurrency", Guid.NewGuid());
        var customer = new EntityReference("account", Guid.NewGuid());
        var campaign = new EntityReference("campaign", Guid.NewGuid());
        var process = new EntityReference("processsession", Guid.NewGuid());
        var qualified = new OptionSetValue(3);

        var request = new QualifyLeadRequest
        {
            LeadId = lead,
            CreateAccount = true,
            CreateContact = true,
            CreateOpportunity = true,
            OpportunityCurrencyId = currency,
            OpportunityCustomerId = customer,
            SourceCampaignId = campaign,
            Status = qualified,
            ProcessInstanceId = process,
        };

        Assert.Equal("QualifyLead", request.RequestName);
        Assert.Equal(
            new Dictionary<string, object>
            {
                ["LeadId"] = lead,
                ["CreateAccount"] = true,
                ["CreateContact"] = true,
                ["CreateOpportunity"] = true,
                ["OpportunityCurrencyId"] = currency,
                ["OpportunityCustomerId"] = customer,
                ["SourceCampaignId"] = campaign,
                ["Status"] = qualified,
                ["ProcessInstanceId"] = process,
            },
            request.Parameters.ToDictionary(p => p.Key, p => p.Value));
    }

    [Fact]
    public void A_new_qualify_lead_request_holds_its_required_parameters()
    {
        var request = new QualifyLeadRequest();

        Assert.Equal(["LeadId", "CreateAccount", "CreateContact", "CreateOpportunity"], request.Parameters.Keys);
        Assert.Equal((false, false, false), (request.CreateAccount, request.CreateContact, request.CreateOpportunity));
    }

    [Fact]
    public void Optional_qualify_lead_parameters_read_as_null_until_set()
    {
        var request = new QualifyLeadRequest();

        Assert.Null(request.OpportunityCustomerId);
        Assert.False(request.Parameters.Contains("OpportunityCustomerId"));
    }

    [Fact]
    public void Qualify_lead_response_lists_the_created_records_from_its_results()
    {
        var created = new EntityReferenceCollection { new EntityReference("account", Guid.NewGuid()) };
        var response = new QualifyLeadResponse();
        var before = response.CreatedEntities;

        response.Results["CreatedEntities"] = created;

        Assert.Null(before);
        Assert.Same(created, response.CreatedEntities);
    }

    [Fact]
    public void Win_and_lose_opportunity_requests_carry_the_close_activity_and_status()
    {
        var close = new Entity("opportunityclose");
        var won = new OptionSetValue(3);
        var lost = new OptionSetValue(4);

        var win = new WinOpportunityRequest { OpportunityClose = close, Status = won };
        var lose = new LoseOpportunityRequest { OpportunityClose = close, Status = lost };

        Assert.Equal(("WinOpportunity", close, won), (win.RequestName, win.Parameters["OpportunityClose"], win.Parameters["Status"]));
        Assert.Equal(("LoseOpportunity", close, lost), (lose.RequestName, lose.Parameters["OpportunityClose"], lose.Parameters["Status"]));
    }

    [Fact]
    public void New_win_and_lose_opportunity_requests_hold_their_required_parameters()
    {
        Assert.Equal(["OpportunityClose", "Status"], new WinOpportunityRequest().Parameters.Keys);
        Assert.Equal(["OpportunityClose", "Status"], new LoseOpportunityRequest().Parameters.Keys);
    }

    [Fact]
    public void Who_am_i_request_has_no_parameters()
    {
        var request = new WhoAmIRequest();

        Assert.Equal(("WhoAmI", 0), (request.RequestName, request.Parameters.Count));
    }

    [Fact]
    public void Who_am_i_response_reads_the_caller_from_its_results_and_empty_ids_when_absent()
    {
        var user = Guid.NewGuid();
        var businessUnit = Guid.NewGuid();
        var response = new WhoAmIResponse();
        var organizationBefore = response.OrganizationId;

        response.Results["UserId"] = user;
        response.Results["BusinessUnitId"] = businessUnit;

        Assert.Equal((user, businessUnit, Guid.Empty), (response.UserId, response.BusinessUnitId, organizationBefore));
    }
}
