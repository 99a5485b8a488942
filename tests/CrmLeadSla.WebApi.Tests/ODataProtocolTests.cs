using CrmLeadSla.Plugins.Domain.Scoring;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.OData.Edm;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.WebApi.Tests;

/// <summary>
/// The endpoint's OData judged by Microsoft's libraries: the CSDL reader reads <c>$metadata</c> without errors, and the
/// message reader reads every query response against that model.
/// </summary>
public class ODataProtocolTests
{
    [Fact]
    public async Task Metadata_is_CSDL_that_Microsoft_s_reader_accepts_with_Dataverse_s_names()
    {
        await using var served = await ServedOrganization.StartAsync();
        using var http = Http(served);

        var reading = await ODataReading.OfAsync(http);

        var lead = (IEdmEntityType)reading.Model.FindDeclaredType("Microsoft.Dynamics.CRM.lead");
        Assert.Equal("leadid", lead.Key().Single().Name);
        Assert.Equal("Microsoft.Dynamics.CRM.crmbaseentity", lead.BaseEntityType().FullName());
        Assert.Equal("Edm.Int32", lead.FindProperty(LeadSchema.Grade).Type.FullName());
        Assert.Equal("Edm.Guid", lead.FindProperty(WebApiNames.LookupValue(LeadSchema.SlaAgreementId)).Type.FullName());
        Assert.NotNull(reading.Model.EntityContainer.FindEntitySet(served.Organization.Metadata.EntitySet(ScoringRuleSchema.EntityName)));
        var model = (IEdmEntityType)reading.Model.FindDeclaredType("Microsoft.Dynamics.CRM." + ScoringModelSchema.EntityName);
        Assert.True(model.FindProperty(RulesOfTheModel(served)) is IEdmNavigationProperty { Type.Definition: IEdmCollectionType });
    }

    [Fact]
    public async Task A_choice_is_an_Int32_property_whose_options_and_labels_the_attribute_metadata_describes()
    {
        await using var served = await ServedOrganization.StartAsync();
        using var http = Http(served);

        var answer = JsonNode.Parse(await http.GetStringAsync("EntityDefinitions(LogicalName='lead')/Attributes/Microsoft.Dynamics.CRM.PicklistAttributeMetadata?$select=LogicalName&$expand=OptionSet"))!;

        var grade = answer["value"]!.AsArray().Single(a => a!["LogicalName"]!.GetValue<string>() == LeadSchema.Grade)!["OptionSet"]!;
        var a = grade["Options"]!.AsArray().First(o => o!["Value"]!.GetValue<int>() == (int)Grade.A)!;
        Assert.Contains(a["Label"]!["LocalizedLabels"]!.AsArray(), l => l!["LanguageCode"]!.GetValue<int>() == 1031);
        Assert.Equal("A", a["Label"]!["UserLocalizedLabel"]!["Label"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_service_root_lists_the_entity_sets()
    {
        await using var served = await ServedOrganization.StartAsync();
        using var http = Http(served);

        var document = JsonNode.Parse(await http.GetStringAsync(string.Empty))!;

        Assert.EndsWith("/api/data/v9.2/$metadata", document["@odata.context"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(document["value"]!.AsArray(), set => set!["name"]!.GetValue<string>() == "leads" && set["kind"]!.GetValue<string>() == "EntitySet");
    }

    [Fact]
    public async Task A_filtered_and_selected_query_reads_cleanly_against_the_model()
    {
        await using var served = await ServedOrganization.StartAsync();
        served.CreateLeads(3, "CTO");
        served.CreateLeads(2, "Intern");
        using var http = Http(served);
        var reading = await ODataReading.OfAsync(http);

        using var response = await http.GetAsync("leads?$select=jobtitle,lastname&$filter=contains(jobtitle,'ter') and statecode eq 0&$orderby=lastname desc");
        var set = await reading.CollectionAsync(response, "leads");

        Assert.Equal(2, set.Rows.Count);
        Assert.All(set.Rows, row => Assert.Equal("Intern", row.Values["jobtitle"]));
        Assert.Equal(["Prospect 1", "Prospect 0"], set.Rows.Select(r => (string)r.Values["lastname"]!));
    }

    [Fact]
    public async Task Or_not_and_Dataverse_query_functions_filter_as_Dataverse_does()
    {
        await using var served = await ServedOrganization.StartAsync();
        served.CreateLeads(3, "CTO");
        served.CreateLeads(2, "Intern");
        served.CreateLeads(1, "Buyer");
        using var http = Http(served);
        var reading = await ODataReading.OfAsync(http);

        using var either = await http.GetAsync("leads?$select=jobtitle&$filter=jobtitle eq 'Buyer' or startswith(jobtitle,'Int')");
        using var neither = await http.GetAsync("leads?$select=jobtitle&$filter=not (jobtitle eq 'Buyer' or jobtitle eq 'CTO')");
        using var listed = await http.GetAsync("leads?$select=jobtitle&$filter=Microsoft.Dynamics.CRM.In(PropertyName='jobtitle',PropertyValues=[\"CTO\",\"Buyer\"])");

        Assert.Equal(3, (await reading.CollectionAsync(either, "leads")).Rows.Count);
        Assert.Equal(2, (await reading.CollectionAsync(neither, "leads")).Rows.Count);
        Assert.Equal(4, (await reading.CollectionAsync(listed, "leads")).Rows.Count);
    }

    // {0} in a filter stands for the model's rules, the collection the solution's relationship names.
    [Theory]
    [InlineData("{0}/any(r:r/" + ScoringRuleSchema.Points + " gt 30)", 1)]
    [InlineData("{0}/any(r:r/" + ScoringRuleSchema.Points + " gt 50)", 0)]
    [InlineData("not {0}/any(r:r/" + ScoringRuleSchema.Points + " gt 50) and " + ScoringModelSchema.Name + " eq 'Lead scoring'", 1)]
    [InlineData("{0}/all(r:r/" + ScoringRuleSchema.Points + " ge 10)", 1)]
    [InlineData("{0}/all(r:r/" + ScoringRuleSchema.Points + " ge 20)", 0)]
    public async Task Any_and_all_filter_by_the_related_rows(string filter, int models)
    {
        await using var served = (await ServedOrganization.StartAsync()).WithScoringModel();
        using var http = Http(served);
        var reading = await ODataReading.OfAsync(http);
        var set = served.Organization.Metadata.EntitySet(ScoringModelSchema.EntityName);

        using var response = await http.GetAsync($"{set}?$select={ScoringModelSchema.Name}&$filter=" + string.Format(CultureInfo.InvariantCulture, filter, RulesOfTheModel(served)));

        Assert.Equal(models, (await reading.CollectionAsync(response, set)).Rows.Count);
    }

    [Theory]
    [InlineData(ScoringRuleSchema.ScoringModelId + "/" + ScoringModelSchema.Name + " eq 'Lead scoring'", 2)]
    [InlineData("startswith(" + ScoringRuleSchema.ScoringModelId + "/" + ScoringModelSchema.Name + ",'Other')", 0)]
    [InlineData("not (" + ScoringRuleSchema.ScoringModelId + "/" + ScoringModelSchema.Name + " eq 'Lead scoring') and " + ScoringRuleSchema.Points + " gt 0", 0)]
    public async Task A_condition_on_a_lookup_s_row_filters_by_that_row(string filter, int rules)
    {
        await using var served = (await ServedOrganization.StartAsync()).WithScoringModel();
        using var http = Http(served);
        var reading = await ODataReading.OfAsync(http);
        var set = served.Organization.Metadata.EntitySet(ScoringRuleSchema.EntityName);

        using var response = await http.GetAsync($"{set}?$select={ScoringRuleSchema.Name}&$filter=" + filter);

        Assert.Equal(rules, (await reading.CollectionAsync(response, set)).Rows.Count);
    }

    [Fact]
    public async Task Expanded_lookups_and_collections_read_cleanly_against_the_model()
    {
        await using var served = (await ServedOrganization.StartAsync()).WithScoringModel();
        using var http = Http(served);
        var reading = await ODataReading.OfAsync(http);

        var ruleSet = served.Organization.Metadata.EntitySet(ScoringRuleSchema.EntityName);
        var modelSet = served.Organization.Metadata.EntitySet(ScoringModelSchema.EntityName);
        var modelRules = RulesOfTheModel(served);

        using var rules = await http.GetAsync($"{ruleSet}?$select={ScoringRuleSchema.Name}&$expand={ScoringRuleSchema.ScoringModelId}($select={ScoringModelSchema.Name})");
        using var models = await http.GetAsync(
            $"{modelSet}?$select={ScoringModelSchema.Name}&$expand={modelRules}($select={ScoringRuleSchema.Name},{ScoringRuleSchema.Points};$orderby={ScoringRuleSchema.Points} desc)");

        var rule = (await reading.CollectionAsync(rules, ruleSet)).Rows.First();
        Assert.Equal("Lead scoring", ((ReadRow)rule.Related[ScoringRuleSchema.ScoringModelId]!).Values[ScoringModelSchema.Name]);
        var children = (ReadSet)(await reading.CollectionAsync(models, modelSet)).Rows.Single().Related[modelRules]!;
        Assert.Equal([40, 10], children.Rows.Select(r => (int)r.Values[ScoringRuleSchema.Points]!));
    }

    [Fact]
    public async Task NextLink_pages_of_the_preferred_size_reach_every_row_once_with_the_count()
    {
        await using var served = await ServedOrganization.StartAsync();
        var ids = served.CreateLeads(25, "CTO");
        using var http = Http(served);
        var reading = await ODataReading.OfAsync(http);
        var seen = new List<Guid>();
        var pages = 0;
        long? count = null;

        for (Uri? next = new(http.BaseAddress!, "leads?$select=leadid&$count=true"); next is not null; pages++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            request.Headers.Add("Prefer", "odata.maxpagesize=10");
            using var response = await http.SendAsync(request);
            var page = await reading.CollectionAsync(response, "leads");
            seen.AddRange(page.Rows.Select(r => (Guid)r.Values["leadid"]!));
            count ??= page.Count;
            next = page.NextLink;
        }

        Assert.Equal(3, pages);
        Assert.Equal(25, count);
        Assert.Equal(ids.Order(), seen.Order());
    }

    [Fact]
    public async Task The_count_with_top_counts_every_matching_row()
    {
        await using var served = await ServedOrganization.StartAsync();
        served.CreateLeads(7, "CTO");
        using var http = Http(served);
        var reading = await ODataReading.OfAsync(http);

        using var response = await http.GetAsync("leads?$select=leadid&$top=2&$count=true");
        var set = await reading.CollectionAsync(response, "leads");

        Assert.Equal(2, set.Rows.Count);
        Assert.Equal(7, set.Count);
    }

    [Fact]
    public async Task Skip_is_refused_as_Dataverse_refuses_it()
    {
        await using var served = await ServedOrganization.StartAsync();
        using var http = Http(served);

        using var response = await http.GetAsync("leads?$skip=10");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("0x80060888", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_property_in_the_wrong_case_is_refused_by_the_URI_parser()
    {
        await using var served = await ServedOrganization.StartAsync();
        using var http = Http(served);

        using var response = await http.GetAsync("leads?$filter=JobTitle eq 'CTO'");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["message"]!.GetValue<string>();
        Assert.Contains("Could not find a property named 'JobTitle'", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entity_set_named_in_the_wrong_case_is_not_found()
    {
        await using var served = await ServedOrganization.StartAsync();
        using var http = Http(served);

        using var response = await http.GetAsync("Leads?$select=fullname");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("0x8006088a", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<string>());
    }

    public static TheoryData<string, string> BodiesTheModelDoesNotDescribe => new()
    {
        { "{\"lastname\":\"Typed\",\"LastName\":\"Wrong case\"}", "LastName" },
        { "{\"numberofemployees\":\"twelve\"}", "Edm.Int32" },
        { $"{{\"{WebApiNames.LookupValue(LeadSchema.SlaAgreementId)}\":\"00000000-0000-0000-0000-000000000001\"}}", "@odata.bind" },
    };

    [Theory]
    [MemberData(nameof(BodiesTheModelDoesNotDescribe))]
    public async Task A_body_the_model_does_not_describe_is_refused_by_the_reader_and_nothing_is_written(string body, string named)
    {
        await using var served = await ServedOrganization.StartAsync();
        using var http = Http(served);

        using var response = await http.PostAsync("leads", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(served.System.RetrieveMultiple(new QueryExpression(LeadSchema.EntityName)).Entities);
    }

    [Fact]
    public async Task A_write_with_text_plain_gets_415_with_an_OData_error()
    {
        await using var served = await ServedOrganization.StartAsync();
        using var http = Http(served);

        using var response = await http.PostAsync("leads", new StringContent("{\"lastname\":\"Plain\"}", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["message"]);
        Assert.Empty(served.System.RetrieveMultiple(new QueryExpression(LeadSchema.EntityName)).Entities);
    }

    [Fact]
    public async Task A_stale_ETag_in_If_Match_is_refused_with_412_and_changes_nothing()
    {
        await using var served = await ServedOrganization.StartAsync();
        var id = served.CreateLeads(1, "CTO")[0];
        using var http = Http(served);
        var reading = await ODataReading.OfAsync(http);
        using var first = await http.GetAsync($"leads({id})?$select=jobtitle");
        var etag = (string)(await reading.SingleAsync(first, "leads")).Values["@odata.etag"]!;
        served.System.Update(new Entity(LeadSchema.EntityName, id) { ["jobtitle"] = "CEO" });

        using var patch = new HttpRequestMessage(HttpMethod.Patch, $"leads({id})") { Content = new StringContent("{\"jobtitle\":\"Intern\"}", Encoding.UTF8, "application/json") };
        patch.Headers.TryAddWithoutValidation("If-Match", etag);
        using var response = await http.SendAsync(patch);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("CEO", served.System.Retrieve(LeadSchema.EntityName, id, new ColumnSet("jobtitle"))["jobtitle"]);
    }

    [Fact]
    public async Task Return_representation_answers_the_created_row_as_selected()
    {
        await using var served = await ServedOrganization.StartAsync();
        using var http = Http(served);
        var reading = await ODataReading.OfAsync(http);
        using var request = new HttpRequestMessage(HttpMethod.Post, "leads?$select=lastname,fullname") { Content = new StringContent("{\"firstname\":\"Ada\",\"lastname\":\"Lovelace\"}", Encoding.UTF8, "application/json") };
        request.Headers.Add("Prefer", "return=representation");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var row = await reading.SingleAsync(response, "leads");
        Assert.Equal("Ada Lovelace", row.Values["fullname"]);
        Assert.False(row.Values.ContainsKey("firstname"));
    }

    // The collection of a model's rules, as the solution's relationship from the rule's lookup to its model names it.
    private static string RulesOfTheModel(ServedOrganization served) =>
        served.Organization.Metadata.Collection(ScoringRuleSchema.EntityName, ScoringRuleSchema.ScoringModelId);

    private static HttpClient Http(ServedOrganization served)
    {
        var http = new HttpClient { BaseAddress = served.Api.ServiceRoot };
        http.DefaultRequestHeaders.Add("OData-MaxVersion", "4.0");
        http.DefaultRequestHeaders.Add("OData-Version", "4.0");
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return http;
    }
}
