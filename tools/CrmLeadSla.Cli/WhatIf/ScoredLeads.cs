using System.Globalization;
using CrmLeadSla.Cli.History;
using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Cli.WhatIf;

/// <summary>What-if scores written out: a CSV for spreadsheets, or a table for people, one lead each with its explanation.</summary>
public static class ScoredLeads
{
    /// <summary>The CSV columns, named after the lead columns the plug-ins write.</summary>
    public static IReadOnlyList<string> CsvColumns { get; } =
        ["leadid", "lsla_leadindex", "lsla_fitscore", "lsla_grade", "lsla_behaviorscore", "mql", "fitexplanation", "behaviourexplanation"];

    /// <summary>Writes one RFC 4180 row per lead.</summary>
    public static void WriteCsv(TextWriter output, IEnumerable<(HistoryLead Lead, LeadScore Score)> scored)
    {
        ArgumentNullException.ThrowIfNull(scored);
        CsvWriting.WriteRecord(output, CsvColumns);
        foreach (var (lead, score) in scored)
        {
            CsvWriting.WriteRecord(output,
            [
                lead.LeadId,
                score.Index.ToString(),
                Invariant(score.Fit.Points),
                score.Fit.Grade.ToString(),
                Invariant(score.Behaviour.Points),
                score.QualifiesAsMql ? "true" : "false",
                score.Explanation.FitText,
                score.Explanation.BehaviourText,
            ]);
        }
    }

    /// <summary>Writes a line per lead (id, index, fit, behaviour, MQL) and its two explanation lines beneath.</summary>
    public static void WriteTable(TextWriter output, IEnumerable<(HistoryLead Lead, LeadScore Score)> scored)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(scored);
        output.WriteLine($"{"lead",-16} {"index",-8} {"fit",5} {"behaviour",9}  MQL");
        foreach (var (lead, score) in scored)
        {
            output.WriteLine($"{lead.LeadId,-16} {score.Index,-8} {score.Fit.Points,5} {score.Behaviour.Points,9}  {(score.QualifiesAsMql ? "yes" : "no")}");
            output.WriteLine($"    {score.Explanation.FitText}");
            output.WriteLine($"    {score.Explanation.BehaviourText}");
        }
    }

    private static string Invariant(int number) => number.ToString(CultureInfo.InvariantCulture);
}
