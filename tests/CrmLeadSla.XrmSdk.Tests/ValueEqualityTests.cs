using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.XrmSdk.Tests;

public sealed class ValueEqualityTests
{
    private static readonly Guid LeadId = new("3f2b8a6e-4c1d-4e2f-9a7b-1c2d3e4f5a6b");

    [Fact]
    public void Entity_references_with_the_same_table_and_id_are_equal_whatever_their_names()
    {
        var first = new EntityReference("lead", LeadId) { Name = "Ada" };
        var second = new EntityReference("lead", LeadId) { Name = "Grace" };

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Theory]
    [InlineData("contact")]
    [InlineData("LEAD")]
    public void Entity_references_to_another_table_name_are_not_equal(string otherTable)
    {
        Assert.NotEqual(new EntityReference("lead", LeadId), new EntityReference(otherTable, LeadId));
    }

    [Fact]
    public void Entity_references_to_another_record_are_not_equal()
    {
        Assert.NotEqual(new EntityReference("lead", LeadId), new EntityReference("lead", Guid.NewGuid()));
    }

    [Fact]
    public void Entity_references_compare_as_references_with_the_equality_operator()
    {
        var first = new EntityReference("lead", LeadId);
        var second = new EntityReference("lead", LeadId);

        Assert.False(first == second);
    }

    [Fact]
    public void Option_set_values_are_equal_by_value_and_hash_to_it()
    {
        Assert.Equal(new OptionSetValue(100000001), new OptionSetValue(100000001));
        Assert.NotEqual(new OptionSetValue(100000001), new OptionSetValue(100000002));
        Assert.Equal(100000001, new OptionSetValue(100000001).GetHashCode());
    }

    [Fact]
    public void Money_values_are_equal_by_amount_whatever_the_scale()
    {
        Assert.Equal(new Money(1.5m), new Money(1.50m));
        Assert.NotEqual(new Money(1.5m), new Money(2m));
        Assert.Equal(new Money(1.5m).GetHashCode(), new Money(1.50m).GetHashCode());
    }

    [Fact]
    public void Relationships_differ_by_primary_entity_role()
    {
        var plain = new Relationship("new_lead_contact");
        var referenced = new Relationship("new_lead_contact") { PrimaryEntityRole = EntityRole.Referenced };

        Assert.Equal(plain, new Relationship("new_lead_contact"));
        Assert.NotEqual(plain, referenced);
        Assert.Equal("new_lead_contact.Referenced", referenced.ToString());
    }
}
