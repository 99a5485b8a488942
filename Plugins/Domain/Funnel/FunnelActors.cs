using System.Collections.Generic;
using System.Linq;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>Which of the roles a user holds the user acts in when asking for a move.</summary>
    public static class FunnelActors
    {
        /// <summary>
        /// The held role the table of moves lists for the move; otherwise the first held role (sales before
        /// marketing), so the refusal names what the user is. A user who holds neither (an administrator, an
        /// integration) stands in for the team the table lists for the move, else acts as the system.
        /// </summary>
        public static FunnelActor ActingAs(IReadOnlyCollection<FunnelActor> held, FunnelStage from, FunnelStage to)
        {
            var listed = FunnelMoves.Between(from, to).Select(move => move.Actor).ToList();
            var roles = held.Where(actor => actor != FunnelActor.System).OrderByDescending(actor => actor).ToList();
            if (roles.Count == 0)
            {
                return listed.Where(actor => actor != FunnelActor.System).DefaultIfEmpty(FunnelActor.System).First();
            }

            return roles.Intersect(listed).DefaultIfEmpty(roles[0]).First();
        }
    }
}
