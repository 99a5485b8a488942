using CrmLeadSla.Cli.CsvFiles;
using CrmLeadSla.Cli.Learning.History;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;

namespace CrmLeadSla.Cli.Learning.WhatIf;

/// <summary>What-if scores written out: a CSV for spreadsheets, or a table for people, one lead each with its explanation.</summary>
public static class ScoredLeads
{
    /// <summary>The CSV columns, named after the lead columns the plug-ins write.</summary>
    public static IReadOnlyList<string> CsvColumns { get; } =
        ["leadid", LeadSchema.LeadIndex, LeadSchema.FitScore, LeadSchema.Grade, LeadSchema.BehaviorScore, "mql", "fitexplanation", "behaviourexplanation"];

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

    /// <summary>
    /// Writes a line per lead (its number in the file, index, fit, behaviour, MQL) and beneath it the lead's id and the
    /// two explanation lines: an id (often a GUID) in the table would push every column out of line.
    /// </summary>
    public static void WriteTable(TextWriter output, IEnumerable<(HistoryLead Lead, LeadScore Score)> scored)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(scored);
        output.WriteLine(UserLanguage.Pick(
            $"{"#",6}  {"index",-6} {"fit",5} {"behaviour",9}  MQL",
            $"{"#",6}  {"Index",-6} {"Profil",6} {"Verhalten",9}  MQL"));
        var number = 0;
        foreach (var (lead, score) in scored)
        {
            number++;
            output.WriteLine(UserLanguage.Pick(
                $"{number,6:N0}  {score.Index,-6} {score.Fit.Points,5:N0} {score.Behaviour.Points,9:N0}  {(score.QualifiesAsMql ? "yes" : "no")}",
                $"{number,6:N0}  {score.Index,-6} {score.Fit.Points,6:N0} {score.Behaviour.Points,9:N0}  {(score.QualifiesAsMql ? "ja" : "nein")}"));
            output.WriteLine($"        {UserLanguage.Pick("lead", "Lead")} {lead.LeadId}");
            output.WriteLine($"        {score.Explanation.FitText}");
            output.WriteLine($"        {score.Explanation.BehaviourText}");
        }
    }
}
