using CrmLeadSla.Cli.Environments;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.WebApi;
using CrmLeadSla.Cli.WebApi;

namespace CrmLeadSla.WebApi.Tests;

public class RescoreTests
{
    [Fact]
    public async Task Rescoring_gives_every_lead_the_changed_rule_s_points()
    {
        await using var served = (await ServedOrganization.StartAsync()).WithScoringModel();
        var ctos = served.CreateLeads(30, "CTO");
        served.ChangeFitPointsWithoutRescoring(25);
        using var client = served.Client();

        var tally = await Rescore(client, served);

        Assert.Equal(new RescoreTally(30, 30, 0), tally);
        Assert.All(ctos, id => Assert.Equal(25, served.Lead(id).GetAttributeValue<int>(LeadSchema.FitScore)));
    }

    [Fact]
    public async Task Rescoring_writes_only_the_leads_whose_score_changed()
    {
        await using var served = (await ServedOrganization.StartAsync()).WithScoringModel();
        served.CreateLeads(10, "CTO");
        served.CreateLeads(15, "Intern");
        served.ChangeFitPointsWithoutRescoring(25);
        var before = served.LeadWritesByCallers;
        using var client = served.Client();

        var tally = await Rescore(client, served);

        Assert.Equal(new RescoreTally(25, 10, 0), tally);
        Assert.Equal(10, served.LeadWritesByCallers - before);
    }

    [Fact]
    public async Task A_second_rescore_writes_nothing()
    {
        await using var served = (await ServedOrganization.StartAsync()).WithScoringModel();
        served.CreateLeads(20, "CTO");
        served.ChangeFitPointsWithoutRescoring(25);
        using var client = served.Client();
        await Rescore(client, served);
        var before = served.LeadWritesByCallers;

        var again = await Rescore(client, served);

        Assert.Equal(new RescoreTally(20, 0, 0), again);
        Assert.Equal(before, served.LeadWritesByCallers);
    }

    internal static Task<RescoreTally> Rescore(WebApiClient client, ServedOrganization served, int batch = 1000, int parallel = 2, string? checkpoint = null, IProgress<RescoreReport>? progress = null, CancellationToken cancellationToken = default) =>
        new LeadRescore(client, new RescoreSettings(batch, parallel, checkpoint, served.Organization.Clock.UtcNow), progress ?? new Progress<RescoreReport>(), TextWriter.Null)
            .RunAsync(cancellationToken);
}
