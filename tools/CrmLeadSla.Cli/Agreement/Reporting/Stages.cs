using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Cli.Agreement.Reporting;

/// <summary>
/// The funnel's stages by the names the export gives them (their English labels, from the solution's wording), in
/// funnel order, and the lists the report draws from the funnel's table of allowed moves.
/// </summary>
internal static class Stages
{
    /// <summary>"Inquiry".</summary>
    public static readonly string Inquiry = NameOf(FunnelStage.Inquiry);

    /// <summary>"MQL": the stage a hand-over reaches.</summary>
    public static readonly string Mql = NameOf(FunnelStage.Mql);

    /// <summary>"SAL".</summary>
    public static readonly string Sal = NameOf(FunnelStage.Sal);

    /// <summary>"SQL".</summary>
    public static readonly string Sql = NameOf(FunnelStage.Sql);

    /// <summary>"Won".</summary>
    public static readonly string Won = NameOf(FunnelStage.Won);

    /// <summary>Every stage in funnel order, the way forward first.</summary>
    public static readonly string[] All = [.. Enum.GetValues<FunnelStage>().Select(NameOf)];

    /// <summary>The way forward, Inquiry to Won: each stage converts into the next.</summary>
    public static readonly string[] Forward = [.. Enum.GetValues<FunnelStage>().Where(stage => stage <= FunnelStage.Won).Select(NameOf)];

    /// <summary>Stages off the way forward: nurtured, disqualified or excluded.</summary>
    public static readonly string[] Aside = [.. All.Except(Forward)];

    /// <summary>Stages sales reaches by working a handed-over lead: the moves sales may make from MQL (accept, reject).</summary>
    public static readonly string[] Worked = [.. FunnelMoves.All
        .Where(move => move.From == FunnelStage.Mql && move.Actor == FunnelActor.Sales)
        .Select(move => NameOf(move.To))
        .Distinct()];

    /// <summary>
    /// The stages a move into MQL hands a lead over from (the funnel's table of moves, <see cref="FunnelMoves.HandOverSources"/>):
    /// a row from MQL to MQL (a correction, a reassignment) is no hand-over.
    /// </summary>
    public static readonly string[] HandedOverFrom = [.. FunnelMoves.HandOverSources.Select(NameOf)];

    /// <summary>Whether a history row is a hand-over to sales, as marketing's monthly figures count it.</summary>
    public static bool IsHandOver(TransitionRow row) => row.ToStage == Mql && HandedOverFrom.Contains(row.FromStage, StringComparer.Ordinal);

    /// <summary>The stage's name in the export.</summary>
    public static string NameOf(FunnelStage stage) => FunnelWording.NameOf(stage).In(Language.English);
}
