using System.Collections.Immutable;
using CrmLeadSla.Solution.Registration;

namespace CrmLeadSla.LocalDataverse.Security;

/// <summary>A role prepared for checks: its privileges by name, case-insensitive as Dataverse matches them.</summary>
internal sealed class CompiledRole
{
    private readonly ImmutableDictionary<string, PrivilegeDepth> depthByPrivilege;

    private CompiledRole(SecurityRoleDefinition definition, bool holdsEveryPrivilege)
    {
        Definition = definition;
        HoldsEveryPrivilege = holdsEveryPrivilege;

        // A role that lists a privilege twice grants the wider depth.
        depthByPrivilege = definition.Privileges
            .GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToImmutableDictionary(g => g.Key, g => g.Max(p => p.Depth), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The role as declared.</summary>
    public SecurityRoleDefinition Definition { get; }

    /// <summary>True for System Administrator: every privilege at Global, on every table, including tables added later.</summary>
    public bool HoldsEveryPrivilege { get; }

    /// <summary>Names of the privileges the role lists.</summary>
    public IEnumerable<string> PrivilegeNames => depthByPrivilege.Keys;

    /// <summary>A role that holds exactly the privileges it lists.</summary>
    public static CompiledRole Of(SecurityRoleDefinition definition) => new(definition, holdsEveryPrivilege: false);

    /// <summary>A role that holds every privilege at Global whatever it lists.</summary>
    public static CompiledRole AllPowerful(SecurityRoleDefinition definition) => new(definition, holdsEveryPrivilege: true);

    /// <summary>The depth at which the role grants <paramref name="privilegeName"/>, or null when it does not.</summary>
    public PrivilegeDepth? DepthOf(string privilegeName) =>
        HoldsEveryPrivilege ? PrivilegeDepth.Global
        : depthByPrivilege.TryGetValue(privilegeName, out var depth) ? depth
        : null;
}
