using System.ServiceModel;
using System.Text.RegularExpressions;
using CrmLeadSla.Cli.Agreement.Reporting;
using CrmLeadSla.LocalDataverse;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Cli.Agreement.Simulation;

/// <summary>What a simulation leaves behind: the export tables and how the run went.</summary>
/// <param name="Tables">Leads, stage moves, clocks and agreements, as <c>leadsla export</c> would export them.</param>
/// <param name="Requests">Organization-service requests made, the plug-ins' own included.</param>
/// <param name="Organization">The organization the run left behind (served by <c>leadsla serve --sample</c>).</param>
/// <param name="Refusals">Actions Dataverse refused, by message, with how often.</param>
public sealed record SimulationOutcome(ReportTables Tables, int Requests, IReadOnlyDictionary<string, int> Refusals, LocalOrganization Organization);

/// <summary>
/// One simulation: the market's prospects arrive and interact, marketing records them, the solution scores and
/// hands them over, sales works them by its habits, all on the local Dataverse's clock, event by event in time order.
/// The organization runs the shipped workflows itself; the run lets time pass and runs the system jobs as they fall due.
/// </summary>
public sealed class SimulationRun
{
    private readonly SimulationSettings settings;
    private readonly PriorityQueue<Action, (DateTime At, long Order)> agenda = new();
    // Refusals are counted by their wording, without the ids that make each message unique.
    private static readonly Regex Guids = new("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}", RegexOptions.Compiled);
    private readonly Dictionary<string, int> refusals = new(StringComparer.Ordinal);
    private readonly Random random;
    private SimulatedOrganization world = null!;
    private Dictionary<Guid, Prospect> prospects = null!;
    private Dictionary<Guid, IOrganizationService> services = null!;
    private HandOverBoard board = null!;
    // Leads ready for hand-over, in the order they became ready, until their marketer reviews them.
    private readonly List<Guid> awaitingReview = [];
    private readonly HashSet<Guid> awaiting = [];
    private long order;
    private int requests;

    /// <summary>A run of the given settings.</summary>
    public SimulationRun(SimulationSettings settings)
    {
        this.settings = settings;
        random = new Random(settings.Seed);
    }

    /// <summary>
    /// The organization a market of <paramref name="settings"/> runs in: the solution at <paramref name="solutionPath"/>
    /// (a folder or a packed zip; null: the repository's) at <see cref="SimulationSettings.Start"/>, its new ids from the
    /// seed too, so the same seed writes the same rows.
    /// </summary>
    public static SolutionOrganization Install(SimulationSettings settings, string? solutionPath = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return SolutionOrganization.Load(solutionPath, SolutionAssemblies.Loaded, SimulationSettings.Start, IdSource.Seeded(settings.Seed));
    }

    /// <summary>
    /// Runs the simulation in <paramref name="installed"/>, a new organization with the solution installed (<see cref="Install"/>); <paramref name="progress"/> hears the share of simulated time done (0–1).
    /// </summary>
    public SimulationOutcome Execute(SolutionOrganization installed, Action<double>? progress = null)
    {
        world = SimulatedOrganization.Create(installed, settings, random);
        services = world.Marketers.Concat(world.Reps.Select(r => r.UserId)).ToDictionary(id => id, world.ServiceFor);
        board = new HandOverBoard(world.Reps.Select(r => r.UserId));
        var market = Market.Prospects(settings);
        prospects = market.ToDictionary(p => p.LeadId);
        foreach (var prospect in market)
        {
            At(prospect.ArrivesOn, () => Arrive(prospect));
        }

        for (var day = SimulationSettings.Start.Date; day < settings.End; day = day.AddDays(1))
        {
            var today = day;
            At(today.AddHours(5), NightlyJobs);
            if (today.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                At(today.AddHours(MarketingReviewHour), MarketingReview);
            }

            foreach (var rep in world.Reps)
            {
                At(today.AddHours(rep.DayStartsAtHour).AddMinutes(30), () => Session(rep));
                At(today.AddHours(rep.DayStartsAtHour + 5), () => Session(rep));
            }

        }

        var lastShown = -1;
        while (agenda.TryDequeue(out var action, out var when))
        {
            if (when.At >= settings.End)
            {
                break;
            }

            // The async service runs each system job as it falls due: a waiting workflow at the time it waits for.
            world.Organization.RunAsyncJobsUntil(when.At);
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
        return new SimulationOutcome(tables, requests + world.Organization.Requests.Count, refusals, world.Organization);
    }

    private void At(DateTime when, Action action) => agenda.Enqueue(action, (when, order++));

    // Marketing reviews the leads ready for hand-over once a working day (UTC hour): a lead that became ready in the
    // hour after the review waits more than the agreement's 8 business hours.
    private const int MarketingReviewHour = 9;


    private void Arrive(Prospect prospect)
    {
        var marketer = services[world.Marketers[prospect.Number % world.Marketers.Count]];
        if (!Try("Create lead", () => MarketingDesk.CreateLead(marketer, prospect)))
        {
            return;
        }

        var touches = BehaviourStream.Of(prospect, settings).GetEnumerator();
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
            if (Try("Record interaction", () => MarketingDesk.Record(marketer, touch)))
            {
                Notice(touch.Prospect.LeadId);
            }

            NextTouch(marketer, touches);
        });
    }

    // Dataverse notifies the new owner of a hand-over; here the lead is opened after each touch to learn of it. A lead
    // ready for hand-over goes on marketing's review list instead.
    private void Notice(Guid leadId)
    {
        var lead = SalesDesk.Open(world.Admin, leadId);
        if (MarketingDesk.IsReadyForHandOver(lead) && awaiting.Add(leadId))
        {
            awaitingReview.Add(leadId);
            return;
        }

        if (!SalesDesk.IsHandedOver(lead) || board.IsQueued(leadId))
        {
            return;
        }

        if (!settings.WithSla)
        {
            board.Pool(leadId, lead.GetAttributeValue<int>(LeadSchema.BehaviorScore), OrganizationExport.Label(lead, LeadSchema.Grade));
            return;
        }

        // The solution's hand-over assigned the lead to a rep of the team: it joins that rep's queue.
        var owner = lead.GetAttributeValue<EntityReference>("ownerid").Id;
        if (world.Reps.Any(r => r.UserId == owner))
        {
            board.Queue(leadId, owner);
        }
    }

    // The marketer who owns each ready lead (its creator, or the agreement's marketing owner for a lead back from
    // nurturing) hands it over or keeps nurturing it; a handed-over lead joins its rep's queue.
    private void MarketingReview()
    {
        foreach (var leadId in awaitingReview)
        {
            awaiting.Remove(leadId);
            var lead = SalesDesk.Open(world.Admin, leadId);
            var owner = lead.GetAttributeValue<EntityReference>("ownerid").Id;
            var marketer = services[world.Marketers.Contains(owner) ? owner : world.Marketers[prospects[leadId].Number % world.Marketers.Count]];
            if (MarketingDesk.IsReadyForHandOver(lead) && Try("Review", () => MarketingDesk.Review(marketer, prospects[leadId])))
            {
                Notice(leadId);
            }
        }

        awaitingReview.Clear();
    }

    private void Session(SalesRep rep)
    {
        if (!rep.Works(world.Organization.Clock.UtcNow))
        {
            return;
        }

        if (settings.WithSla)
        {
            foreach (var leadId in board.TakeQueued(rep.UserId, rep.LeadsPerSession))
            {
                WorkIfStillHandedOver(rep, leadId, assign: false);
            }

            return;
        }

        // Without an agreement, marketing's leads get what is left of a rep's time, and only the tempting ones.
        var budget = (int)Math.Round(rep.LeadsPerSession * rep.ShareForMarketingLeads);
        foreach (var leadId in board.TakeFromPool(budget, SalesJudgement.Tempts))
        {
            WorkIfStillHandedOver(rep, leadId, assign: true);
        }
    }

    private void WorkIfStillHandedOver(SalesRep rep, Guid leadId, bool assign)
    {
        var service = services[rep.UserId];
        var lead = SalesDesk.Open(service, leadId);
        if (!SalesDesk.IsHandedOver(lead))
        {
            return;
        }

        // A lead qualified in an earlier round opens read only; the rep reactivates it before judging it, so a later
        // Qualify finds it open.
        if (SalesDesk.IsClosed(lead) && !Try("Reactivate", () => SalesDesk.Reactivate(service, leadId)))
        {
            return;
        }

        if (!assign || Try("Take lead", () => SalesDesk.Assign(service, leadId, rep.UserId)))
        {
            Work(rep, leadId);
        }
    }

    // Once a day the logs of traces and requests are emptied to keep memory flat.
    private void NightlyJobs()
    {
        requests += world.Organization.Requests.Count;
        world.Organization.Requests.Reset();
        world.Organization.Traces.Clear();
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
        if (OpenIfStillAccepted(service, prospect) is null)
        {
            return;
        }

        if (Try("First contact", () => SalesDesk.Contact(service, prospect.LeadId, rep.PrefersPhone)))
        {
            Later(rep, TimeSpan.FromDays(2 + random.Next(0, 12)), () => Qualify(rep, prospect));
        }
    }

    private void Qualify(SalesRep rep, Prospect prospect)
    {
        var service = services[rep.UserId];
        if (OpenIfStillAccepted(service, prospect) is not { } lead)
        {
            return;
        }

        if (!SalesJudgement.Qualifies(prospect, random))
        {
            Try("Return to nurturing", () => SalesDesk.Reject(service, prospect.LeadId, world.Reason(SalesJudgement.ReturnReasonCode(prospect)), null));
            return;
        }

        var opportunity = Guid.Empty;
        if (Try("Qualify", () => opportunity = SalesDesk.Qualify(service, lead)))
        {
            var won = SalesJudgement.Wins(prospect, random);
            Later(rep, TimeSpan.FromDays(10 + random.Next(0, 30)), () => Try(won ? "Win" : "Lose", () => SalesDesk.Close(service, opportunity, won)));
        }
    }

    // A follow-up planned at acceptance is dropped when the lead has moved on since (e.g. returned, then accepted again).
    // The lead as the rep opens it, or null when it no longer stands accepted.
    private static Entity? OpenIfStillAccepted(IOrganizationService service, Prospect prospect)
    {
        var lead = SalesDesk.Open(service, prospect.LeadId);
        return SalesDesk.IsAccepted(lead) ? lead : null;
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
            var key = $"{what}: {Guids.Replace(fault.Detail.Message, "…")}";
            refusals[key] = refusals.GetValueOrDefault(key) + 1;
            return false;
        }
    }
}
