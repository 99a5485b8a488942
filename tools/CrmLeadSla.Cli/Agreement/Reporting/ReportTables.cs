namespace CrmLeadSla.Cli.Agreement.Reporting;

/// <summary>One lead as the report reads it (a row of <c>leads.csv</c>).</summary>
/// <param name="LeadId">The lead's id.</param>
/// <param name="Name">The lead's full name.</param>
/// <param name="CreatedOn">When the lead was created (UTC).</param>
/// <param name="Stage">Its current funnel stage.</param>
/// <param name="Grade">Its fit grade letter (A–D), empty when not graded.</param>
/// <param name="BehaviourPoints">Its behaviour points now.</param>
/// <param name="LeadIndex">Its lead index, e.g. <c>A50</c>.</param>
/// <param name="Owner">The name of the lead's owner.</param>
/// <param name="Company">The lead's company; empty when unknown (an export written before the column existed).</param>
public sealed record LeadRow(string LeadId, string Name, DateTime CreatedOn, string Stage, string Grade, int BehaviourPoints, string LeadIndex, string Owner, string Company = "");

/// <summary>One stage move (a row of <c>transitions.csv</c>).</summary>
/// <param name="LeadId">The lead that moved.</param>
/// <param name="FromStage">The stage before, empty for the first stage of a new lead.</param>
/// <param name="ToStage">The stage after.</param>
/// <param name="ChangedOn">When it moved (UTC).</param>
/// <param name="ChangedBy">Who moved it.</param>
/// <param name="RejectionReason">The agreed rejection reason's name, empty when none.</param>
public sealed record TransitionRow(string LeadId, string FromStage, string ToStage, DateTime ChangedOn, string ChangedBy, string RejectionReason);

/// <summary>One SLA clock (a row of <c>clocks.csv</c>).</summary>
/// <param name="ClockId">The clock's id.</param>
/// <param name="LeadId">The lead it times.</param>
/// <param name="Kind">Handover, Accept, FirstContact or Qualify.</param>
/// <param name="Team">The team whose promise it times.</param>
/// <param name="DueOn">When it is due (UTC).</param>
/// <param name="Status">Open, Met, Breached or Cancelled.</param>
/// <param name="CompletedOn">When it was met, breached or cancelled (UTC); null while open.</param>
/// <param name="PausedMinutes">The business minutes it stood paused while the lead waited on the customer.</param>
public sealed record ClockRow(string ClockId, string LeadId, string Kind, string Team, DateTime DueOn, string Status, DateTime? CompletedOn, int PausedMinutes = 0);

/// <summary>One agreement's monthly lead commitment (a row of <c>agreements.csv</c>).</summary>
/// <param name="Name">The agreement (campaign) name.</param>
/// <param name="MinLeadsPerMonth">How many leads marketing promises to hand over per calendar month.</param>
/// <param name="TimeZone">The agreement's zone (lsla_timezone, a Windows id): its months and days count in it; empty when unknown.</param>
public sealed record AgreementRow(string Name, int MinLeadsPerMonth, string TimeZone = "");

/// <summary>The tables a report is computed from: an export of a real environment or of a simulation.</summary>
/// <param name="Leads">Every lead.</param>
/// <param name="Transitions">Every stage move.</param>
/// <param name="Clocks">Every SLA clock.</param>
/// <param name="Agreements">Every agreement's commitment.</param>
public sealed record ReportTables(
    IReadOnlyList<LeadRow> Leads,
    IReadOnlyList<TransitionRow> Transitions,
    IReadOnlyList<ClockRow> Clocks,
    IReadOnlyList<AgreementRow> Agreements);
