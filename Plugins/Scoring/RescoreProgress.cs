using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CrmLeadSla.Plugins.Scoring
{
    /// <summary>
    /// How far a pass over a model's leads has come, kept on the model so the next job resumes where the last one
    /// stopped: the rescoring of one model version (lsla_rescoreprogress, keyed by <c>version</c>) or the daily refresh
    /// of one day (lsla_refreshprogress, keyed by <c>day</c>, yyyyMMdd). Its text is one <c>name: value</c> per line,
    /// readable by an admin: the key, <c>page</c> (the next page), <c>scanned</c>, <c>changed</c>, <c>completed</c> and
    /// the platform's <c>cookie</c> for the next page.
    /// </summary>
    public sealed record RescoreProgress(int Version, int NextPage, string? PagingCookie, int Scanned, int Changed, bool Completed)
    {
        /// <summary>The name of the key line: "version" for a rescoring, "day" for the daily refresh.</summary>
        public string Key { get; init; } = "version";

        /// <summary>A rescan of the version from its first page.</summary>
        public static RescoreProgress Start(int version) => new RescoreProgress(version, 1, null, 0, 0, false);

        /// <summary>
        /// The progress the text holds, or a new start of <paramref name="version"/> when the text is empty,
        /// unreadable or about another version: a newer version restarts the rescan.
        /// </summary>
        public static RescoreProgress For(int version, string? text) =>
            Read(text) is RescoreProgress stored && stored.Version == version ? stored : Start(version);

        /// <summary>The progress the text holds under the key line <paramref name="key"/>; null when the text is empty or unreadable.</summary>
        public static RescoreProgress? Read(string? text, string key = "version")
        {
            var lines = (text ?? string.Empty).Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(line => line.Split(new[] { ':' }, 2))
                .Where(parts => parts.Length == 2)
                .GroupBy(parts => parts[0].Trim())
                .ToDictionary(group => group.Key, group => group.First()[1].Trim(), StringComparer.Ordinal);
            string? Value(string name) => lines.TryGetValue(name, out var value) ? value : null;
            if (!Number(Value(key), out var stored)
                || !Number(Value("page"), out var page) || page < 1
                || !Number(Value("scanned"), out var scanned)
                || !Number(Value("changed"), out var changed))
            {
                return null;
            }

            var cookie = Value("cookie");
            return new RescoreProgress(stored, page, string.IsNullOrEmpty(cookie) ? null : cookie, scanned, changed, Value("completed") == "yes") { Key = key };
        }

        /// <summary>The progress after one more page.</summary>
        public RescoreProgress After(int scanned, int changed, bool moreRecords, string? pagingCookie) =>
            this with { NextPage = NextPage + 1, PagingCookie = pagingCookie, Scanned = Scanned + scanned, Changed = Changed + changed, Completed = !moreRecords };

        /// <summary>The text kept on the model.</summary>
        public string Write()
        {
            var text = new StringBuilder()
                .Append(Key).Append(": ").Append(Version.ToString(CultureInfo.InvariantCulture)).Append('\n')
                .Append("page: ").Append(NextPage.ToString(CultureInfo.InvariantCulture)).Append('\n')
                .Append("scanned: ").Append(Scanned.ToString(CultureInfo.InvariantCulture)).Append('\n')
                .Append("changed: ").Append(Changed.ToString(CultureInfo.InvariantCulture)).Append('\n')
                .Append("completed: ").Append(Completed ? "yes" : "no");
            // Dataverse's paging cookie is one line of XML; it comes last so nothing after it can be mistaken for it.
            if (!Completed && PagingCookie != null)
            {
                text.Append('\n').Append("cookie: ").Append(PagingCookie);
            }

            return text.ToString();
        }

        private static bool Number(string? text, out int number) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }
}
