using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;

namespace CrmLeadSla.WebApi.Tests;

/// <summary>The endpoint's protocol as a plain HTTP client sees it: headers, status codes and bodies.</summary>
public class EndpointTests
{
    [Fact]
    public async Task A_missing_row_is_404_with_Dataverse_s_error_body()
    {
        await using var served = await ServedOrganization.StartAsync();
        using var http = Http(served);
        var id = Guid.NewGuid();

        using var response = await http.GetAsync($"leads({id})");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        Assert.Equal("0x80040217", error["code"]!.GetValue<string>());
        Assert.Equal($"lead With Id = {id:D} Does Not Exist", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Past_the_throttle_a_request_gets_429_with_Retry_After()
    {
        await using var served = await ServedOrganization.StartAsync(new WebApiOptions { Throttle = new ThrottleLimit(2, TimeSpan.FromMinutes(1)) });
        using var http = Http(served);
        await http.GetAsync("WhoAmI");
        await http.GetAsync("WhoAmI");

        using var refused = await http.GetAsync("WhoAmI");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.Equal("0", refused.Headers.GetValues("x-ms-ratelimit-burst-remaining-xrm-requests").Single());
        Assert.Equal("0x80072322", JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task With_auth_on_only_a_request_with_the_endpoint_s_token_is_served()
    {
        await using var served = await ServedOrganization.StartAsync(new WebApiOptions { BearerToken = "t0ken" });
        using var http = Http(served);

        using var anonymous = await http.GetAsync("WhoAmI");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "guessed");
        using var guessed = await http.GetAsync("WhoAmI");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "t0ken");
        using var signedIn = await http.GetAsync("WhoAmI");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, guessed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.NotNull(JsonNode.Parse(await anonymous.Content.ReadAsStringAsync())!["error"]);
    }

    [Fact]
    public async Task A_create_binds_a_lookup_and_answers_the_new_row_s_url()
    {
        await using var served = (await ServedOrganization.StartAsync()).WithScoringModel();
        using var http = Http(served);
        var model = served.System.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression(ScoringModelSchema.EntityName)).Entities[0].Id;
        var body = new JsonObject
        {
            [ScoringRuleSchema.Name] = "Downloads",
            [ScoringRuleSchema.Category] = (int)RuleCategory.Behaviour,
            [ScoringRuleSchema.InteractionType] = (int)InteractionType.Download,
            [ScoringRuleSchema.Points] = 5,
            [ScoringRuleSchema.ScoringModelId + "@odata.bind"] = "/" + served.Organization.Metadata.RowAddress(ScoringModelSchema.EntityName, model),
        };

        using var response = await http.PostAsync(served.Organization.Metadata.EntitySet(ScoringRuleSchema.EntityName), new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var location = response.Headers.GetValues("OData-EntityId").Single();
        var modelValue = WebApiNames.LookupValue(ScoringRuleSchema.ScoringModelId);
        using var created = await http.GetAsync($"{location}?$select={ScoringRuleSchema.Name},{modelValue}");
        var row = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        Assert.Equal(model.ToString(), row[modelValue]!.GetValue<string>());
    }

    [Fact]
    public async Task FetchXml_pages_follow_the_paging_cookie_through_every_row_once()
    {
        await using var served = await ServedOrganization.StartAsync();
        var ids = served.CreateLeads(25, "CTO");
        using var http = Http(served);
        var seen = new List<string>();
        var page = 1;
        string? cookie = null;
        while (true)
        {
            var fetch = $"<fetch count=\"10\" page=\"{page}\"{(cookie is null ? string.Empty : $" paging-cookie=\"{WebUtility.HtmlEncode(cookie)}\"")}><entity name=\"lead\"><attribute name=\"leadid\" /><order attribute=\"leadid\" /></entity></fetch>";
            var answer = JsonNode.Parse(await http.GetStringAsync("leads?fetchXml=" + Uri.EscapeDataString(fetch)))!;
            seen.AddRange(answer["value"]!.AsArray().Select(row => row!["leadid"]!.GetValue<string>()));
            if (answer["@Microsoft.Dynamics.CRM.morerecords"]?.GetValue<bool>() != true)
            {
                break;
            }

            var next = System.Xml.Linq.XElement.Parse(answer["@Microsoft.Dynamics.CRM.fetchxmlpagingcookie"]!.GetValue<string>());
            page = (int)next.Attribute("pagenumber")!;
            cookie = WebUtility.UrlDecode(WebUtility.UrlDecode((string)next.Attribute("pagingcookie")!));
        }

        Assert.Equal(3, page);
        Assert.Equal(ids.Select(id => id.ToString()).Order(), seen.Order());
    }

    [Fact]
    public async Task An_OData_filter_selects_the_rows_that_match()
    {
        await using var served = await ServedOrganization.StartAsync();
        served.CreateLeads(3, "CTO");
        served.CreateLeads(2, "Intern");
        using var http = Http(served);

        var answer = JsonNode.Parse(await http.GetStringAsync("leads?$select=jobtitle&$filter=jobtitle eq 'Intern' and statecode eq 0&$top=10"))!;

        Assert.Equal(2, answer["value"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_users_language_and_the_organizations_base_language_are_served()
    {
        Guid userId = default;
        await using var served = await ServedOrganization.StartAsync(arrange: installed => userId = new TeamMembers(installed).GermanSalesRep());
        using var http = Http(served);

        var settings = JsonNode.Parse(await http.GetStringAsync($"usersettingscollection({userId})?$select=uilanguageid"))!;
        var organizations = JsonNode.Parse(await http.GetStringAsync("organizations?$select=languagecode"))!["value"]!.AsArray();

        Assert.Equal(1031, settings["uilanguageid"]!.GetValue<int>());
        Assert.Equal(1033, Assert.Single(organizations)!["languagecode"]!.GetValue<int>());
    }

    private static HttpClient Http(ServedOrganization served)
    {
        var http = new HttpClient { BaseAddress = served.Api.ServiceRoot };
        http.DefaultRequestHeaders.Add("OData-MaxVersion", "4.0");
        http.DefaultRequestHeaders.Add("OData-Version", "4.0");
        return http;
    }
}
