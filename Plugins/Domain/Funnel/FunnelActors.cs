using System.Collections.Generic;
using System.Linq;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>Which of the roles a user holds the user acts in when asking for a move.</summary>
    public static class FunnelActors
    {
        /// <summary>
        /// The held role the table of moves lists for the move; otherwise the first held role (sales before
        /// marketing), so the refusal names what the user is; the system for a user who holds neither.
        /// </summary>
        public static FunnelActor ActingAs(IReadOnlyCollection<FunnelActor> held, FunnelStage from, FunnelStage to)
        {
            var roles = held.Where(actor => actor != FunnelActor.System).OrderByDescending(actor => actor).ToList();
            if (roles.Count == 0)
            {
                return FunnelActor.System;
            }

            var listed = FunnelMoves.Between(from, to).Select(move => move.Actor);
            return roles.Intersect(listed).DefaultIfEmpty(roles[0]).First();
        }
    }
}
