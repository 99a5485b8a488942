using System.Net;
using CrmLeadSla.Plugins.Tests;
using CrmLeadSla.WebApi;

namespace CrmLeadSla.Reliability.Tests.Security;

/// <summary>
/// <c>leadsla serve</c> listens on loopback unless told otherwise (<c>--bind</c>). Its refusal of requests without a
/// token under <c>--auth</c> is tested in CrmLeadSla.WebApi.Tests (EndpointTests).
/// </summary>
[Trait("Category", "Reliability")]
public class ServeBindingTests
{
    [Fact]
    public async Task The_served_organization_listens_on_loopback_unless_told_otherwise()
    {
        await using var api = await LocalWebApi.StartAsync(new SolutionScenario().Organization, new WebApiOptions());

        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(api.ServiceRoot.Host)), api.ServiceRoot.ToString());
    }
}
