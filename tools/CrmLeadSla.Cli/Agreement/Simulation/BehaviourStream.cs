using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Cli.Agreement.Simulation;

/// <summary>One marketing touch of a prospect: an lsla_interaction row to be.</summary>
/// <param name="Prospect">Who.</param>
/// <param name="Type">What kind of touch.</param>
/// <param name="OccurredOn">When (UTC).</param>
/// <param name="Url">The page, for visits and downloads; null otherwise.</param>
public sealed record Touch(Prospect Prospect, InteractionType Type, DateTime OccurredOn, string? Url);

/// <summary>
/// What a prospect does after arriving with a form submission: bursts of visits, downloads, e-mail clicks and
/// webinars, separated by silences; engaged prospects burst more often and longer.
/// </summary>
public static class BehaviourStream
{
    private static readonly string[] Pages = ["/", "/product", "/blog/lead-scoring", "/customers", "/docs"];

    /// <summary>
    /// The touches of one prospect within the simulated period, oldest first; the first is the arriving form
    /// submission. Each prospect draws from its own seeded source, so its stream does not depend on anything else.
    /// </summary>
    public static IReadOnlyList<Touch> Of(Prospect prospect, SimulationSettings settings)
    {
        var random = new Random(settings.Seed ^ (prospect.Number * 7919));
        var end = settings.End;
        var touches = new List<Touch> { new(prospect, InteractionType.FormSubmission, prospect.ArrivesOn, "/contact") };
        var at = prospect.ArrivesOn;
        var bursts = Poisson(random, 0.4 + (4.5 * prospect.Engagement));
        for (var burst = 0; burst < bursts; burst++)
        {
            // A silence before each burst: days to weeks, shorter for engaged prospects.
            at += TimeSpan.FromHours(Exponential(random, 24 * (3 + (14 * (1 - prospect.Engagement)))));
            var size = 1 + Poisson(random, 1 + (3 * prospect.Engagement));
            for (var i = 0; i < size && at < end; i++)
            {
                touches.Add(TouchAt(prospect, at, random));
                at += TimeSpan.FromMinutes(5 + random.Next(0, 240));
            }
        }

        return touches.Where(t => t.OccurredOn < end).ToList();
    }

    private static Touch TouchAt(Prospect prospect, DateTime at, Random random)
    {
        var roll = random.NextDouble();
        if (roll < 0.35)
        {
            var pricing = random.NextDouble() < 0.15 + (0.5 * prospect.Readiness);
            return new Touch(prospect, InteractionType.WebsiteVisit, at, pricing ? "/pricing" : Pages[random.Next(Pages.Length)]);
        }

        return roll switch
        {
            < 0.5 => new Touch(prospect, InteractionType.EmailOpen, at, null),
            < 0.62 => new Touch(prospect, InteractionType.EmailClick, at, null),
            < 0.74 => new Touch(prospect, InteractionType.Download, at, "/whitepaper/lead-sla.pdf"),
            < 0.82 => new Touch(prospect, InteractionType.WebinarRegistration, at, null),
            < 0.9 => new Touch(prospect, random.NextDouble() < prospect.Engagement ? InteractionType.WebinarAttendance : InteractionType.WebinarRegistration, at, null),
            < 0.97 => new Touch(prospect, InteractionType.FormSubmission, at, "/demo-request"),
            _ => new Touch(prospect, InteractionType.EventAttendance, at, null),
        };
    }

    private static int Poisson(Random random, double mean)
    {
        // Knuth's method: fine for the small means of a behaviour stream.
        var limit = Math.Exp(-mean);
        var product = random.NextDouble();
        var count = 0;
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }

        return count;
    }

    private static double Exponential(Random random, double mean) => -mean * Math.Log(1 - random.NextDouble());
}
