using System;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>A hand-over's turn in the agreement's sales team: the member who takes it becomes the agreement's last assignee.</summary>
    /// <param name="AgreementId">The agreement whose team takes turns.</param>
    /// <param name="MemberId">The member whose turn it is.</param>
    public sealed record TeamTurn(Guid AgreementId, Guid MemberId);
}
