using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.XrmSdk.Tests;

public sealed class EntityTests
{
    private static readonly Guid LeadId = new("3f2b8a6e-4c1d-4e2f-9a7b-1c2d3e4f5a6b");

    [Fact]
    public void Indexer_read_of_a_missing_attribute_throws_KeyNotFoundException()
    {
        var lead = new Entity("lead", LeadId);

        Assert.Throws<KeyNotFoundException>(() => lead["subject"]);
    }

    [Fact]
    public void Indexer_write_adds_the_attribute_then_replaces_its_value()
    {
        var lead = new Entity("lead");

        lead["subject"] = "first";
        lead["subject"] = "second";

        Assert.Single(lead.Attributes);
        Assert.Equal("second", lead["subject"]);
    }

    [Fact]
    public void GetAttributeValue_of_a_missing_attribute_is_the_default()
    {
        var lead = new Entity("lead");

        Assert.Equal(0, lead.GetAttributeValue<int>("new_leadindex"));
        Assert.Null(lead.GetAttributeValue<string>("subject"));
    }

    [Fact]
    public void GetAttributeValue_of_a_null_attribute_is_the_default()
    {
        var lead = new Entity("lead") { ["new_leadindex"] = null };

        Assert.Equal(0, lead.GetAttributeValue<int>("new_leadindex"));
        Assert.Null(lead.GetAttributeValue<int?>("new_leadindex"));
    }

    [Fact]
    public void GetAttributeValue_of_a_value_of_another_type_throws_InvalidCastException()
    {
        var lead = new Entity("lead") { ["new_leadindex"] = "42" };

        Assert.Throws<InvalidCastException>(() => lead.GetAttributeValue<int>("new_leadindex"));
    }

    [Fact]
    public void GetAttributeValue_reads_a_value_as_its_nullable_type()
    {
        var lead = new Entity("lead") { ["new_leadindex"] = 42 };

        Assert.Equal(42, lead.GetAttributeValue<int?>("new_leadindex"));
    }

    [Theory]
    [InlineData(5)]
    [InlineData("not a number")]
    [InlineData(null)]
    public void TryGetAttributeValue_of_a_value_not_readable_as_the_type_is_false(object? stored)
    {
        var lead = new Entity("lead") { ["new_leadindex"] = stored };

        var found = lead.TryGetAttributeValue<long>("new_leadindex", out var value);

        Assert.False(found);
        Assert.Equal(0, value);
    }

    [Fact]
    public void TryGetAttributeValue_reads_a_string_through_the_type_converter()
    {
        var lead = new Entity("lead") { ["new_leadindex"] = "0x10", ["new_grade"] = "Monday" };

        Assert.True(lead.TryGetAttributeValue<int>("new_leadindex", out var index));
        Assert.True(lead.TryGetAttributeValue<DayOfWeek>("new_grade", out var day));
        Assert.Equal((16, DayOfWeek.Monday), (index, day));
    }

    [Fact]
    public void Attribute_names_are_case_sensitive()
    {
        var lead = new Entity("lead") { ["Subject"] = "x" };

        Assert.False(lead.Contains("subject"));
    }

    [Fact]
    public void Setting_Id_does_not_set_the_primary_key_attribute()
    {
        var lead = new Entity("lead") { Id = LeadId };

        Assert.False(lead.Contains("leadid"));
    }

    [Fact]
    public void Setting_the_primary_key_attribute_does_not_set_Id()
    {
        var lead = new Entity("lead") { ["leadid"] = LeadId };

        Assert.Equal(Guid.Empty, lead.Id);
    }

    [Fact]
    public void Alternate_key_constructor_fills_KeyAttributes_not_Attributes()
    {
        var lead = new Entity("lead", "new_externalid", "X-1");

        Assert.Equal("X-1", lead.KeyAttributes["new_externalid"]);
        Assert.Empty(lead.Attributes);
        Assert.Equal(Guid.Empty, lead.Id);
    }

    [Fact]
    public void ToEntityReference_carries_table_id_and_row_version_but_no_name()
    {
        var lead = new Entity("lead", LeadId) { ["fullname"] = "Ada Lovelace", RowVersion = "7" };

        var reference = lead.ToEntityReference();

        Assert.Equal("lead", reference.LogicalName);
        Assert.Equal(LeadId, reference.Id);
        Assert.Equal("7", reference.RowVersion);
        Assert.Null(reference.Name);
    }

    [Fact]
    public void ToEntity_of_Entity_is_a_new_instance_sharing_the_attributes()
    {
        var lead = new Entity("lead", LeadId) { ["subject"] = "x" };

        var copy = lead.ToEntity<Entity>();

        Assert.NotSame(lead, copy);
        Assert.Same(lead.Attributes, copy.Attributes);
        Assert.Equal(("lead", LeadId), (copy.LogicalName, copy.Id));
    }

    [Fact]
    public void ToEntity_of_a_class_without_a_logical_name_attribute_throws_NotSupportedException()
    {
        var lead = new Entity("lead", LeadId);

        Assert.Throws<NotSupportedException>(() => lead.ToEntity<UnnamedEntity>());
    }

    [Fact]
    public void ToEntity_of_a_class_for_another_table_throws_NotSupportedException()
    {
        var contact = new Entity("contact", LeadId);

        Assert.Throws<NotSupportedException>(() => contact.ToEntity<EarlyBoundLead>());
    }

    [Fact]
    public void ToEntity_of_a_class_for_the_same_table_copies_id_and_attributes()
    {
        var lead = new Entity("lead", LeadId) { ["subject"] = "x" };

        var typed = lead.ToEntity<EarlyBoundLead>();

        Assert.Equal(LeadId, typed.Id);
        Assert.Equal("x", typed["subject"]);
    }

    [Fact]
    public void Early_bound_properties_read_and_write_the_attributes()
    {
        var lead = new EarlyBoundLead { Subject = "first" };

        lead.Subject = "second";

        Assert.Equal("second", lead["subject"]);
        Assert.Equal("second", lead.Subject);
    }

    [Fact]
    public void Formatted_value_of_an_unformatted_attribute_is_null()
    {
        var lead = new EarlyBoundLead { FormattedValues = { ["statuscode"] = "New" } };

        Assert.Equal("New", lead.FormattedValueOf("statuscode"));
        Assert.Null(lead.FormattedValueOf("subject"));
    }
}
