namespace CrmLeadSla.Cli.Shipping.Bench;

/// <summary>One line of <c>leadsla bench</c>'s table; a null cell has no baseline to compare with.</summary>
/// <param name="Measure">What was measured.</param>
/// <param name="Ours">Time per event (or operation) of the shipped code.</param>
/// <param name="Naive">Time of the naive baseline, where there is one.</param>
/// <param name="Ratio">Naive time over ours, or a throughput.</param>
/// <param name="Requests">Organization-service requests per event (ours vs naive).</param>
public sealed record BenchRow(string Measure, string Ours, string? Naive, string? Ratio, string? Requests);
