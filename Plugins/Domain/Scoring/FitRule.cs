namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>A compiled fit rule: the points it gives when its condition holds for the lead.</summary>
    /// <param name="Name">Shown in the score explanation.</param>
    /// <param name="Condition">The test of the lead column.</param>
    /// <param name="Points">Points when the condition holds; may be negative.</param>
    /// <param name="Group">Rules with the same group name form one criterion; null stands alone.</param>
    /// <param name="Logic">How the rules of the group combine.</param>
    public sealed record FitRule(string Name, Condition Condition, int Points, string? Group = null, GroupLogic Logic = GroupLogic.All);
}
