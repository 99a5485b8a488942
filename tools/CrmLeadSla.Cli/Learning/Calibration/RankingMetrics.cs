namespace CrmLeadSla.Cli.Learning.Calibration;

/// <summary>How well a score ranks leads that convert above those that do not.</summary>
internal static class RankingMetrics
{
    /// <summary>
    /// The area under the ROC curve: the chance that a converting lead scores above a non-converting one, ties
    /// counting half (Mann–Whitney). 0.5 is guessing, 1 a perfect ranking.
    /// </summary>
    public static double Auc(IReadOnlyList<double> scores, IReadOnlyList<bool> converted)
    {
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        double rankSum = 0;
        var positives = 0;
        var index = 0;
        while (index < order.Length)
        {
            var end = index;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[index]])
            {
                end++;
            }

            var averageRank = ((index + 1) + (end + 1)) / 2.0;
            for (var k = index; k <= end; k++)
            {
                if (converted[order[k]])
                {
                    rankSum += averageRank;
                    positives++;
                }
            }

            index = end + 1;
        }

        var negatives = scores.Count - positives;
        return positives == 0 || negatives == 0 ? double.NaN : (rankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }

    /// <summary>
    /// Conversion of each tenth of the leads, best scores first, divided by the overall conversion: 3.0 means the
    /// decile converts three times as often as the average lead. Ties are broken by the leads' order.
    /// </summary>
    public static IReadOnlyList<double> LiftPerDecile(IReadOnlyList<double> scores, IReadOnlyList<bool> converted)
    {
        var overall = converted.Count(c => c) / (double)converted.Count;
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();
        return Enumerable.Range(0, 10).Select(decile =>
        {
            var from = order.Length * decile / 10;
            var to = order.Length * (decile + 1) / 10;
            var count = to - from;
            return count == 0 || overall == 0 ? 0 : order[from..to].Count(i => converted[i]) / (double)count / overall;
        }).ToArray();
    }
}
