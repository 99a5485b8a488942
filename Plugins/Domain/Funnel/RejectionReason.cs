using System;
using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>An agreed reason with which sales may reject or return a lead.</summary>
    /// <param name="Id">The reason's row id, recorded in the stage history.</param>
    /// <param name="Name">What users see, e.g. "No budget this year".</param>
    /// <param name="Outcome">Whether the lead goes to Nurture or is disqualified.</param>
    /// <param name="RequiresComment">Whether sales must explain the rejection in a comment.</param>
    /// <param name="RecycleAfterDays">Days after which a nurtured lead comes back; null: only its behaviour brings it back.</param>
    /// <param name="LowersGrade">Whether the reason lowers the lead's grade by one letter.</param>
    /// <param name="IsActive">Whether the reason is still agreed.</param>
    public sealed record RejectionReason(
        Guid Id,
        string Name,
        RejectionOutcome Outcome,
        bool RequiresComment = false,
        int? RecycleAfterDays = null,
        bool LowersGrade = false,
        bool IsActive = true)
    {
        /// <summary>The grade a lead keeps after this reason: one letter lower when the reason lowers it; D stays D.</summary>
        public Grade? GradeAfter(Grade? grade) =>
            LowersGrade && grade is Grade letter && letter != Grade.D ? letter + 1 : grade;
    }
}
