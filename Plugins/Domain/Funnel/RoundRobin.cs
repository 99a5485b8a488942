using System;
using System.Collections.Generic;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>Takes turns among a sales team's members without keeping state: the turn follows the last assignee.</summary>
    public static class RoundRobin
    {
        /// <summary>
        /// The member after <paramref name="lastAssignee"/> in <paramref name="members"/> (wrapping round); the first
        /// member when the last assignee is unknown or no longer a member; null for a team without members.
        /// </summary>
        public static Guid? NextAfter(IReadOnlyList<Guid> members, Guid? lastAssignee)
        {
            if (members.Count == 0)
            {
                return null;
            }

            var index = lastAssignee is Guid last ? IndexOf(members, last) : -1;
            return members[(index + 1) % members.Count];
        }

        private static int IndexOf(IReadOnlyList<Guid> members, Guid member)
        {
            for (var i = 0; i < members.Count; i++)
            {
                if (members[i] == member)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
