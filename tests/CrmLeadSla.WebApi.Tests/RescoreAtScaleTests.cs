using System.Diagnostics;
using System.Globalization;
using CrmLeadSla.Cli.Environments;
using CrmLeadSla.Plugins.Schema;
using Xunit.Abstractions;
using CrmLeadSla.Cli.WebApi;

namespace CrmLeadSla.WebApi.Tests;

public class RescoreAtScaleTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Rescoring_20000_leads_under_throttling_slows_down_finishes_and_writes_each_lead_once()
    {
        await using var served = (await ServedOrganization.StartAsync(new WebApiOptions { Throttle = new ThrottleLimit(3, TimeSpan.FromSeconds(1)) })).WithScoringModel();
        var ctos = served.CreateLeads(20_000, "CTO");
        served.ChangeFitPointsWithoutRescoring(25);
        var before = served.LeadWritesByCallers;
        using var client = served.Client();
        var clock = Stopwatch.StartNew();

        var tally = await RescoreTests.Rescore(client, served);

        Report("throttled to 3 requests/s", tally, client, clock.Elapsed);
        Assert.Equal(new RescoreTally(20_000, 20_000, 0), tally);
        Assert.True(client.Traffic.ThrottledRequests > 0, "the endpoint never throttled the rescore");
        Assert.Equal(20_000, served.LeadWritesByCallers - before);
        Assert.All(ctos.Where((_, i) => i % 500 == 0), id => Assert.Equal(25, served.Lead(id).GetAttributeValue<int>(LeadSchema.FitScore)));
    }

    [Fact]
    public async Task An_interrupted_rescore_resumes_from_its_checkpoint_without_writing_a_lead_twice()
    {
        await using var served = (await ServedOrganization.StartAsync()).WithScoringModel();
        var ctos = served.CreateLeads(5_000, "CTO");
        served.ChangeFitPointsWithoutRescoring(25);
        var before = served.LeadWritesByCallers;
        var checkpoint = Path.Combine(Path.GetTempPath(), $"rescore-{Guid.NewGuid():N}.json");
        using var client = served.Client();
        using var interruption = new CancellationTokenSource();
        var stopAfterThreePages = new StopAfter(3 * 500, interruption);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RescoreTests.Rescore(client, served, batch: 500, checkpoint: checkpoint, progress: stopAfterThreePages, cancellationToken: interruption.Token));
        var writtenBeforeInterruption = served.LeadWritesByCallers - before;

        var resumedProgress = new FirstReport();

        var resumed = await RescoreTests.Rescore(client, served, batch: 500, checkpoint: checkpoint, progress: resumedProgress);

        File.Delete(checkpoint);
        Assert.InRange(writtenBeforeInterruption, 1_500, 4_999);
        Assert.InRange(resumedProgress.First!.Tally.Read, 1_500, 4_999);
        Assert.Equal(5_000, resumed.Read);
        Assert.Equal(5_000, served.LeadWritesByCallers - before);
        Assert.All(ctos.Where((_, i) => i % 100 == 0), id => Assert.Equal(25, served.Lead(id).GetAttributeValue<int>(LeadSchema.FitScore)));
    }

    [Fact]
    public async Task Rescoring_without_throttling_is_measured_in_requests_per_thousand_leads()
    {
        await using var served = (await ServedOrganization.StartAsync()).WithScoringModel();
        served.CreateLeads(10_000, "CTO");
        served.ChangeFitPointsWithoutRescoring(25);
        using var client = served.Client();
        var clock = Stopwatch.StartNew();

        var tally = await RescoreTests.Rescore(client, served);

        Report("no throttling", tally, client, clock.Elapsed);
        // 10 pages: a page read, its interactions, one UpdateMultiple; plus metadata, the model and the count.
        Assert.InRange(client.Traffic.Requests, 30, 50);
    }

    private void Report(string how, RescoreTally tally, WebApiClient client, TimeSpan elapsed) =>
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{how}: {tally.Read} leads in {elapsed.TotalSeconds:N1} s = {tally.Read / elapsed.TotalSeconds:N0} leads/s; {client.Traffic.Requests} requests ({client.Traffic.Requests * 1000.0 / tally.Read:N1} per 1,000 leads), {client.Traffic.ThrottledRequests} throttled, {client.Traffic.Waited.TotalSeconds:N0} s asked to wait"));

    /// <summary>Keeps the first report: where a run starts.</summary>
    private sealed class FirstReport : IProgress<RescoreReport>
    {
        public RescoreReport? First { get; private set; }

        public void Report(RescoreReport value) => First ??= value;
    }

    /// <summary>Cancels the run once the checkpoint has moved past the given number of leads: an interruption between pages.</summary>
    private sealed class StopAfter(int leads, CancellationTokenSource interruption) : IProgress<RescoreReport>
    {
        public void Report(RescoreReport value)
        {
            if (value.Tally.Read >= leads)
            {
                interruption.Cancel();
            }
        }
    }
}
