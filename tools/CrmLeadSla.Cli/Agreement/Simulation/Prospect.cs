namespace CrmLeadSla.Cli.Agreement.Simulation;

/// <summary>
/// A person in the market who becomes a lead: what they tell us (firmographics, BANT answers) and two hidden
/// traits that drive what they do: <paramref name="Engagement"/> (how much they interact) and
/// <paramref name="Readiness"/> (how likely they are to buy).
/// </summary>
public sealed record Prospect(
    int Number,
    Guid LeadId,
    string FirstName,
    string LastName,
    string JobTitle,
    string Company,
    int Employees,
    int Industry,
    string Email,
    int BudgetStatus,
    bool DecisionMaker,
    int Need,
    int PurchaseTimeframe,
    int LeadSource,
    double Engagement,
    double Readiness,
    DateTime ArrivesOn)
{
    /// <summary>The name a lead list shows.</summary>
    public string FullName => $"{FirstName} {LastName}";
}
