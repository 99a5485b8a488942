using CrmLeadSla.Solution.Registration;

namespace CrmLeadSla.LocalDataverse.Tests.Builders;

/// <summary>A security role declared in code: <c>new RoleBuilder("Sales").Grants("Read", "lead").Build()</c>.</summary>
public sealed class RoleBuilder(string name)
{
    private readonly List<RolePrivilege> privileges = [];

    public Guid Id { get; } = Guid.NewGuid();

    /// <summary>Grants prv{right}{table} for each right, at Global depth unless told.</summary>
    public RoleBuilder Grants(string table, PrivilegeDepth depth, params string[] rights)
    {
        privileges.AddRange(rights.Select(right => new RolePrivilege("prv" + right + table, depth)));
        return this;
    }

    public SecurityRoleDefinition Build() => new(Id, name, privileges);
}
