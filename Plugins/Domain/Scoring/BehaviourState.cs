using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>
    /// What behaviour scoring remembers of a lead instead of its interaction history: each behaviour
    /// rule's decayed total and the moment those totals were brought up to date. It is kept as text in
    /// the lead's behaviour state, one header line and one line per rule:
    /// <c>lsla-behaviour 1 2026-03-02T12:00:00.0000000Z</c>, then <c>&lt;rule id&gt; &lt;points&gt;</c>.
    /// </summary>
    public sealed class BehaviourState
    {
        /// <summary>The first word of the state's text, by which it is found in the explanation.</summary>
        public const string Marker = "lsla-behaviour";

        private const string FormatVersion = "1";

        // Totals closer to zero than this are dropped: a millionth of a point never shows in a rounded score.
        private const double Negligible = 1e-6;

        private readonly Dictionary<Guid, double> totals;

        private BehaviourState(DateTime? asOf, Dictionary<Guid, double> totals, string? note)
        {
            AsOf = asOf;
            this.totals = totals;
            Note = note;
        }

        /// <summary>A lead without behaviour points.</summary>
        public static BehaviourState Empty { get; } = new BehaviourState(null, new Dictionary<Guid, double>(), null);

        /// <summary>When the totals were last brought up to date; null before the first interaction.</summary>
        public DateTime? AsOf { get; }

        /// <summary>The decayed total of each rule that holds points, as of <see cref="AsOf"/>.</summary>
        public IReadOnlyDictionary<Guid, double> Totals => totals;

        /// <summary>Why a stored state was dropped and scoring started afresh; null when it was read.</summary>
        public string? Note { get; }

        /// <summary>
        /// Reads a state from its text. Empty text is a new lead; text that cannot be read gives an empty
        /// state with a <see cref="Note"/> saying so, since a damaged memo must not stop the lead from being saved.
        /// </summary>
        public static BehaviourState Read(string? text)
        {
            var lines = (text ?? string.Empty)
                .Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(line => line.Trim())
                .Where(line => line.Length > 0)
                .ToArray();
            if (lines.Length == 0)
            {
                return Empty;
            }

            var header = lines[0].Split(' ');
            if (header.Length != 3 || header[0] != Marker || header[1] != FormatVersion
                || !DateTime.TryParse(header[2], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var asOf))
            {
                return Unreadable($"the first line '{lines[0]}' is not '{Marker} {FormatVersion} <time>'");
            }

            var read = new Dictionary<Guid, double>();
            foreach (var line in lines.Skip(1))
            {
                var parts = line.Split(' ');
                if (parts.Length != 2
                    || !Guid.TryParseExact(parts[0], "N", out var rule)
                    || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var total)
                    || double.IsNaN(total) || double.IsInfinity(total)
                    || read.ContainsKey(rule))
                {
                    return Unreadable($"the line '{line}' is not '<rule id> <points>'");
                }

                read.Add(rule, total);
            }

            return new BehaviourState(asOf, read, null);
        }

        /// <summary>The total of one rule as of <see cref="AsOf"/>; 0 when it holds none.</summary>
        public double TotalOf(Guid rule) => totals.TryGetValue(rule, out var total) ? total : 0;

        /// <summary>
        /// The state as text of at most <paramref name="maxLength"/> characters; should the rules not fit,
        /// the totals closest to zero are left out first.
        /// </summary>
        public string ToText(int maxLength = int.MaxValue)
        {
            if (AsOf is not DateTime asOf)
            {
                return string.Empty;
            }

            var header = $"{Marker} {FormatVersion} {asOf.ToString("o", CultureInfo.InvariantCulture)}";
            var lines = totals
                .OrderByDescending(entry => Math.Abs(entry.Value))
                .Select(entry => entry.Key.ToString("N") + " " + entry.Value.ToString("R", CultureInfo.InvariantCulture));
            var text = new StringBuilder(header);
            foreach (var line in lines)
            {
                if (text.Length + 1 + line.Length > maxLength)
                {
                    break;
                }

                text.Append('\n').Append(line);
            }

            return text.ToString();
        }

        /// <summary>A state as of <paramref name="asOf"/> with the given totals, leaving out the negligible ones.</summary>
        internal static BehaviourState Of(DateTime asOf, IEnumerable<KeyValuePair<Guid, double>> totals) =>
            new BehaviourState(
                asOf,
                totals.Where(entry => Math.Abs(entry.Value) >= Negligible).ToDictionary(entry => entry.Key, entry => entry.Value),
                null);

        private static BehaviourState Unreadable(string reason) =>
            new BehaviourState(
                null,
                new Dictionary<Guid, double>(),
                $"The stored behaviour state could not be read ({reason}); behaviour points start again from zero until the lead is rescored.");
    }
}
