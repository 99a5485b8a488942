namespace CrmLeadSla.Cli.Agreement.Simulation;

/// <summary>An agreed rejection reason as sales picks it.</summary>
/// <param name="Id">The lsla_rejectionreason id.</param>
/// <param name="Code">Its code, e.g. <c>NOBUDGET</c>.</param>
/// <param name="Name">Its name.</param>
/// <param name="Disqualifies">True: the lead goes to Disqualified; false: back to Nurture.</param>
/// <param name="RequiresComment">Sales must add a comment.</param>
public sealed record AgreedReason(Guid Id, string Code, string Name, bool Disqualifies, bool RequiresComment);
