namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>How the fit rules of one group combine (the rule's group logic): all or any.</summary>
    public enum GroupLogic
    {
        /// <summary>AND: the group's points count only when every rule of the group matches.</summary>
        All = 271800000,
        /// <summary>OR: the points of the strongest matching rule count once.</summary>
        Any = 271800001,
    }
}
