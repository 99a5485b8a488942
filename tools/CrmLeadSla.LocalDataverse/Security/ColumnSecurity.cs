using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.LocalDataverse.Security;

/// <summary>
/// Column-level security as Dataverse applies it: a secured column (<see cref="ColumnDefinition.IsSecured"/>) is open
/// only to System Administrators and to the members of a field security profile that allows the operation, directly or
/// through a team. SYSTEM passes every check. Stateless over the model's current state: safe to use from several threads.
/// </summary>
public sealed class ColumnSecurity
{
    private readonly SecurityModel model;

    /// <summary>Creates the check over an organization.</summary>
    public ColumnSecurity(SecurityModel model) => this.model = model ?? throw new ArgumentNullException(nameof(model));

    /// <summary>
    /// Throws Dataverse's fault when <paramref name="columns"/> of a write by the user name a secured column of
    /// <paramref name="table"/> the user may not set: <see cref="SecurityErrorCodes.AttributeCreateMissing"/> on create,
    /// <see cref="SecurityErrorCodes.AttributeUpdateMissing"/> on update.
    /// </summary>
    /// <param name="userId">The calling user.</param>
    /// <param name="table">The table written.</param>
    /// <param name="columns">The columns the caller sends (on create: those with a value).</param>
    /// <param name="isCreate">True for a create, false for an update.</param>
    public void DemandWrite(Guid userId, TableDefinition table, IEnumerable<string> columns, bool isCreate)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(columns);
        var secured = columns.Where(c => table.Column(c) is { IsSecured: true }).ToList();
        if (secured.Count == 0 || userId == model.SystemUserId)
        {
            return;
        }

        var caller = Caller.Of(model.Current, userId);
        if (caller.IsSystemAdministrator)
        {
            return;
        }

        foreach (var column in secured)
        {
            var allowed = caller.FieldPermissions.Any(p => Names(p, table.LogicalName, column) && (isCreate ? p.CanCreate : p.CanUpdate));
            if (!allowed)
            {
                throw isCreate ? SecurityFaults.AttributeCreateMissing() : SecurityFaults.AttributeUpdateMissing();
            }
        }
    }

    /// <summary>
    /// Whether the user may read a column of a table: true for every column that is not secured, and for the secured ones
    /// the user's profiles allow to read (all of them for SYSTEM and System Administrators). A query leaves the others out,
    /// as Dataverse returns no value for them.
    /// </summary>
    public Func<string, ColumnDefinition, bool> ReadableBy(Guid userId)
    {
        if (userId == model.SystemUserId)
        {
            return (_, _) => true;
        }

        var caller = Caller.Of(model.Current, userId);
        if (caller.IsSystemAdministrator)
        {
            return (_, _) => true;
        }

        var readable = caller.FieldPermissions.Where(p => p.CanRead).Select(p => (p.Table.ToLowerInvariant(), p.Column.ToLowerInvariant())).ToHashSet();
        return (table, column) => !column.IsSecured || readable.Contains((table.ToLowerInvariant(), column.LogicalName));
    }

    private static bool Names(CrmLeadSla.Solution.Registration.FieldPermission permission, string table, string column) =>
        string.Equals(permission.Table, table, StringComparison.OrdinalIgnoreCase) && string.Equals(permission.Column, column, StringComparison.OrdinalIgnoreCase);
}
