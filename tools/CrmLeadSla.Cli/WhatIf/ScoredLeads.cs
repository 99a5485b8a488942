using CrmLeadSla.Cli.CsvFiles;
using CrmLeadSla.Cli.History;
using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Cli.WhatIf;

/// <summary>What-if scores written out: a CSV for spreadsheets, or a table for people, one lead each with its explanation.</summary>
public static class ScoredLeads
{
    /// <summary>The CSV columns, named after the lead columns the plug-ins write.</summary>
    public static IReadOnlyList<string> CsvColumns { get; } =
        ["leadid", "lsla_leadindex", "lsla_fitscore", "lsla_grade", "lsla_behaviorscore", "mql", "fitexplanation", "behaviourexplanation"];

    /// <summary>Writes one row per lead.</summary>
    public static void WriteCsv(CsvSheetWriter sheet, IEnumerable<(HistoryLead Lead, LeadScore Score)> scored)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(scored);
        sheet.Header(CsvColumns);
        foreach (var (lead, score) in scored)
        {
            sheet.Row(
            [
                CsvCell.Text(lead.LeadId),
                CsvCell.Text(score.Index.ToString()),
                CsvCell.Number(score.Fit.Points),
                CsvCell.Text(score.Fit.Grade.ToString()),
                CsvCell.Number(score.Behaviour.Points),
                CsvCell.Text(score.QualifiesAsMql ? "true" : "false"),
                CsvCell.Text(score.Explanation.FitText),
                CsvCell.Text(score.Explanation.BehaviourText),
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
}
