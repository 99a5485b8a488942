using System.Diagnostics;
using System.Globalization;

namespace CrmLeadSla.Cli.Shipping.Bench;

/// <summary>
/// <c>leadsla bench</c>'s measurements: Stopwatch timings and request counts taken in one run, each a few hundred
/// milliseconds to a few seconds, so the whole table takes about a minute on two shared cores.
/// </summary>
public sealed class QuickBench(TextWriter progress)
{
    private readonly List<BenchRow> rows = [];

    /// <summary>Runs every measurement; <paramref name="rescoreSizes"/> are the lead counts of the rescore curve.</summary>
    public async Task<IReadOnlyList<BenchRow>> RunAsync(IReadOnlyList<int> rescoreSizes)
    {
        ArgumentNullException.ThrowIfNull(rescoreSizes);
        ColdStart();
        FitScoring();
        BehaviourUpdate();
        PluginSteps();
        InteractionHistory();
        foreach (var leads in rescoreSizes)
        {
            await Rescore(leads).ConfigureAwait(false);
        }

        return rows;
    }

    // First: the very first event of the process loads and JITs the plug-ins with an empty cache.
    private void ColdStart()
    {
        progress.WriteLine("cold start…");
        var first = new BenchOrganization(50);
        var cold = EventCost.Of(first.Organization, 1, _ => first.NewLead());
        var secondOrganization = new BenchOrganization(50);
        var emptyCache = EventCost.Of(secondOrganization.Organization, 1, _ => secondOrganization.NewLead());
        var warm = EventCost.Of(secondOrganization.Organization, 200, _ => secondOrganization.NewLead());
        Add("lead create, first of the process (cold)", cold, null);
        Add("lead create, first of an organization (empty cache)", emptyCache, null);
        Add("lead create, warm", warm, null);
    }

    private void FitScoring()
    {
        progress.WriteLine("fit scoring…");
        foreach (var ruleCount in new[] { 10, 50, 200 })
        {
            var work = new ScoringWork(ruleCount);
            var perLead = PerOperation(work.FitScore);
            rows.Add(new BenchRow(
                $"fit scoring, {ruleCount} rules",
                Time(perLead),
                null,
                string.Create(CultureInfo.CurrentCulture, $"{1 / perLead.TotalSeconds:N0} leads/s"),
                null));
        }
    }

    private void BehaviourUpdate()
    {
        progress.WriteLine("behaviour update…");
        var work = new ScoringWork(50);
        var incremental = PerOperation(work.BehaviourAdded);
        var replayed = PerOperation(work.BehaviourReplayed);
        rows.Add(new BenchRow("behaviour update, 1,000 earlier interactions", Time(incremental), Time(replayed), Ratio(replayed, incremental), null));
    }

    private void PluginSteps()
    {
        progress.WriteLine("plug-in steps…");
        const int Events = 40;
        var bench = new BenchOrganization(50);
        bench.NewLead();
        var leads = Enumerable.Range(0, Events).Select(_ => bench.NewLead()).ToList();
        Add("lead create", EventCost.Of(bench.Organization, Events, _ => bench.NewLead()), null);
        Add("lead update of a rule column", EventCost.Of(bench.Organization, Events, index => bench.ChangeJobTitle(leads[index], "VP Engineering")), null);
        Add("interaction create", EventCost.Of(bench.Organization, Events, index => bench.Interact(leads[index])), null);
        var nearlyMql = Enumerable.Range(0, Events).Select(_ => bench.LeadOneInteractionShortOfMql()).ToList();
        Add("interaction crossing into MQL (hand-over)", EventCost.Of(bench.Organization, Events, index => bench.Interact(nearlyMql[index])), null);
        var handedOver = Enumerable.Range(0, Events).Select(_ => bench.HandedOverLead()).ToList();
        Add("accept", EventCost.Of(bench.Organization, Events, index => bench.Accept(handedOver[index])), null);
        var toReject = Enumerable.Range(0, Events).Select(_ => bench.HandedOverLead()).ToList();
        Add("reject", EventCost.Of(bench.Organization, Events, index => bench.Reject(toReject[index])), null);
        var accepted = Enumerable.Range(0, Events).Select(_ => bench.AcceptedLead()).ToList();
        Add("qualify", EventCost.Of(bench.Organization, Events, index => bench.Qualify(accepted[index])), null);
    }

    private void InteractionHistory()
    {
        int[] histories = [10, 100, 1_000, 10_000];
        progress.WriteLine("interaction histories…");
        var ours = new BenchOrganization(50);
        var naive = new BenchOrganization(50);
        var oursLeads = histories.Select(history => ours.LeadWithHistory(history)).ToList();
        var naiveLeads = histories.Select(history => naive.LeadWithHistory(history)).ToList();
        naive.WithNaiveInteractionScoring();
        for (var index = 0; index < histories.Length; index++)
        {
            progress.WriteLine(string.Create(CultureInfo.CurrentCulture, $"interaction after {histories[index]:N0} earlier ones…"));
            var oursLead = oursLeads[index];
            var naiveLead = naiveLeads[index];
            Add(
                string.Create(CultureInfo.CurrentCulture, $"interaction create, {histories[index]:N0} earlier interactions"),
                EventCost.Of(ours.Organization, 20, _ => ours.Interact(oursLead)),
                EventCost.Of(naive.Organization, histories[index] >= 10_000 ? 3 : 10, _ => naive.Interact(naiveLead)));
        }
    }

    private async Task Rescore(int leads)
    {
        progress.WriteLine(string.Create(CultureInfo.CurrentCulture, $"rescore of {leads:N0} leads…"));
        await using var run = await RescoreRun.StartAsync(leads).ConfigureAwait(false);
        run.MakeEveryLeadStale();
        var cost = await run.RescoreAsync().ConfigureAwait(false);
        rows.Add(new BenchRow(
            string.Create(CultureInfo.CurrentCulture, $"rescore, {cost.Leads:N0} leads ({cost.Changed:N0} changed)"),
            string.Create(CultureInfo.CurrentCulture, $"{cost.Elapsed.TotalSeconds:N1} s"),
            null,
            string.Create(CultureInfo.CurrentCulture, $"{cost.Leads / cost.Elapsed.TotalSeconds:N0} leads/s"),
            string.Create(CultureInfo.CurrentCulture, $"{cost.HttpRequests:N0} Web API, {cost.ServiceRequests:N0} service")));
    }

    private void Add(string measure, EventCost ours, EventCost? naive) =>
        rows.Add(new BenchRow(
            measure,
            $"{Time(ours.PerEvent)} ({Time(ours.InPlugins)} in plug-ins)",
            naive is null ? null : $"{Time(naive.PerEvent)} ({Time(naive.InPlugins)} in plug-ins)",
            naive is null ? null : Ratio(naive.PerEvent, ours.PerEvent),
            naive is null
                ? ours.WorkflowRequests > 0
                    ? string.Create(CultureInfo.CurrentCulture, $"{ours.Requests:0.#} + {ours.WorkflowRequests:0.#} by workflows")
                    : ours.Requests.ToString("0.#", CultureInfo.CurrentCulture)
                : string.Create(CultureInfo.CurrentCulture, $"{ours.Requests:0.#} vs {naive.Requests:0.#}")));

    // Repeats the operation for about 300 ms, after a warm-up, and returns the time per call.
    private static TimeSpan PerOperation(Func<object> operation)
    {
        for (var warmUp = 0; warmUp < 100; warmUp++)
        {
            operation();
        }

        var calls = 0L;
        var clock = Stopwatch.StartNew();
        while (clock.ElapsedMilliseconds < 300)
        {
            for (var batch = 0; batch < 100; batch++)
            {
                operation();
            }

            calls += 100;
        }

        return clock.Elapsed / calls;
    }

    private static string Time(TimeSpan time) => time.TotalMilliseconds >= 1
        ? string.Create(CultureInfo.CurrentCulture, $"{time.TotalMilliseconds:N2} ms")
        : string.Create(CultureInfo.CurrentCulture, $"{time.TotalMicroseconds:N2} µs");

    private static string Ratio(TimeSpan baseline, TimeSpan ours) =>
        string.Create(CultureInfo.CurrentCulture, $"{baseline / ours:N1}×");
}
