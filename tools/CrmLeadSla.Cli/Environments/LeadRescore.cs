using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Scoring;
using Microsoft.Xrm.Sdk;
using CrmLeadSla.Cli.WebApi;

namespace CrmLeadSla.Cli.Environments;

/// <summary>How a rescore runs: leads per page and per UpdateMultiple, pages written at once, the checkpoint file, the time it scores as of.</summary>
public sealed record RescoreSettings(int BatchSize, int Parallel, string? CheckpointFile, DateTime AsOf);

/// <summary>
/// <c>leadsla rescore</c>: recomputes every open lead's score with the active model, as the plug-ins do (fit from
/// the lead's columns, behaviour replayed from its interactions), reading page by page with FetchXML paging cookies
/// and writing only the leads whose score changed, in UpdateMultiple batches, up to N pages' writes at once.
/// </summary>
public sealed class LeadRescore
{
    // statecode of lead: 0 Open. Qualified and disqualified leads keep the score they left with, as in the plug-ins.
    private const string OpenState = "0";

    private readonly WebApiClient client;
    private readonly RescoreSettings settings;
    private readonly IProgress<RescoreReport> progress;
    private readonly TextWriter errors;
    private readonly TableShapes shapes;

    public LeadRescore(WebApiClient client, RescoreSettings settings, IProgress<RescoreReport> progress, TextWriter errors)
    {
        this.client = client;
        this.settings = settings;
        this.progress = progress;
        this.errors = errors;
        shapes = new TableShapes(client);
    }

    public async Task<RescoreTally> RunAsync(CancellationToken cancellationToken)
    {
        var model = await ActiveModelReading.ReadAsync(client, shapes, errors, cancellationToken).ConfigureAwait(false);
        var leads = await shapes.OfAsync(LeadSchema.EntityName, cancellationToken).ConfigureAwait(false);
        var interactions = await shapes.OfAsync(InteractionSchema.EntityName, cancellationToken).ConfigureAwait(false);
        var checkpoint = Resumable(RescoreCheckpoint.Load(settings.CheckpointFile), model)
            ?? new RescoreCheckpoint(settings.AsOf, model.ModelId, model.Version, 1, null, RescoreTally.None, false);
        var total = await OpenLeadCount(leads, cancellationToken).ConfigureAwait(false);
        var run = new PageRun(model, checkpoint.AsOf, leads, interactions);
        var inFlight = new Queue<(Task<RescoreTally> Writes, FetchPosition? Next)>();
        using var slots = new SemaphoreSlim(settings.Parallel);
        FetchPosition? position = new(checkpoint.NextPage, checkpoint.PagingCookie);
        progress.Report(new RescoreReport(checkpoint.Tally, total));
        while (position is not null)
        {
            var page = await FetchPaging.ReadAsync(client, leads.EntitySetName, LeadQuery(leads), settings.BatchSize, position, cancellationToken).ConfigureAwait(false);
            var changed = await run.ChangedLeadsAsync(client, page.Rows, cancellationToken).ConfigureAwait(false);
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            inFlight.Enqueue((WriteAsync(leads, page.Rows.Count, changed, slots, cancellationToken), page.Next));
            checkpoint = await Settle(inFlight, checkpoint, total, all: false).ConfigureAwait(false);
            position = page.Next;
        }

        checkpoint = await Settle(inFlight, checkpoint, total, all: true).ConfigureAwait(false);
        return checkpoint.Tally;
    }

    // A checkpoint of an unfinished run of the same model version continues; any other starts over.
    private static RescoreCheckpoint? Resumable(RescoreCheckpoint? saved, LoadedModel model) =>
        saved is { Completed: false } && saved.ModelId == model.ModelId && saved.ModelVersion == model.Version ? saved : null;

    // Pages are settled in order: the checkpoint moves past a page only once it and every page before it are written.
    private async Task<RescoreCheckpoint> Settle(Queue<(Task<RescoreTally> Writes, FetchPosition? Next)> inFlight, RescoreCheckpoint checkpoint, int? total, bool all)
    {
        while (inFlight.Count > 0 && (all || inFlight.Peek().Writes.IsCompleted))
        {
            var (writes, next) = inFlight.Dequeue();
            var tally = checkpoint.Tally.Plus(await writes.ConfigureAwait(false));
            checkpoint = checkpoint with
            {
                NextPage = next?.Page ?? checkpoint.NextPage,
                PagingCookie = next?.PagingCookie ?? checkpoint.PagingCookie,
                Tally = tally,
                Completed = next is null,
            };
            checkpoint.Save(settings.CheckpointFile);
            progress.Report(new RescoreReport(tally, total));
        }

        return checkpoint;
    }

    private async Task<RescoreTally> WriteAsync(TableShape leads, int read, IReadOnlyList<Entity> changed, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        try
        {
            var written = 0;
            var failed = 0;
            foreach (var batch in changed.Chunk(settings.BatchSize))
            {
                try
                {
                    await client.PostAsync(
                        $"{leads.EntitySetName}/Microsoft.Dynamics.CRM.UpdateMultiple",
                        new JsonObject { ["Targets"] = new JsonArray(batch.Select(lead => (JsonNode)EntityJson.Write(shapes, leads, lead, typed: true)).ToArray()) },
                        cancellationToken).ConfigureAwait(false);
                    written += batch.Length;
                }
                catch (WebApiException refused)
                {
                    // One refused lead rolls back the whole UpdateMultiple: write the batch lead by lead to keep the others.
                    errors.WriteLine($"A batch of {batch.Length} leads was refused ({refused.Reason}); writing them one by one.");
                    var (ok, bad) = await WriteOneByOne(leads, batch, cancellationToken).ConfigureAwait(false);
                    written += ok;
                    failed += bad;
                }
            }

            return new RescoreTally(read, written, failed);
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task<(int Written, int Failed)> WriteOneByOne(TableShape leads, Entity[] batch, CancellationToken cancellationToken)
    {
        var written = 0;
        var failed = 0;
        foreach (var lead in batch)
        {
            try
            {
                var body = EntityJson.Write(shapes, leads, lead);
                body.Remove(leads.PrimaryIdAttribute);
                await client.UpdateAsync(leads.EntitySetName, lead.Id, body, cancellationToken).ConfigureAwait(false);
                written++;
            }
            catch (WebApiException refused)
            {
                errors.WriteLine($"Lead {lead.Id:D} was not rescored: {refused.Reason}");
                failed++;
            }
        }

        return (written, failed);
    }

    private async Task<int?> OpenLeadCount(TableShape leads, CancellationToken cancellationToken)
    {
        var fetch = new XElement(
            "fetch",
            new XAttribute("aggregate", "true"),
            new XElement(
                "entity",
                new XAttribute("name", leads.LogicalName),
                new XElement("attribute", new XAttribute("name", leads.PrimaryIdAttribute), new XAttribute("aggregate", "count"), new XAttribute("alias", "open")),
                new XElement("filter", new XElement("condition", new XAttribute("attribute", "statecode"), new XAttribute("operator", "eq"), new XAttribute("value", OpenState)))));
        try
        {
            var answer = await client.GetAsync($"{leads.EntitySetName}?fetchXml={Uri.EscapeDataString(fetch.ToString(SaveOptions.DisableFormatting))}", cancellationToken).ConfigureAwait(false);
            return TableShape.Values(answer).FirstOrDefault()?["open"]?.GetValue<int>();
        }
        catch (WebApiException)
        {
            // Counting is refused past 50,000 rows (AggregateQueryRecordLimit): the bar then shows counts without a total.
            return null;
        }
    }

    // A stable order by the key is what makes the paging cookie resume at the right lead.
    private static XElement LeadQuery(TableShape leads) =>
        FetchXml.Query(
            leads.LogicalName,
            [leads.PrimaryIdAttribute, .. ModelRescoring.LeadColumns],
            leads.PrimaryIdAttribute,
            ("statecode", "eq", OpenState));

    /// <summary>The scoring of one page: the page's interactions read at once, each lead scored by the plug-ins' rescoring.</summary>
    private sealed class PageRun(LoadedModel model, DateTime asOf, TableShape leads, TableShape interactions)
    {
        public async Task<IReadOnlyList<Entity>> ChangedLeadsAsync(WebApiClient client, IReadOnlyList<JsonObject> rows, CancellationToken cancellationToken)
        {
            var page = rows.Select(row => EntityJson.Read(leads, row)).ToList();
            if (page.Count == 0)
            {
                return [];
            }

            var touches = await InteractionsOf(client, page, cancellationToken).ConfigureAwait(false);
            return page.Select(lead => ModelRescoring.Replayed(model, asOf, lead, touches[lead.Id])).OfType<Entity>().ToList();
        }

        // The page is ordered by lead id, so its interactions are those regarding an id between its first and last lead's
        // (the same order the server sorts by); one short query instead of a URL listing a thousand ids.
        private async Task<ILookup<Guid, Plugins.Domain.Scoring.Interaction>> InteractionsOf(WebApiClient client, List<Entity> page, CancellationToken cancellationToken)
        {
            var ids = page.Select(lead => lead.Id).ToHashSet();
            var rows = await FetchPaging.ReadAllAsync(
                client,
                interactions.EntitySetName,
                FetchXml.Query(
                    interactions.LogicalName,
                    [interactions.PrimaryIdAttribute, .. InteractionRows.ImageColumns],
                    interactions.PrimaryIdAttribute,
                    (InteractionSchema.RegardingObjectId, "ge", page[0].Id.ToString("D")),
                    (InteractionSchema.RegardingObjectId, "le", page[^1].Id.ToString("D"))),
                cancellationToken).ConfigureAwait(false);
            return rows
                .Select(row => EntityJson.Read(interactions, row))
                .Select(row => (Lead: InteractionRows.RegardingLeadOf(row), Interaction: InteractionRows.InteractionOf(row)))
                .Where(found => found.Lead is Guid lead && ids.Contains(lead) && found.Interaction is not null)
                .ToLookup(found => found.Lead!.Value, found => found.Interaction!);
        }
    }
}

/// <summary>Counts so far and the number of open leads (null when it could not be counted).</summary>
public sealed record RescoreReport(RescoreTally Tally, int? Total)
{
    public string Line()
    {
        const int Width = 30;
        var done = Total is > 0 ? Math.Min(1.0, (double)Tally.Read / Total.Value) : 0;
        var bar = new string('#', (int)(done * Width)).PadRight(Width, '.');
        var of = Total is int all ? "/" + all.ToString("N0", CultureInfo.CurrentCulture) : string.Empty;
        return UserLanguage.Pick(
            $"[{bar}] {Tally.Read:N0}{of} read, {Tally.Changed:N0} changed, {Tally.Failed:N0} failed",
            $"[{bar}] {Tally.Read:N0}{of} gelesen, {Tally.Changed:N0} geändert, {Tally.Failed:N0} gescheitert");
    }
}
