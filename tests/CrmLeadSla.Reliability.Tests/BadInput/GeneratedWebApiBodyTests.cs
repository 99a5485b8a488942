using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Tests;
using CrmLeadSla.Plugins.Tests.Builders;
using CrmLeadSla.Reliability.Tests.Faults;
using CrmLeadSla.Reliability.Tests.Properties;
using CrmLeadSla.WebApi;
using CsCheck;
using Xunit.Abstractions;

namespace CrmLeadSla.Reliability.Tests.BadInput;

/// <summary>
/// Lead bodies POSTed and PATCHed to <c>leadsla serve</c>: broken JSON, wrong types, unknown and read-only columns.
/// Each is saved or refused with HTTP 400 and Dataverse's error body — never a server error, never half a write.
/// </summary>
[Trait("Category", "Reliability")]
public class GeneratedWebApiBodyTests(ITestOutputHelper output)
{
    private const string SoundLead = """{"firstname":"Dana","lastname":"Berger","jobtitle":"CTO","numberofemployees":800,"decisionmaker":true,"budgetamount":1000.5}""";

    private static readonly string[] Columns =
        ["jobtitle", "numberofemployees", "decisionmaker", "budgetamount", "budgetstatus", LeadSchema.FitScore, "shoesize", "", "parentaccountid@odata.bind", "createdon"];

    // Raw JSON values of every shape; 271800000 is a choice's option value sent to columns of other types.
    private static readonly string[] Values =
        ["\"text\"", "12", "-1", "true", "null", "[]", "{}", "1e999", "\"2026-13-45\"", "\"/accounts(00000000-0000-0000-0000-000000000001)\"", "271800000", $"\"{new string('x', 5000)}\""];

    private static readonly Gen<(bool Patch, string Body)> Body =
        Gen.Select(
            Gen.Bool,
            Gen.OneOf(
                Mutation.Of(SoundLead),
                Gen.Select(Gen.Int[0, Columns.Length - 1], Gen.Int[0, Values.Length - 1]).Array[1, 3]
                    .Select(pairs => "{" + string.Join(",", pairs.Select(p => $"\"{Columns[p.Item1]}\":{Values[p.Item2]}")) + "}")));

    [Fact]
    public async Task A_malformed_lead_body_is_saved_or_refused_with_400_and_nothing_half_written()
    {
        var scenario = new SolutionScenario();
        new ScoringModelBuilder().FitRule("CTO", "jobtitle", RuleOperator.ContainsAnyKeyword, "cto", 40).CreateIn(scenario.Marketing);
        var lead = new LeadBuilder().JobTitle("Engineer").CreateIn(scenario.Marketing);
        await using var api = await LocalWebApi.StartAsync(scenario.Organization, new WebApiOptions());
        using var http = new HttpClient { BaseAddress = api.ServiceRoot };
        var (tried, refused) = (0, 0);

        PropertyRuns.Check(Body, request =>
        {
            tried++;
            var before = OrganizationSnapshot.Of(scenario.Organization);
            using var message = new HttpRequestMessage(request.Patch ? HttpMethod.Patch : HttpMethod.Post, request.Patch ? $"leads({lead})" : "leads")
            {
                Content = new StringContent(request.Body, Encoding.UTF8, "application/json"),
            };

            using var response = http.Send(message);

            if (response.IsSuccessStatusCode)
            {
                return;
            }

            refused++;
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var error = JsonNode.Parse(response.Content.ReadAsStream())!["error"]!;
            Assert.False(string.IsNullOrWhiteSpace(error["message"]!.GetValue<string>()));
            Assert.Equal(before, OrganizationSnapshot.Of(scenario.Organization));
        });

        output.WriteLine($"{tried} generated lead bodies, {refused} refused with 400 and nothing written; {PropertyRuns.Describe()}");
    }
}
