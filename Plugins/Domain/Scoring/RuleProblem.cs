namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>
    /// Why a rule or a model cannot be saved: the field (logical name) at fault and a message that says
    /// what is wrong and how to fix it, in words a business user understands.
    /// </summary>
    public sealed record RuleProblem(string Field, string Message);
}
