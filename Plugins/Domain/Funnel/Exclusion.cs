using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>Why a lead is taken out of the process.</summary>
    /// <param name="Rule">The name of the exclusion rule that matched, e.g. "Competitor".</param>
    /// <param name="Reason">What the lead's exclusion reason records, e.g. "Competitor (e-mail domain fabrikam.com)", in the organization's language.</param>
    public sealed record Exclusion(string Rule, Text Reason);
}
