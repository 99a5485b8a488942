using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.WebApi.Tests;

/// <summary>The MSCRMCallerID header: the endpoint's administrator acts for the user the header names.</summary>
public class ImpersonationTests
{
    [Fact]
    public async Task WhoAmI_with_MSCRMCallerID_answers_the_user_acted_for()
    {
        var salesUser = Guid.Empty;
        await using var served = await ServedOrganization.StartAsync(arrange: o => salesUser = new TeamMembers(o).SalesRep());
        using var http = new HttpClient { BaseAddress = served.Api.ServiceRoot };
        using var request = new HttpRequestMessage(HttpMethod.Get, "WhoAmI");
        request.Headers.Add("MSCRMCallerID", salesUser.ToString());

        using var response = await http.SendAsync(request);

        Assert.Equal(salesUser, Guid.Parse(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["UserId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_row_created_with_MSCRMCallerID_is_created_by_and_owned_by_the_user_acted_for()
    {
        var salesUser = Guid.Empty;
        await using var served = await ServedOrganization.StartAsync(arrange: o => salesUser = new TeamMembers(o).SalesRep());
        using var http = new HttpClient { BaseAddress = served.Api.ServiceRoot };
        using var request = new HttpRequestMessage(HttpMethod.Post, "leads") { Content = new StringContent("{\"lastname\":\"Berger\"}", Encoding.UTF8, "application/json") };
        request.Headers.Add("MSCRMCallerID", salesUser.ToString());

        using var response = await http.SendAsync(request);

        var id = Guid.Parse(response.Headers.GetValues("OData-EntityId").Single().Split('(', ')')[1]);
        var lead = served.Organization.Database.Find(LeadSchema.EntityName, id)!;
        Assert.Equal(salesUser, lead.GetAttributeValue<EntityReference>("createdby").Id);
        Assert.Equal(salesUser, lead.GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public async Task A_caller_id_that_is_no_user_id_is_refused_with_400()
    {
        await using var served = await ServedOrganization.StartAsync();
        using var http = new HttpClient { BaseAddress = served.Api.ServiceRoot };
        using var request = new HttpRequestMessage(HttpMethod.Get, "WhoAmI");
        request.Headers.Add("MSCRMCallerID", "sam");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("MSCRMCallerID", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
