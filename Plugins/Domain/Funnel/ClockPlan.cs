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

        /// <summary>Whether the plan leaves every clock as it is.</summary>
        public bool IsEmpty => Completes.Count == 0 && Opens.Count == 0 && !CancelsTheRest;

        /// <summary>The clocks a move of this kind completes, opens and cancels.</summary>
        public static ClockPlan For(MoveKind kind) => kind switch
        {
            // Hand-over starts both of sales' promises: accept (or reject) in time, and contact in time.
            MoveKind.HandOver => new ClockPlan(None, new[] { SlaKind.Accept, SlaKind.FirstContact }, false),
            MoveKind.Requalify => new ClockPlan(None, new[] { SlaKind.Accept, SlaKind.FirstContact }, false),

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
