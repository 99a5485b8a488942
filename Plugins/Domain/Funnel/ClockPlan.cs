using System.Collections.Generic;
using CrmLeadSla.Plugins.Domain.Sla;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>What a stage move does to the lead's SLA clocks.</summary>
    /// <param name="Completes">Clocks whose promise the move keeps: closed Met or Breached by the time of the move.</param>
    /// <param name="Opens">Clocks the move starts.</param>
    /// <param name="CancelsTheRest">Whether every other open clock stops applying (the lead leaves the part of the funnel they watch).</param>
    public sealed record ClockPlan(IReadOnlyList<SlaKind> Completes, IReadOnlyList<SlaKind> Opens, bool CancelsTheRest)
    {
        private static readonly SlaKind[] None = new SlaKind[0];
        private static readonly SlaKind[] HandOver = { SlaKind.HandOver };

        /// <summary>
        /// Promises the move keeps even when no clock of theirs runs: the clock is opened and closed Met at the moment of
        /// the move, so an automatic hand-over is recorded like a reviewed one.
        /// </summary>
        public IReadOnlyList<SlaKind> KeptAtOnce { get; init; } = None;

        /// <summary>Whether the plan leaves every clock as it is.</summary>
        public bool IsEmpty => Completes.Count == 0 && Opens.Count == 0 && KeptAtOnce.Count == 0 && !CancelsTheRest;

        /// <summary>The clocks a move of this kind completes, opens and cancels.</summary>
        public static ClockPlan For(MoveKind kind) => kind switch
        {
            // Hand-over keeps marketing's promise (at once when no review ran) and starts both of sales' promises:
            // accept (or reject) in time, and contact in time.
            MoveKind.HandOver or MoveKind.Requalify => new ClockPlan(HandOver, new[] { SlaKind.Accept, SlaKind.FirstContact }, false) { KeptAtOnce = HandOver },

            // Meeting the criteria under a review starts marketing's promise; keeping the lead in nurturing answers it.
            MoveKind.ReadyForHandOver => new ClockPlan(None, HandOver, false),
            MoveKind.KeepNurturing => new ClockPlan(HandOver, None, true),

            // Accepting keeps the accept promise and starts the qualify one; first contact still runs.
            MoveKind.Accept => new ClockPlan(new[] { SlaKind.Accept }, new[] { SlaKind.Qualify }, false),

            // A rejection is an answer in time too; the lead leaves sales, so its other clocks stop.
            MoveKind.Reject => new ClockPlan(new[] { SlaKind.Accept }, None, true),
            MoveKind.Qualify => new ClockPlan(new[] { SlaKind.Qualify }, None, true),
            MoveKind.Reactivate => new ClockPlan(None, None, false),
            _ => new ClockPlan(None, None, true),
        };
    }
}
