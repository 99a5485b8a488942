using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>
    /// Why an agreement's calendar cannot be used: the agreement's field at fault and a message that says what is
    /// wrong and how to fix it, in any language.
    /// </summary>
    public sealed record CalendarProblem(Field Field, Text Message);
}
