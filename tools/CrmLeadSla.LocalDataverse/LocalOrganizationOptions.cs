using System.Reflection;
using CrmLeadSla.LocalDataverse.Pipeline;
using CrmLeadSla.Solution.Registration;
using CrmLeadSla.Solution.Workflows;

namespace CrmLeadSla.LocalDataverse;

/// <summary>How to set up a <see cref="LocalOrganization"/> besides its metadata.</summary>
public sealed record LocalOrganizationOptions
{
    /// <summary>OrganizationName of every execution context; also the root business unit's name.</summary>
    public string Name { get; init; } = "local";

    /// <summary>
    /// The organization's base language (organization.languagecode, an LCID: 1033 English, 1031 German), fixed once
    /// the organization exists, as Dataverse fixes it at provisioning; every user's UI language unless one is given.
    /// </summary>
    public int LanguageCode { get; init; } = 1033;

    /// <summary>The clock's start (UTC); null starts at the machine's current time.</summary>
    public DateTime? StartsAt { get; init; }

    /// <summary>The assemblies whose plug-in classes the steps name.</summary>
    public IReadOnlyList<Assembly> PluginAssemblies { get; init; } = [];

    /// <summary>Where step registrations come from (the solution's, code).</summary>
    public IReadOnlyList<IStepRegistrationSource> StepSources { get; init; } = [];

    /// <summary>How long a write waits for a row another transaction has locked before it fails as a SQL timeout (default 30 s).</summary>
    public TimeSpan? LockTimeout { get; init; }

    /// <summary>
    /// Where new ids come from: rows created without an id, intersect rows, and the business units, users and teams the
    /// organization creates without one. Default: random, as Dataverse's; <see cref="IdSource.Seeded"/> repeats a run.
    /// </summary>
    public IdSource Ids { get; init; } = IdSource.Random;

    /// <summary>Security roles to add (e.g. the solution's), besides the built-in System Administrator.</summary>
    public IReadOnlyList<SecurityRoleDefinition> Roles { get; init; } = [];

    /// <summary>
    /// Field security profiles to add (e.g. the solution's): who may read, set and change the secured columns. Make users
    /// and teams members with <see cref="Security.SecurityModel.AddFieldSecurityProfileMember"/>.
    /// </summary>
    public IReadOnlyList<FieldSecurityProfileDefinition> FieldSecurityProfiles { get; init; } = [];

    /// <summary>
    /// Classic workflows to register, each with its XAML (from the solution source through
    /// <see cref="ShippedWorkflow.Register"/>, or from a solution zip's <c>Workflows/</c>). Their activity classes are
    /// looked up in <see cref="PluginAssemblies"/>.
    /// </summary>
    public IReadOnlyList<WorkflowRegistration> Workflows { get; init; } = [];
}
