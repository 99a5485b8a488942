using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>
    /// What a person reads of a lead's score, in its score explanation (a memo of at most <see cref="MaxLength"/>
    /// characters): a line that says why the lead has its fit points and grade, and a line for its behaviour points:
    /// <code>
    /// Fit 65 → A: Head of development +40; Company size 200–1000 +25
    /// Behaviour 50: Webinar attendance 30.0; Pricing page 20.0
    /// </code>
    /// The fixed words are in the scoring model's language (German: "Eignung 65 → A: …", "Verhalten 50: Webinar 30,0");
    /// rule names are the admin's own and stay as written. The behaviour state that the next interaction continues from
    /// is kept apart, in the lead's behaviour state (<see cref="WriteState"/>), which no form shows. The lead step rewrites the
    /// fit line, the interaction step the behaviour line and the state; each keeps what the other wrote.
    /// </summary>
    public sealed record ScoreExplanation(string FitText, string BehaviourText, BehaviourState State)
    {
        /// <summary>The length of the explanation memo.</summary>
        public const int MaxLength = 4000;

        /// <summary>The length of the behaviour state's column: about 190 rules' totals.</summary>
        public const int StateMaxLength = 10000;

        private const string Ellipsis = "…";

        /// <summary>An explanation with nothing scored yet.</summary>
        public static ScoreExplanation None { get; } = new ScoreExplanation(string.Empty, string.Empty, BehaviourState.Empty);

        /// <summary>
        /// Reads the memo's fit and behaviour lines and the state column. A lead scored before the state had a column
        /// of its own carries the state in the memo, after the readable lines: with the state column empty it is read
        /// from there, and the next score writes it where it belongs. Without a state column, memo lines that are
        /// neither fit nor behaviour lines are read as such a state, which then reports itself unreadable
        /// (<see cref="BehaviourState.Note"/>).
        /// </summary>
        public static ScoreExplanation Read(string? memo, string? state)
        {
            var lines = (memo ?? string.Empty).Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries);
            var stateStart = Array.FindIndex(lines, line => line.StartsWith(BehaviourState.Marker + " ", StringComparison.Ordinal));
            var readable = stateStart < 0 ? lines : lines.Take(stateStart).ToArray();
            return new ScoreExplanation(
                readable.FirstOrDefault(IsFitLine) ?? string.Empty,
                readable.FirstOrDefault(IsBehaviourLine) ?? string.Empty,
                BehaviourState.Read(string.IsNullOrWhiteSpace(state) ? LegacyState(lines, stateStart) : state));
        }

        /// <summary>The fit line in the language, e.g. "Fit 65 → A: Head of development +40; Company size 200–1000 +25".</summary>
        public static string Describe(FitScore fit, Language language)
        {
            if (language == null)
            {
                throw new ArgumentNullException(nameof(language));
            }

            var line = new StringBuilder(language.TemplateOf(TextKey.ExplanationFit), 32 + (24 * fit.Contributions.Count))
                .Append(' ').Append(Signed(fit.Points, "0")).Append(" → ").Append(fit.Grade).Append(": ");
            if (fit.Contributions.Count == 0)
            {
                return line.Append(language.TemplateOf(TextKey.ExplanationNoRuleMatched)).ToString();
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

        /// <summary>The behaviour line in the language, e.g. "Behaviour 50: Webinar attendance 30.0; Pricing page 20.0".</summary>
        public static string Describe(BehaviourScore behaviour, Language language)
        {
            if (language == null)
            {
                throw new ArgumentNullException(nameof(language));
            }

            return language.TemplateOf(TextKey.ExplanationBehaviour) + " " + Signed(behaviour.Points, "0") + ": " +
                (behaviour.Contributions.Count == 0
                    ? language.TemplateOf(TextKey.ExplanationNoInteractionCounts)
                    : string.Join("; ", behaviour.Contributions.Select(contribution =>
                        OneLine(contribution.Rule) + " " + contribution.Points.ToString("0.0", language.Format))));
        }

        /// <summary>
        /// The memo text: the readable lines, at most <see cref="MaxLength"/> characters. When both do not fit, the
        /// behaviour line gets up to half the room and the fit line the rest, each ending in "…" when cut.
        /// </summary>
        public string Write()
        {
            if (FitText.Length + 1 + BehaviourText.Length <= MaxLength)
            {
                return string.Join("\n", new[] { FitText, BehaviourText }.Where(line => line.Length > 0));
            }

            var behaviourShare = Math.Min(BehaviourText.Length, MaxLength / 2);
            return Shortened(FitText, MaxLength - 1 - behaviourShare) + "\n" + Shortened(BehaviourText, behaviourShare);
        }

        /// <summary>
        /// The behaviour state's text, at most <see cref="StateMaxLength"/> characters (should the rules
        /// not fit, the totals closest to zero are left out); empty before the first interaction.
        /// </summary>
        public string WriteState() => State.ToText(StateMaxLength);

        // The state as the memo held it before it had a column of its own: the lines from its header on, or, without a
        // header, whatever lines are not readable ones.
        private static string LegacyState(string[] lines, int stateStart) =>
            string.Join("\n", stateStart < 0 ? lines.Where(line => !IsFitLine(line) && !IsBehaviourLine(line)) : lines.Skip(stateStart));

        // A line written in any language the solution speaks: the model's language may have changed since.
        private static bool IsFitLine(string line) => StartsWithWordOf(line, TextKey.ExplanationFit);

        private static bool IsBehaviourLine(string line) => StartsWithWordOf(line, TextKey.ExplanationBehaviour);

        private static bool StartsWithWordOf(string line, TextKey key) =>
            Language.All.Any(language => line.StartsWith(language.TemplateOf(key) + " ", StringComparison.Ordinal));

        private static string Shortened(string text, int length) =>
            text.Length <= length ? text : text.Substring(0, Math.Max(0, length - Ellipsis.Length)) + Ellipsis;

        // A rule name with a line break would split the explanation's lines.
        private static string OneLine(string name) => name.Replace("\r", " ").Replace("\n", " ");

        private static string Signed(int points, string format) => points.ToString(format, CultureInfo.InvariantCulture);
    }
}
