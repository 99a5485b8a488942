using CrmLeadSla.LocalDataverse.Pipeline;
using CrmLeadSla.LocalDataverse.Tests.Pipeline.TestPlugins;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Registration;

namespace CrmLeadSla.LocalDataverse.Tests.Builders;

/// <summary>An organization for a scenario: the test schema, steps declared in code, a fixed clock.</summary>
public sealed class OrganizationBuilder
{
    public static readonly DateTime Start = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private readonly List<StepRegistration> steps = [];
    private readonly List<SecurityRoleDefinition> roles = [];
    private MetadataModel metadata = TestMetadata.Standard();

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

    public OrganizationBuilder WithRole(SecurityRoleDefinition role)
    {
        roles.Add(role);
        return this;
    }

    public LocalOrganization Build() => new(metadata, new LocalOrganizationOptions
    {
        Name = "test",
        StartsAt = Start,
        PluginAssemblies = [typeof(ScriptedPlugin).Assembly],
        StepSources = [new StepRegistrations(steps)],
        Roles = roles,
    });
}
