using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>
    /// Why an agreement's calendar cannot be used: the agreement column at fault (logical name) and a
    /// message that says what is wrong and how to fix it, in any language.
    /// </summary>
    public sealed record CalendarProblem(string Field, Text Message);
}
