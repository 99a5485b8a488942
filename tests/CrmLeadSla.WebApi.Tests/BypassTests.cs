using System.Text;
using CrmLeadSla.Plugins.Schema;

namespace CrmLeadSla.WebApi.Tests;

/// <summary>MSCRM.BypassCustomPluginExecution over HTTP: the administrator's save runs without the solution's plug-ins.</summary>
public class BypassTests
{
    [Theory]
    [InlineData(false, 40)]
    [InlineData(true, null)]
    public async Task A_create_with_the_bypass_header_is_saved_without_the_scoring_plug_in(bool bypass, int? fitScore)
    {
        await using var served = (await ServedOrganization.StartAsync()).WithScoringModel();
        using var http = new HttpClient { BaseAddress = served.Api.ServiceRoot };
        using var request = new HttpRequestMessage(HttpMethod.Post, "leads") { Content = new StringContent("{\"lastname\":\"Bypass\",\"jobtitle\":\"CTO\"}", Encoding.UTF8, "application/json") };
        if (bypass)
        {
            request.Headers.Add("MSCRM.BypassCustomPluginExecution", "true");
        }

        using var response = await http.SendAsync(request);

        var id = Guid.Parse(response.Headers.GetValues("OData-EntityId").Single().Split('(', ')')[1]);
        Assert.Equal(fitScore, served.Lead(id).GetAttributeValue<int?>(LeadSchema.FitScore));
    }
}
