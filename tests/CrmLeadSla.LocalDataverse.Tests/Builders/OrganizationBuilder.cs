using CrmLeadSla.LocalDataverse.Pipeline;
using CrmLeadSla.LocalDataverse.Tests.Pipeline.TestPlugins;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.LocalDataverse.Workflows;
using CrmLeadSla.Solution.Registration;
using CrmLeadSla.Solution.Workflows;

namespace CrmLeadSla.LocalDataverse.Tests.Builders;

/// <summary>An organization for a scenario: the test schema, steps declared in code, a fixed clock.</summary>
public sealed class OrganizationBuilder
{
    public static readonly DateTime Start = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private readonly List<StepRegistration> steps = [];
    private readonly List<SecurityRoleDefinition> roles = [];
    private readonly List<FieldSecurityProfileDefinition> profiles = [];
    private readonly List<ShippedWorkflow> shipped = [];
    private readonly List<WorkflowRegistration> registered = [];
    private MetadataModel metadata = TestMetadata.Standard();
    private IdSource ids = IdSource.Random;

    public OrganizationBuilder WithMetadata(MetadataModel model)
    {
        metadata = model;
        return this;
    }

    public OrganizationBuilder WithStep(StepBuilder step)
    {
        steps.Add(step.Build());
        return this;
    }

    public OrganizationBuilder WithIds(IdSource source)
    {
        ids = source;
        return this;
    }

    public OrganizationBuilder WithRole(SecurityRoleDefinition role)
    {
        roles.Add(role);
        return this;
    }

    public OrganizationBuilder WithProfile(FieldSecurityProfileDefinition profile)
    {
        profiles.Add(profile);
        return this;
    }

    /// <summary>A workflow declared as the solution source declares one, registered with XAML naming this assembly's test activities.</summary>
    public OrganizationBuilder WithWorkflow(ShippedWorkflow workflow)
    {
        shipped.Add(workflow);
        return this;
    }

    /// <summary>A workflow given as XAML, as a solution zip carries it.</summary>
    public OrganizationBuilder WithWorkflow(WorkflowRegistration workflow)
    {
        registered.Add(workflow);
        return this;
    }

    public LocalOrganization Build() => new(metadata, new LocalOrganizationOptions
    {
        Name = "test",
        StartsAt = Start,
        PluginAssemblies = [typeof(ScriptedPlugin).Assembly],
        StepSources = [new StepRegistrations(steps)],
        Roles = roles,
        FieldSecurityProfiles = profiles,
        Workflows = [.. shipped.Select(w => w.Register(metadata, c => ActivityArgument.ClassOf(typeof(ScriptedPlugin).Assembly.GetType(c)!))), .. registered],
        Ids = ids,
    });
}
