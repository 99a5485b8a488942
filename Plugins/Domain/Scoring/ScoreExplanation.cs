using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>
    /// The text of lsla_scoreexplanation (a memo of at most <see cref="MaxLength"/> characters): a line
    /// that says why the lead has its fit points and grade, a line for its behaviour points, then the
    /// behaviour state that the next interaction continues from:
    /// <code>
    /// Fit 65 → A: Head of development +40; Company size 200–1000 +25
    /// Behaviour 50: Webinar attendance 30.0; Pricing page 20.0
    /// lsla-behaviour 1 2026-03-02T12:00:00.0000000Z
    /// 3f2a…  30
    /// </code>
    /// The lead step rewrites the fit line, the interaction step the behaviour line and the state; each
    /// keeps what the other wrote.
    /// </summary>
    public sealed record ScoreExplanation(string FitText, string BehaviourText, BehaviourState State)
    {
        /// <summary>The length of the memo column.</summary>
        public const int MaxLength = 4000;

        // The readable lines always keep this much room, so sales sees something even with many rules.
        private const int ReadableReserve = 400;

        private const string FitPrefix = "Fit ";
        private const string BehaviourPrefix = "Behaviour ";
        private const string Ellipsis = "…";

        /// <summary>An explanation with nothing scored yet.</summary>
        public static ScoreExplanation None { get; } = new ScoreExplanation(string.Empty, string.Empty, BehaviourState.Empty);

        /// <summary>
        /// Reads the memo: the fit line, the behaviour line and the state. Lines it does not recognise are
        /// read as a state, which then reports itself unreadable (<see cref="BehaviourState.Note"/>).
        /// </summary>
        public static ScoreExplanation Read(string? memo)
        {
            var lines = (memo ?? string.Empty).Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries);
            var stateStart = Array.FindIndex(lines, line => line.StartsWith(BehaviourState.Marker + " ", StringComparison.Ordinal));
            var readable = stateStart < 0 ? lines : lines.Take(stateStart).ToArray();
            var stateLines = stateStart < 0
                ? readable.Where(line => !IsFitLine(line) && !IsBehaviourLine(line)).ToArray()
                : lines.Skip(stateStart).ToArray();
            return new ScoreExplanation(
                readable.FirstOrDefault(IsFitLine) ?? string.Empty,
                readable.FirstOrDefault(IsBehaviourLine) ?? string.Empty,
                BehaviourState.Read(string.Join("\n", stateLines)));
        }

        /// <summary>The fit line, e.g. "Fit 65 → A: Head of development +40; Company size 200–1000 +25".</summary>
        public static string Describe(FitScore fit)
        {
            var line = new StringBuilder(FitPrefix, 32 + (24 * fit.Contributions.Count))
                .Append(Signed(fit.Points, "0")).Append(" → ").Append(fit.Grade).Append(": ");
            if (fit.Contributions.Count == 0)
            {
                return line.Append("no rule matched").ToString();
            }

            for (var index = 0; index < fit.Contributions.Count; index++)
            {
                var contribution = fit.Contributions[index];
                if (index > 0)
                {
                    line.Append("; ");
                }

                line.Append(OneLine(contribution.Rule)).Append(' ').Append(Signed(contribution.Points, "+0;-0;0"));
            }

            return line.ToString();
        }

        /// <summary>The behaviour line, e.g. "Behaviour 50: Webinar attendance 30.0; Pricing page 20.0".</summary>
        public static string Describe(BehaviourScore behaviour) =>
            $"{BehaviourPrefix}{Signed(behaviour.Points, "0")}: " +
            (behaviour.Contributions.Count == 0
                ? "no interaction counts"
                : string.Join("; ", behaviour.Contributions.Select(contribution =>
                    $"{OneLine(contribution.Rule)} {contribution.Points.ToString("0.0", CultureInfo.InvariantCulture)}")));

        /// <summary>
        /// The memo text, at most <see cref="MaxLength"/> characters. The state comes first in the budget
        /// (it is what the next event continues from); the readable lines are shortened to what is left, each
        /// ending in "…" when cut.
        /// </summary>
        public string Write()
        {
            var state = State.ToText(MaxLength - ReadableReserve);
            var budget = MaxLength - (state.Length == 0 ? 0 : state.Length + 1);
            var lines = new List<string>();
            if (FitText.Length + 1 + BehaviourText.Length > budget)
            {
                var behaviourShare = Math.Min(BehaviourText.Length, budget / 2);
                lines.Add(Shortened(FitText, budget - 1 - behaviourShare));
                lines.Add(Shortened(BehaviourText, behaviourShare));
            }
            else
            {
                lines.Add(FitText);
                lines.Add(BehaviourText);
            }

            lines.Add(state);
            return string.Join("\n", lines.Where(line => line.Length > 0));
        }

        private static bool IsFitLine(string line) => line.StartsWith(FitPrefix, StringComparison.Ordinal);

        private static bool IsBehaviourLine(string line) => line.StartsWith(BehaviourPrefix, StringComparison.Ordinal);

        private static string Shortened(string text, int length) =>
            text.Length <= length ? text : text.Substring(0, Math.Max(0, length - Ellipsis.Length)) + Ellipsis;

        // A rule name with a line break would split the explanation's lines.
        private static string OneLine(string name) => name.Replace("\r", " ").Replace("\n", " ");

        private static string Signed(int points, string format) => points.ToString(format, CultureInfo.InvariantCulture);
    }
}
