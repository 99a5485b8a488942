namespace CrmLeadSla.Solution.Registration;

/// <summary>How far a privilege reaches (role privilege depth).</summary>
public enum PrivilegeDepth
{
    /// <summary>Rows the user (or a team the user belongs to) owns.</summary>
    Basic,
    /// <summary>Rows of the user's business unit.</summary>
    Local,
    /// <summary>Rows of the user's business unit and the units below it.</summary>
    Deep,
    /// <summary>Every row of the organization.</summary>
    Global,
}

/// <summary>One privilege of a role, e.g. <c>prvReadlsla_scoringmodel</c> at Global depth.</summary>
/// <param name="Name">Privilege name: <c>prv</c> + Create/Read/Write/Delete/Append/AppendTo/Assign/Share + table logical name.</param>
/// <param name="Depth">Its depth.</param>
public sealed record RolePrivilege(string Name, PrivilegeDepth Depth);

/// <summary>A security role as the solution declares it.</summary>
/// <param name="Id">Role id.</param>
/// <param name="Name">Role name, e.g. "Lead SLA Sales".</param>
/// <param name="Privileges">Its privileges.</param>
public sealed record SecurityRoleDefinition(Guid Id, string Name, IReadOnlyList<RolePrivilege> Privileges)
{
    /// <summary>What the role is for, as shown to admins.</summary>
    public string? Description { get; init; }
}
