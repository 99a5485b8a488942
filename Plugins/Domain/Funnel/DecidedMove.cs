using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CrmLeadSla.Plugins.Domain.Sla;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>
    /// Everything a save's stage move leaves to be written once the lead is saved, decided before the save: the
    /// history rows, the new owner of a hand-over and the clocks the move closes and opens. Carried from the
    /// pre-operation half of the move to the post-operation half as text (<see cref="Write"/>, <see cref="Read"/>),
    /// because the platform hands only simple values from one step to the next.
    /// </summary>
    public sealed record DecidedMove
    {
        /// <summary>A new lead's first stage, for its entry row in the history; null on an update.</summary>
        public FunnelStage? Entry { get; init; }

        /// <summary>The move the save makes; null when it makes none (a new lead that stays where it entered).</summary>
        public StageChange? Change { get; init; }

        /// <summary>What the move means.</summary>
        public MoveKind? Kind { get; init; }

        /// <summary>
        /// Whether the system makes the move (scoring's hand-over, an exclusion, a reactivation, an opportunity's outcome)
        /// rather than the user whose save asked for it: the history then names the system as the mover and that user as
        /// the one who triggered it. The entry of a new lead is always its creator's.
        /// </summary>
        public bool BySystem { get; init; }

        /// <summary>The lead index after the save, for the history rows.</summary>
        public string? LeadIndex { get; init; }

        /// <summary>The rejection reason of a rejection or return, for its history row.</summary>
        public Guid? ReasonId { get; init; }

        /// <summary>The comment of a rejection or return, for its history row.</summary>
        public string? Comment { get; init; }

        /// <summary>The stage of a lead the save does not move, for a correction's history row; null otherwise.</summary>
        public FunnelStage? Stage { get; init; }

        /// <summary>An administrator's change of the lead's measured columns (each with its old and new value), for its history row.</summary>
        public string? Correction { get; init; }

        /// <summary>
        /// A reassignment of the lead while clocks are open, for its history row: who had it, who has it, which clocks were
        /// open and which of them were already breached; null otherwise.
        /// </summary>
        public string? Reassignment { get; init; }

        /// <summary>
        /// A pause or resume of sales' clocks because the lead waits on the customer (or no longer does), for its history
        /// row: "Paused" or "Resumed" and the clocks with their due times; null otherwise.
        /// </summary>
        public CustomerWaitNote? Wait { get; init; }

        /// <summary>The clocks a pause or resume holds or lets run on.</summary>
        public IReadOnlyList<HeldClock> HeldClocks { get; init; } = new HeldClock[0];

        /// <summary>The sales user a hand-over assigns the lead to; null when the lead keeps its owner.</summary>
        public Guid? NewOwnerId { get; init; }

        /// <summary>Who owns the rows the move writes (history, clocks): the lead's owner after the move.</summary>
        public RowOwner? RowOwner { get; init; }

        /// <summary>The team turn a hand-over takes, kept on the agreement for the next one; null when no team takes turns.</summary>
        public TeamTurn? Turn { get; init; }

        /// <summary>The agreement the clocks run under; null when the move changes no clock.</summary>
        public Guid? AgreementId { get; init; }

        /// <summary>The agreement's name, which names the clocks opened under it.</summary>
        public string? AgreementName { get; init; }

        /// <summary>The clocks the move closes.</summary>
        public IReadOnlyList<ClosedClock> ClosedClocks { get; init; } = new ClosedClock[0];

        /// <summary>The clocks the move opens.</summary>
        public IReadOnlyList<OpenedClock> OpenedClocks { get; init; } = new OpenedClock[0];

        /// <summary>The decision as one line per fact; free text is escaped, instants are UTC in round-trip form.</summary>
        public string Write()
        {
            var text = new StringBuilder();
            if (Entry is FunnelStage entry)
            {
                Line(text, "entry", entry.ToString());
            }

            if (Change is StageChange change)
            {
                Line(text, "move", change.From?.ToString() ?? "-", change.To.ToString(), Instant(change.ChangedOn), Kind?.ToString() ?? "-");
            }

            if (BySystem)
            {
                text.Append("system\n");
            }

            Optional(text, "index", LeadIndex == null ? null : Escaped(LeadIndex));
            Optional(text, "reason", ReasonId?.ToString("D"));
            Optional(text, "comment", Comment == null ? null : Escaped(Comment));
            Optional(text, "stage", Stage?.ToString());
            Optional(text, "correction", Correction == null ? null : Escaped(Correction));
            Optional(text, "reassignment", Reassignment == null ? null : Escaped(Reassignment));
            if (Wait is CustomerWaitNote wait)
            {
                Line(text, "wait", wait.Paused ? "paused" : "resumed", Escaped(wait.Clocks));
            }

            Optional(text, "owner", NewOwnerId?.ToString("D"));
            if (RowOwner is RowOwner rowOwner)
            {
                Line(text, "rows", rowOwner.Table, rowOwner.Id.ToString("D"));
            }

            if (Turn is TeamTurn turn)
            {
                Line(text, "turn", turn.AgreementId.ToString("D"), turn.MemberId.ToString("D"));
            }

            if (AgreementId is Guid agreementId)
            {
                Line(text, "agreement", agreementId.ToString("D"), Escaped(AgreementName ?? string.Empty));
            }

            foreach (var closed in ClosedClocks)
            {
                Line(text, "closed", closed.Id.ToString("D"), closed.State.ToString(), Instant(closed.CompletedOn), Responsible(closed.Responsible),
                    closed.EndsPause ? "paused" : "running", closed.PausedMinutes.ToString(CultureInfo.InvariantCulture));
            }

            foreach (var opened in OpenedClocks)
            {
                Line(text, "opened", opened.Kind.ToString(), Instant(opened.StartedOn), Instant(opened.DueOn), Responsible(opened.Responsible), opened.MetOn is DateTime met ? Instant(met) : "-",
                    opened.PausedOn is DateTime pausedOn ? Instant(pausedOn) : "-");
            }

            foreach (var held in HeldClocks)
            {
                Line(text, "held", held.Id.ToString("D"), held.Kind.ToString(), held.PausedOn is DateTime pausedOn ? Instant(pausedOn) : "-", Instant(held.DueOn),
                    held.PausedMinutes.ToString(CultureInfo.InvariantCulture));
            }

            return text.ToString();
        }

        /// <summary>The decision <see cref="Write"/> wrote.</summary>
        /// <exception cref="FormatException">The text is not a written decision.</exception>
        public static DecidedMove Read(string text)
        {
            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            var move = new DecidedMove();
            var closed = new List<ClosedClock>();
            var opened = new List<OpenedClock>();
            var held = new List<HeldClock>();
            foreach (var line in text.Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = line.Split(' ');
                move = parts[0] switch
                {
                    "entry" => move with { Entry = Parse<FunnelStage>(parts[1]) },
                    "move" => move with
                    {
                        Change = new StageChange(parts[1] == "-" ? (FunnelStage?)null : Parse<FunnelStage>(parts[1]), Parse<FunnelStage>(parts[2]), InstantOf(parts[3])),
                        Kind = parts[4] == "-" ? (MoveKind?)null : Parse<MoveKind>(parts[4]),
                    },
                    "system" => move with { BySystem = true },
                    "index" => move with { LeadIndex = Unescaped(parts[1]) },
                    "reason" => move with { ReasonId = Guid.Parse(parts[1]) },
                    "comment" => move with { Comment = Unescaped(parts[1]) },
                    "stage" => move with { Stage = Parse<FunnelStage>(parts[1]) },
                    "correction" => move with { Correction = Unescaped(parts[1]) },
                    "reassignment" => move with { Reassignment = Unescaped(parts[1]) },
                    "wait" => move with { Wait = new CustomerWaitNote(parts[1] == "paused", Unescaped(parts[2])) },
                    "held" => Add(held, new HeldClock(Guid.Parse(parts[1]), Parse<SlaKind>(parts[2]), parts[3] == "-" ? (DateTime?)null : InstantOf(parts[3]), InstantOf(parts[4]),
                        int.Parse(parts[5], CultureInfo.InvariantCulture)), move),
                    "owner" => move with { NewOwnerId = Guid.Parse(parts[1]) },
                    "rows" => move with { RowOwner = new RowOwner(parts[1], Guid.Parse(parts[2])) },
                    "turn" => move with { Turn = new TeamTurn(Guid.Parse(parts[1]), Guid.Parse(parts[2])) },
                    "agreement" => move with { AgreementId = Guid.Parse(parts[1]), AgreementName = Unescaped(parts[2]) },
                    "closed" => Add(closed, new ClosedClock(Guid.Parse(parts[1]), Parse<SlaClockState>(parts[2]), InstantOf(parts[3])) { Responsible = ResponsibleOf(parts[4]), EndsPause = parts[5] == "paused", PausedMinutes = int.Parse(parts[6], CultureInfo.InvariantCulture) }, move),
                    "opened" => Add(opened, new OpenedClock(Parse<SlaKind>(parts[1]), InstantOf(parts[2]), InstantOf(parts[3])) { Responsible = ResponsibleOf(parts[4]), MetOn = parts[5] == "-" ? (DateTime?)null : InstantOf(parts[5]), PausedOn = parts[6] == "-" ? (DateTime?)null : InstantOf(parts[6]) }, move),
                    _ => throw new FormatException($"'{parts[0]}' is not a part of a decided stage move."),
                };
            }

            return move with { ClosedClocks = closed, OpenedClocks = opened, HeldClocks = held };
        }

        private static DecidedMove Add<T>(List<T> list, T item, DecidedMove move)
        {
            list.Add(item);
            return move;
        }

        private static void Optional(StringBuilder text, string name, string? value)
        {
            if (value != null)
            {
                Line(text, name, value);
            }
        }

        private static void Line(StringBuilder text, string name, params string[] values) =>
            text.Append(name).Append(' ').Append(string.Join(" ", values)).Append('\n');

        private static T Parse<T>(string name)
            where T : struct =>
            Enum.TryParse<T>(name, out var value) && Enum.IsDefined(typeof(T), value)
                ? value
                : throw new FormatException($"'{name}' is not a {typeof(T).Name}.");

        // user/team, each "-" when absent; "-" alone when nobody was recorded.
        private static string Responsible(Responsibility? responsible) => responsible == null ? "-"
            : (responsible.UserId?.ToString("D") ?? "-") + "/" + (responsible.TeamId?.ToString("D") ?? "-");

        private static Responsibility? ResponsibleOf(string text)
        {
            if (text == "-")
            {
                return null;
            }

            var ids = text.Split('/');
            return new Responsibility(ids[0] == "-" ? (Guid?)null : Guid.Parse(ids[0]), ids[1] == "-" ? (Guid?)null : Guid.Parse(ids[1]));
        }

        private static string Instant(DateTime utc) => utc.ToString("o", CultureInfo.InvariantCulture);

        private static DateTime InstantOf(string text) =>
            DateTime.ParseExact(text, "o", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

        // The three characters that separate parts and lines, and the escape character itself.
        private static string Escaped(string value) =>
            value.Replace("%", "%25").Replace(" ", "%20").Replace("\n", "%0A").Replace("\r", "%0D");

        private static string Unescaped(string value) =>
            value.Replace("%0D", "\r").Replace("%0A", "\n").Replace("%20", " ").Replace("%25", "%");
    }
}
