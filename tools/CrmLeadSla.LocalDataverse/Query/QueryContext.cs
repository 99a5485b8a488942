using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>Who asks and when: what a query's result depends on besides the rows.</summary>
/// <param name="CallerId">The calling user, for eq-userid and ne-userid.</param>
/// <param name="CallerBusinessUnitId">The caller's business unit, for eq-businessid.</param>
/// <param name="UtcNow">The current time (UTC), for the relative date operators.</param>
/// <param name="CanRead">Whether the caller may read a row of the named table; rows it may not read are left out, as Dataverse leaves them out.</param>
public sealed record QueryContext(Guid CallerId, Guid CallerBusinessUnitId, DateTime UtcNow, Func<string, Entity, bool> CanRead)
{
    /// <summary>
    /// Whether the caller may read a column of the named table (column-level security); the result leaves out the
    /// columns it may not, as Dataverse returns no value for them. Every column by default.
    /// </summary>
    public Func<string, ColumnDefinition, bool> CanReadColumn { get; init; } = (_, _) => true;
}
