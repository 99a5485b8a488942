using System;

namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>
    /// Who answers for a clock's promise at a moment: the user owning the lead, and the team — the one owning the lead,
    /// else the agreement's sales team for a promise of sales. Recorded on the clock when it opens and when it closes,
    /// so a breach stays with whoever was responsible when the deadline passed, whoever owns the lead later.
    /// </summary>
    /// <param name="UserId">The responsible user; null when a team owns the lead.</param>
    /// <param name="TeamId">The responsible team; null when there is none.</param>
    public sealed record Responsibility(Guid? UserId, Guid? TeamId)
    {
        /// <summary>The responsibility for a promise of a kind on a lead owned by <paramref name="owner"/> under an agreement with a sales team.</summary>
        public static Responsibility For(RowOwner owner, SlaKind kind, Guid? salesTeamId)
        {
            if (owner == null)
            {
                throw new ArgumentNullException(nameof(owner));
            }

            return owner.Table == "team"
                ? new Responsibility(null, owner.Id)
                : new Responsibility(owner.Id, Promise.IsSales(kind) ? salesTeamId : null);
        }
    }
}
