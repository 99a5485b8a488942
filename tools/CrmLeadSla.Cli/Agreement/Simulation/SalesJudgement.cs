namespace CrmLeadSla.Cli.Agreement.Simulation;

/// <summary>A rep's verdict on a handed-over lead: accept, or reject with an agreed reason (and a comment where the reason asks for one).</summary>
/// <param name="Accepted">True to accept.</param>
/// <param name="ReasonCode">The agreed reason's code when rejected.</param>
/// <param name="Comment">The comment when the reason asks for one.</param>
public sealed record Verdict(bool Accepted, string? ReasonCode, string? Comment);

/// <summary>
/// How sales judges and works leads in the simulated market: what a rep sees of a lead (its BANT answers,
/// role, e-mail) decides the verdict and the reason; the prospect's hidden readiness decides qualification and
/// the opportunity's outcome.
/// </summary>
public static class SalesJudgement
{
    /// <summary>The verdict of a rep on a prospect's lead.</summary>
    public static Verdict Judge(SalesRep rep, Prospect prospect, Random random)
    {
        if (Market.CompetitorDomains.Any(d => prospect.Email.EndsWith("@" + d, StringComparison.Ordinal)))
        {
            return new Verdict(false, "COMPETITOR", null);
        }

        var looksReady = prospect.Readiness + ((random.NextDouble() - 0.5) * 0.3);
        if (looksReady >= rep.Strictness)
        {
            return new Verdict(true, null, null);
        }

        return prospect.Readiness < 0.12 ? new Verdict(false, "NO_FIT", $"{prospect.Company} has no use for a build pipeline.")
            : prospect.BudgetStatus == 0 ? new Verdict(false, "NO_BUDGET", null)
            : prospect.PurchaseTimeframe >= 3 ? new Verdict(false, "NO_NEED_NOW", null)
            : !prospect.DecisionMaker ? new Verdict(false, "WRONG_CONTACT", $"{prospect.FullName} does not decide; ask for the head of development at {prospect.Company}.")
            : new Verdict(false, "NOT_REACHABLE", null);
    }

    /// <summary>Whether an accepted lead turns out qualified after the first conversations.</summary>
    public static bool Qualifies(Prospect prospect, Random random) => prospect.Readiness + ((random.NextDouble() - 0.5) * 0.4) > 0.5;

    /// <summary>Whether the opportunity of a qualified lead is won.</summary>
    public static bool Wins(Prospect prospect, Random random) => random.NextDouble() < 0.25 + (0.5 * prospect.Readiness);

    /// <summary>The reason sales gives when an accepted lead proves not ready: no budget, or no need at the moment.</summary>
    public static string ReturnReasonCode(Prospect prospect) => prospect.BudgetStatus <= 1 ? "NO_BUDGET" : "NO_NEED_NOW";

    /// <summary>Without an SLA, reps pick from the pool by their own taste: the leads that look best to them.</summary>
    public static bool Tempts(string grade, int behaviourPoints) => (grade == "A" && behaviourPoints >= 60) || (grade == "B" && behaviourPoints >= 90);
}
