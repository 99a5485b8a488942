using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.WebApi.Tests;

/// <summary>The served organization's time: the wall clock by default, a simulated clock moved on request, and the system jobs that follow it.</summary>
public class ClockTests
{
    [Fact]
    public async Task A_lead_created_over_HTTP_on_a_running_clock_is_stamped_with_the_time_it_was_created()
    {
        await using var served = await ServedOrganization.StartAsync(arrange: installed =>
        {
            installed.Organization.Clock.Set(DateTime.UtcNow);
            installed.Organization.Clock.RunWith(TimeProvider.System);
        });
        using var http = new HttpClient { BaseAddress = served.Api.ServiceRoot };
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var before = DateTime.UtcNow;
        using var response = await http.PostAsync("leads", new StringContent("{\"lastname\":\"Late\"}", Encoding.UTF8, "application/json"));
        var after = DateTime.UtcNow;

        var id = Guid.Parse(response.Headers.GetValues("OData-EntityId").Single().Split('(', ')')[1]);
        var createdOn = served.System.Retrieve(LeadSchema.EntityName, id, new ColumnSet("createdon")).GetAttributeValue<DateTime>("createdon");
        Assert.InRange(createdOn, before.AddSeconds(-1), after.AddSeconds(1));
    }

    [Fact]
    public async Task Moving_a_simulated_clock_runs_the_jobs_that_became_due()
    {
        await using var served = (await ServedOrganization.StartAsync(new WebApiOptions { ClockControl = true })).WithScoringModel();
        var lead = served.CreateLeads(1, "CTO")[0];
        served.ChangeFitPointsWithoutRescoring(55);
        using var http = new HttpClient { BaseAddress = served.Api.BaseAddress };

        using var response = await http.PostAsJsonAsync("local/clock", new { advance = "PT4H" });
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(ServedOrganization.Start.AddHours(4), DateTime.Parse(answer["utcNow"]!.GetValue<string>(), null, System.Globalization.DateTimeStyles.AdjustToUniversal));
        Assert.True(answer["jobsRan"]!.GetValue<int>() > 0);
        Assert.Equal(55, served.Lead(lead).GetAttributeValue<int>(LeadSchema.FitScore));
    }

    [Fact]
    public async Task The_background_loop_runs_waiting_jobs_without_being_asked()
    {
        await using var served = (await ServedOrganization.StartAsync(new WebApiOptions { SystemJobInterval = TimeSpan.FromMilliseconds(100) })).WithScoringModel();
        var lead = served.CreateLeads(1, "CTO")[0];

        served.ChangeFitPointsWithoutRescoring(55);

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (served.Lead(lead).GetAttributeValue<int>(LeadSchema.FitScore) != 55 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(55, served.Lead(lead).GetAttributeValue<int>(LeadSchema.FitScore));
    }

    [Theory]
    [InlineData(2, SlaClockState.Breached)]
    [InlineData(-2, SlaClockState.Open)]
    public async Task The_shipped_workflow_breaches_the_accept_clock_of_a_lead_handed_over_over_HTTP_once_its_deadline_passed(int minutesAfterDeadline, SlaClockState state)
    {
        await using var served = await ServedOrganization.StartAsync(new WebApiOptions { ClockControl = true });
        var agreement = "/" + served.Organization.Metadata.RowAddress(SlaAgreementSchema.EntityName, served.Agreement());
        using var api = new HttpClient { BaseAddress = served.Api.ServiceRoot };
        using var created = await api.PostAsync("leads", Json($"{{\"lastname\":\"Prospect\",\"{LeadSchema.SlaAgreementId}@odata.bind\":\"{agreement}\"}}"));
        var lead = Guid.Parse(created.Headers.GetValues("OData-EntityId").Single().Split('(', ')')[1]);
        using var handedOver = await api.PatchAsync($"leads({lead})", Json($"{{\"{LeadSchema.FunnelStage}\":{(int)FunnelStage.Mql}}}"));
        var due = served.Lead(lead, LeadSchema.AcceptDueOn).GetAttributeValue<DateTime>(LeadSchema.AcceptDueOn);
        using var clock = new HttpClient { BaseAddress = served.Api.BaseAddress };

        using var moved = await clock.PostAsJsonAsync("local/clock", new { set = due.AddMinutes(minutesAfterDeadline).ToString("O") });

        Assert.True(handedOver.IsSuccessStatusCode);
        var clocks = served.Organization.Metadata.EntitySet(SlaClockSchema.EntityName);
        var filter = $"{WebApiNames.LookupValue(SlaClockSchema.LeadId)} eq {lead} and {SlaClockSchema.Kind} eq {(int)SlaKind.Accept}";
        var accept = JsonNode.Parse(await api.GetStringAsync($"{clocks}?$select={SlaClockSchema.Status}&$filter={filter}"))!["value"]!.AsArray().Single()!;
        Assert.Equal(state, (SlaClockState)accept[SlaClockSchema.Status]!.GetValue<int>());
    }

    [Fact]
    public async Task A_running_clock_is_not_moved_on_request()
    {
        await using var served = await ServedOrganization.StartAsync(new WebApiOptions { ClockControl = true }, installed => installed.Organization.Clock.RunWith(TimeProvider.System));
        using var http = new HttpClient { BaseAddress = served.Api.BaseAddress };

        using var response = await http.PostAsJsonAsync("local/clock", new { advance = "PT4H" });

        Assert.Equal(System.Net.HttpStatusCode.Conflict, response.StatusCode);
        Assert.InRange(served.Organization.Clock.UtcNow, ServedOrganization.Start, ServedOrganization.Start.AddMinutes(5));
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
