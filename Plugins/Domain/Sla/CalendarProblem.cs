namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>
    /// Why an agreement's calendar cannot be used: the agreement column at fault (logical name) and a
    /// message that says what is wrong and how to fix it.
    /// </summary>
    public sealed record CalendarProblem(string Field, string Message);
}
