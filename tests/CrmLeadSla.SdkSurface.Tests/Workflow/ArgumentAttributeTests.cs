using System.Reflection;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmLeadSla.SdkSurface.Tests.Workflow;

/// <summary>
/// The attributes with which a custom workflow activity describes its arguments to the workflow
/// designer; built with -p:XrmSdkPath=DIR, the same tests run against Microsoft's assembly.
/// </summary>
public sealed class ArgumentAttributeTests
{
    [Fact]
    public void Input_and_output_attributes_carry_the_name_the_designer_shows()
    {
        var input = new InputAttribute("Handed over on");
        var output = new OutputAttribute("Accept due on");

        Assert.Equal(("Handed over on", "Accept due on"), (input.Name, output.Name));
    }

    [Fact]
    public void Reference_and_attribute_targets_name_the_table_and_column()
    {
        var reference = new ReferenceTargetAttribute(SlaAgreementSchema.EntityName);
        var column = new AttributeTargetAttribute(LeadSchema.EntityName, LeadSchema.FunnelStage);

        Assert.Equal((SlaAgreementSchema.EntityName, LeadSchema.EntityName, LeadSchema.FunnelStage), (reference.EntityName, column.EntityName, column.AttributeName));
    }

    [Fact]
    public void A_default_without_table_has_no_entity_name()
    {
        var plain = new DefaultAttribute("24");
        var reference = new DefaultAttribute("3f2504e0-4f89-11d3-9a0c-0305e82c3301", SlaAgreementSchema.EntityName);

        Assert.Equal(("24", null, SlaAgreementSchema.EntityName), (plain.Value, plain.EntityName, reference.EntityName));
    }

    [Theory]
    [InlineData(typeof(InputAttribute))]
    [InlineData(typeof(OutputAttribute))]
    [InlineData(typeof(ReferenceTargetAttribute))]
    [InlineData(typeof(AttributeTargetAttribute))]
    [InlineData(typeof(DefaultAttribute))]
    public void Argument_attributes_apply_once_to_a_property(Type attribute)
    {
        var usage = attribute.GetCustomAttribute<AttributeUsageAttribute>()!;

        Assert.Equal((AttributeTargets.Property, false), (usage.ValidOn, usage.AllowMultiple));
    }
}
