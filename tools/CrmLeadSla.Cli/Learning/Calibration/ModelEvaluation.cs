using CrmLeadSla.Cli.Learning.History;
using CrmLeadSla.Cli.Learning.WhatIf;
using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Cli.Learning.Calibration;

/// <summary>
/// How a model does on a set of leads: the ranking of its total points (fit + behaviour, as the lead index reads
/// them together), conversion per grade and what its MQL criterion would have handed over.
/// </summary>
/// <param name="Auc">Area under the ROC curve of fit + behaviour points over the decided leads.</param>
/// <param name="LiftPerDecile">Conversion per tenth of the decided leads, best first, relative to the average.</param>
/// <param name="Grades">Leads and conversion per grade, A to D.</param>
/// <param name="Mql">What the MQL criterion selects.</param>
public sealed record ModelEvaluation(double Auc, IReadOnlyList<double> LiftPerDecile, IReadOnlyList<GradeConversion> Grades, MqlSelection Mql)
{
    /// <summary>Scores every lead with the model (the plug-ins' domain code) and measures the result.</summary>
    public static ModelEvaluation Of(ScoringModel model, IReadOnlyList<HistoryLead> leads, double leadsPerMonth)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(leads);
        var scores = leads.Select(lead => WhatIfScoring.Score(model, lead)).ToArray();
        var decided = Enumerable.Range(0, leads.Count).Where(i => leads[i].Decided).ToArray();
        var totals = decided.Select(i => (double)scores[i].Fit.Points + scores[i].Behaviour.Points).ToArray();
        var converted = decided.Select(i => leads[i].Converted).ToArray();
        var grades = Enum.GetValues<Grade>().Select(grade => new GradeConversion(
            grade,
            scores.Count(score => score.Fit.Grade == grade),
            decided.Count(i => scores[i].Fit.Grade == grade),
            decided.Count(i => scores[i].Fit.Grade == grade && leads[i].Converted))).ToArray();
        var mql = new MqlSelection(
            leads.Count,
            scores.Count(score => score.QualifiesAsMql),
            decided.Count(i => scores[i].QualifiesAsMql),
            decided.Count(i => scores[i].QualifiesAsMql && leads[i].Converted),
            converted.Count(c => c),
            leads.Count == 0 ? 0 : scores.Count(score => score.QualifiesAsMql) / (double)leads.Count * leadsPerMonth);
        return new ModelEvaluation(RankingMetrics.Auc(totals, converted), RankingMetrics.LiftPerDecile(totals, converted), grades, mql);
    }
}

/// <summary>Leads of one grade and how many of them converted.</summary>
/// <param name="Grade">The grade.</param>
/// <param name="Leads">Leads with the grade, decided or not.</param>
/// <param name="Decided">Of those, leads with a known outcome.</param>
/// <param name="Converted">Of those, leads that reached SQL.</param>
public sealed record GradeConversion(Grade Grade, int Leads, int Decided, int Converted)
{
    /// <summary>Converted / decided; NaN without decided leads.</summary>
    public double Rate => Decided == 0 ? double.NaN : Converted / (double)Decided;
}

/// <summary>What an MQL criterion hands over.</summary>
/// <param name="Leads">Leads scored.</param>
/// <param name="Mqls">Of those, leads that qualify.</param>
/// <param name="DecidedMqls">Qualifying leads with a known outcome.</param>
/// <param name="ConvertedMqls">Qualifying leads that reached SQL.</param>
/// <param name="Converted">Decided leads that reached SQL, qualifying or not.</param>
/// <param name="PerMonth">Expected MQLs a month at the history's rate of new leads.</param>
public sealed record MqlSelection(int Leads, int Mqls, int DecidedMqls, int ConvertedMqls, int Converted, double PerMonth)
{
    /// <summary>Share of decided MQLs that reached SQL.</summary>
    public double Precision => DecidedMqls == 0 ? double.NaN : ConvertedMqls / (double)DecidedMqls;

    /// <summary>Share of the leads that reached SQL that the criterion caught.</summary>
    public double Recall => Converted == 0 ? double.NaN : ConvertedMqls / (double)Converted;
}
