using System;
using System.Globalization;

namespace CrmLeadSla.Plugins.Scoring
{
    /// <summary>
    /// Which pass the daily refresh of behaviour points runs, from the progress kept in the model's lsla_refreshprogress:
    /// an unfinished pass goes on where it stopped, whatever day it started (so a large organization is covered however
    /// many runs it takes); a pass finished today leaves nothing to do; otherwise a new pass of today starts at the first page.
    /// </summary>
    public static class RefreshPass
    {
        /// <summary>The key line of the refresh's progress: the day of the pass (UTC), as yyyyMMdd.</summary>
        public const string Key = "day";

        /// <summary>The pass to run at <paramref name="nowUtc"/>; null when today's pass is complete.</summary>
        public static RescoreProgress? Next(string? storedProgress, DateTime nowUtc)
        {
            var today = int.Parse(nowUtc.ToString("yyyyMMdd", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            var stored = RescoreProgress.Read(storedProgress, Key);
            if (stored != null && !stored.Completed)
            {
                return stored;
            }

            return stored != null && stored.Version == today ? null : RescoreProgress.Start(today) with { Key = Key };
        }
    }
}
