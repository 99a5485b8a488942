using System.ServiceModel;
using CrmLeadSla.Cli.Reporting;
using CrmLeadSla.LocalDataverse.SolutionSource;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Cli.Simulation;

/// <summary>What a simulation leaves behind: the export tables and how the run went.</summary>
/// <param name="Tables">Leads, stage moves, clocks and agreements, as <c>leadsla export</c> would export them.</param>
/// <param name="Requests">Organization-service requests made, the plug-ins' own included.</param>
/// <param name="Refusals">Actions Dataverse refused, by message, with how often.</param>
public sealed record SimulationOutcome(ReportTables Tables, int Requests, IReadOnlyDictionary<string, int> Refusals);

/// <summary>
/// One simulation: the market's prospects arrive and interact, marketing records them, the solution scores and
/// hands them over, sales works them by its habits, all on the local Dataverse's clock, event by event in time order.
/// </summary>
public sealed class SimulationRun
{
    private readonly SimulationSettings settings;
    private readonly PriorityQueue<Action, (DateTime At, long Order)> agenda = new();
    private readonly Dictionary<string, int> refusals = new(StringComparer.Ordinal);
    private readonly Random random;
    private SimulatedOrganization world = null!;
    private Dictionary<Guid, Prospect> prospects = null!;
    private Dictionary<Guid, IOrganizationService> services = null!;
    private long order;

    /// <summary>A run of the given settings.</summary>
    public SimulationRun(SimulationSettings settings)
    {
        this.settings = settings;
        random = new Random(settings.Seed);
    }

    /// <summary>Runs the simulation on the given solution; <paramref name="progress"/> hears the share of simulated time done (0–1).</summary>
    public SimulationOutcome Execute(SolutionDefinition solution, Action<double>? progress = null)
    {
        world = SimulatedOrganization.Create(solution, settings, random);
        services = world.Marketers.Concat(world.Reps.Select(r => r.UserId)).ToDictionary(id => id, world.ServiceFor);
        var market = Market.Prospects(settings);
        prospects = market.ToDictionary(p => p.LeadId);
        foreach (var prospect in market)
        {
            At(prospect.ArrivesOn, () => Arrive(prospect));
        }

        for (var day = SimulationSettings.Start.Date; day < settings.End; day = day.AddDays(1))
        {
            var today = day;
            At(today.AddHours(5), () => world.Organization.RunPendingAsyncJobs());
            foreach (var rep in world.Reps)
            {
                At(today.AddHours(rep.DayStartsAtHour).AddMinutes(30), () => Session(rep));
                At(today.AddHours(rep.DayStartsAtHour + 5), () => Session(rep));
            }

            if (settings.WithSla)
            {
                for (var hour = 8; hour < 18; hour++)
                {
                    At(today.AddHours(hour), HandOver);
                }
            }
        }

        var lastShown = -1;
        while (agenda.TryDequeue(out var action, out var when))
        {
            if (when.At >= settings.End)
            {
                break;
            }

            world.Organization.Clock.Set(when.At);
            action();
            var done = (int)(100 * (when.At - SimulationSettings.Start).TotalHours / (settings.End - SimulationSettings.Start).TotalHours);
            if (done != lastShown)
            {
                progress?.Invoke(done / 100.0);
                lastShown = done;
            }
        }

        progress?.Invoke(1);
        var tables = OrganizationExport.Tables(world.Admin);
        return new SimulationOutcome(tables, world.Organization.Requests.Count, refusals);
    }

    private void At(DateTime when, Action action) => agenda.Enqueue(action, (when, order++));

    private void Arrive(Prospect prospect)
    {
        var marketer = services[world.Marketers[prospect.Number % world.Marketers.Count]];
        if (!Try("Create lead", () => MarketingDesk.CreateLead(marketer, prospect)))
        {
            return;
        }

        // Each prospect draws from its own seeded source, so the stream does not depend on what else happens.
        var touches = BehaviourStream.Of(prospect, settings.End, new Random(settings.Seed ^ (prospect.Number * 7919))).GetEnumerator();
        NextTouch(marketer, touches);
    }

    private void NextTouch(IOrganizationService marketer, IEnumerator<Touch> touches)
    {
        if (!touches.MoveNext())
        {
            return;
        }

        var touch = touches.Current;
        At(touch.OccurredOn, () =>
        {
            Try("Record interaction", () => MarketingDesk.Record(marketer, touch));
            NextTouch(marketer, touches);
        });
    }

    // The agreement's hand-over rule: every lead marketing hands over goes to the rep with the shortest queue.
    private void HandOver()
    {
        var waiting = SalesDesk.HandedOver(world.Admin, null, 5000)
            .Where(l => world.Marketers.Contains(l.GetAttributeValue<EntityReference>("ownerid").Id))
            .ToList();
        if (waiting.Count == 0)
        {
            return;
        }

        var queues = world.Reps.ToDictionary(r => r.UserId, r => SalesDesk.HandedOver(world.Admin, r.UserId, 5000).Count);
        foreach (var lead in waiting)
        {
            var rep = world.Reps.OrderBy(r => queues[r.UserId]).First();
            if (Try("Hand over", () => SalesDesk.Assign(world.Admin, lead.Id, rep.UserId)))
            {
                queues[rep.UserId]++;
            }
        }
    }

    private void Session(SalesRep rep)
    {
        var now = world.Organization.Clock.UtcNow;
        if (!rep.Works(now))
        {
            return;
        }

        var service = services[rep.UserId];
        if (settings.WithSla)
        {
            foreach (var lead in SalesDesk.HandedOver(service, rep.UserId, rep.LeadsPerSession))
            {
                Work(rep, lead.Id);
            }

            return;
        }

        // Without an agreement, marketing's leads get what is left of a rep's time, and only the tempting ones.
        var budget = (int)Math.Round(rep.LeadsPerSession * rep.ShareForMarketingLeads);
        var picks = SalesDesk.HandedOver(service, null, 5000)
            .Where(l => !world.Reps.Any(r => r.UserId == l.GetAttributeValue<EntityReference>("ownerid").Id))
            .Where(l => SalesJudgement.Tempts(OrganizationExport.Label(l, LeadSchema.Grade), l.GetAttributeValue<int>(LeadSchema.BehaviorScore)))
            .OrderByDescending(l => l.GetAttributeValue<int>(LeadSchema.BehaviorScore))
            .Take(budget)
            .ToList();
        foreach (var lead in picks)
        {
            if (Try("Take lead", () => SalesDesk.Assign(service, lead.Id, rep.UserId)))
            {
                Work(rep, lead.Id);
            }
        }
    }

    private void Work(SalesRep rep, Guid leadId)
    {
        var service = services[rep.UserId];
        var prospect = prospects[leadId];
        var verdict = SalesJudgement.Judge(rep, prospect, random);
        if (!verdict.Accepted)
        {
            Try("Reject", () => SalesDesk.Reject(service, leadId, world.Reason(verdict.ReasonCode!), verdict.Comment));
            return;
        }

        if (Try("Accept", () => SalesDesk.Accept(service, leadId)))
        {
            Later(rep, TimeSpan.FromHours(rep.ContactAfterHours), () => Contact(rep, prospect));
        }
    }

    private void Contact(SalesRep rep, Prospect prospect)
    {
        var service = services[rep.UserId];
        if (Try("First contact", () => SalesDesk.Contact(service, prospect.LeadId, rep.PrefersPhone)))
        {
            Later(rep, TimeSpan.FromDays(2 + random.Next(0, 12)), () => Qualify(rep, prospect));
        }
    }

    private void Qualify(SalesRep rep, Prospect prospect)
    {
        var service = services[rep.UserId];
        if (!SalesJudgement.Qualifies(prospect, random))
        {
            Try("Return to nurturing", () => SalesDesk.Reject(service, prospect.LeadId, world.Reason(SalesJudgement.ReturnReasonCode(prospect)), null));
            return;
        }

        var opportunity = Guid.Empty;
        if (Try("Qualify", () => opportunity = SalesDesk.Qualify(service, prospect.LeadId)))
        {
            var won = SalesJudgement.Wins(prospect, random);
            Later(rep, TimeSpan.FromDays(10 + random.Next(0, 30)), () => Try(won ? "Win" : "Lose", () => SalesDesk.Close(service, opportunity, won)));
        }
    }

    // A follow-up happens in the rep's working time, at or after the given delay.
    private void Later(SalesRep rep, TimeSpan delay, Action action) => At(rep.NextWorkingTime(world.Organization.Clock.UtcNow + delay), action);

    private bool Try(string what, Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            var key = $"{what}: {fault.Detail.Message}";
            refusals[key] = refusals.GetValueOrDefault(key) + 1;
            return false;
        }
    }
}
