using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Metadata;
using static CrmLeadSla.Solution.Tests.Source.SolutionFolderFixture;

namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>Malformed tables, columns and option sets are refused with the file, the element, the problem and the fix.</summary>
public sealed class BadTableSourceTests : IDisposable
{
    private static readonly string File = $"Tables/{Thing}.xml";
    private readonly SolutionFolderFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public void A_well_formed_fixture_loads()
    {
        var solution = fixture.WithTable(Thing, Column(Custom("size"), "Integer")).Load();

        Assert.Equal(ColumnKind.Integer, solution.Metadata.FindTable(Thing)!.Column(Custom("size"))!.Kind);
    }

    [Fact]
    public void An_unknown_column_type_is_refused()
    {
        var error = fixture.WithTable(Thing, Column(Custom("size"), "Number")).LoadFails();

        Assert.Equal(File, error.File);
        Assert.Equal($"<column name=\"{Custom("size")}\">", error.Element);
        Assert.Contains("'type' is 'Number', which is not a known ColumnKind", error.Message, StringComparison.Ordinal);
        Assert.Contains("Integer", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_column_is_refused()
    {
        var error = fixture.WithTable(Thing, Column(Custom("size"), "Integer") + Column(Custom("size"), "String")).LoadFails();

        Assert.Equal(File, error.File);
        Assert.Contains($"'{Custom("size")}' is declared twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_value_without_the_publishers_prefix_is_refused()
    {
        var error = fixture.WithTable(Thing, Column(Custom("colour"), "Picklist", body: Option(FirstOptionValue) + Option(5))).LoadFails();

        Assert.Equal(File, error.File);
        Assert.Equal("<option value=\"5\">", error.Element);
        Assert.Contains("lacks the publisher's option value prefix 27180", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{FirstOptionValue} to {FirstOptionValue + 9_999}", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_status_option_without_a_state_is_refused()
    {
        var error = fixture.WithTable(Thing, Column("statuscode", "Status", body: Option(1, "state=\"0\"") + Option(2))).LoadFails();

        Assert.Equal(File, error.File);
        Assert.Contains("the status option has no state", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_status_option_of_a_state_the_table_lacks_is_refused()
    {
        var error = fixture.WithTable(Thing, Column("statuscode", "Status", body: Option(1, "state=\"0\"") + Option(2, "state=\"1\"") + Option(3, "state=\"5\""))).LoadFails();

        Assert.Contains("belongs to state 5, which statecode does not have", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_table_may_redefine_its_status_reasons()
    {
        var solution = fixture.WithTable(Thing, Column("statuscode", "Status", body: Option(1, "state=\"0\"") + Option(FirstOptionValue, "state=\"0\"") + Option(2, "state=\"1\""))).Load();

        Assert.Equal(3, solution.Metadata.FindTable(Thing)!.Column("statuscode")!.OptionSet!.Options.Count);
    }

    [Fact]
    public void A_lookup_to_an_unknown_table_is_refused()
    {
        var error = fixture.WithTable(Thing, Column(Custom("ownerid"), "Lookup", body: $"""<relationship name="{Custom("nothing_thing")}" referenced="{Custom("nothing")}" />""")).LoadFails();

        Assert.Equal(File, error.File);
        Assert.Equal($"<relationship name=\"{Custom("nothing_thing")}\">", error.Element);
        Assert.Contains($"points at the table '{Custom("nothing")}', which does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lookup_without_a_relationship_is_refused()
    {
        var error = fixture.WithTable(Thing, Column(Custom("leadid"), "Lookup")).LoadFails();

        Assert.Contains("the lookup declares no relationship", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relationship_name_used_twice_is_refused()
    {
        var relationship = $"""<relationship name="{Custom("lead_thing")}" referenced="lead" />""";
        var error = fixture.WithTable(Thing, Column(Custom("leadid"), "Lookup", body: relationship) + Column(Custom("otherleadid"), "Lookup", body: relationship)).LoadFails();

        Assert.Contains($"'{Custom("lead_thing")}' is used twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_without_the_publisher_prefix_is_refused()
    {
        var error = fixture.WithTable(Thing, Column("size", "Integer")).LoadFails();

        Assert.Contains($"lacks the publisher prefix '{Prefix}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(Custom("size"), error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_without_the_publisher_prefix_is_refused()
    {
        var error = fixture.WithTable("thing").LoadFails();

        Assert.Equal("Tables/thing.xml", error.File);
        Assert.Contains("the table 'thing' lacks the publisher prefix", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_without_its_german_label_is_refused()
    {
        var column = $"""
            <column name="{Custom("size")}" type="Integer">
              <label lcid="1033" description="Size.">Size</label>
            </column>
            """;
        var error = fixture.WithTable(Thing, column).LoadFails();

        Assert.Contains("the display name in language 1031 is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_attribute_is_refused_instead_of_ignored()
    {
        var error = fixture.WithTable(Thing, Column(Custom("code"), "String", "maxlenght=\"20\"")).LoadFails();

        Assert.Contains("the attribute 'maxlenght' is not part of the source format", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_element_is_refused_instead_of_ignored()
    {
        var error = fixture.WithTable(Thing, Column(Custom("leadid"), "Lookup", body: $"""<relation name="{Custom("lead_thing")}" referenced="lead" />""")).LoadFails();

        Assert.Equal($"<relation name=\"{Custom("lead_thing")}\">", error.Element);
        Assert.Contains("<relation> is not part of the source format inside <column>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_label_attribute_is_refused_instead_of_ignored()
    {
        var column = $"""
            <column name="{Custom("size")}" type="Integer">
              <label lcid="1033" descripton="Size.">Size</label>
              <label lcid="1031" description="Größe.">Größe</label>
            </column>
            """;
        var error = fixture.WithTable(Thing, column).LoadFails();

        Assert.Contains("the attribute 'descripton' is not part of the source format", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_platform_column_declared_in_the_file_is_refused()
    {
        var error = fixture.WithTable(Thing, Column("createdon", "DateTime")).LoadFails();

        Assert.Contains("'createdon' is added by the platform", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_in_a_file_of_another_name_is_refused()
    {
        var error = fixture.WithTable(Thing).With($"Tables/{Custom("other")}.xml", System.IO.File.ReadAllText(Path.Combine(fixture.Folder, File))).LoadFails();

        Assert.Equal($"Tables/{Custom("other")}.xml", error.File);
        Assert.Contains($"Rename the file to {Thing}.xml", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Extending_a_table_that_is_not_shipped_is_refused()
    {
        var error = fixture.With("Tables/invoice.xml", """<table name="invoice" existing="true" />""").LoadFails();

        Assert.Contains("'invoice', which is not a shipped standard table", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_a_column_lead_already_has_is_refused()
    {
        var error = fixture.With("Tables/lead.xml", $"""<table name="lead" existing="true">{Column(LeadSchema.FitScore, "Integer")}{Column(LeadSchema.FitScore, "Integer")}</table>""").LoadFails();

        Assert.Equal("Tables/lead.xml", error.File);
        Assert.Contains("declared twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_global_option_set_is_refused()
    {
        var error = fixture.WithTable(Thing, Column(Custom("grade"), "Picklist", $"optionset=\"{Custom("grade")}\"")).LoadFails();

        Assert.Contains($"the global option set '{Custom("grade")}' does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains($"OptionSets/{Custom("grade")}.xml", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_may_use_a_global_option_set_of_the_solution()
    {
        var solution = fixture
            .With($"OptionSets/{Custom("colour")}.xml", $"""<optionset name="{Custom("colour")}"><label lcid="1033" description="A colour.">Colour</label><label lcid="1031" description="Eine Farbe.">Farbe</label>{Option(FirstOptionValue)}</optionset>""")
            .WithTable(Thing, Column(Custom("colour"), "Picklist", $"optionset=\"{Custom("colour")}\""))
            .Load();

        Assert.Same(solution.Metadata.GlobalOptionSets[Custom("colour")], solution.Metadata.FindTable(Thing)!.Column(Custom("colour"))!.OptionSet);
    }

    [Fact]
    public void A_global_option_value_without_the_publishers_prefix_is_refused()
    {
        var error = fixture
            .With($"OptionSets/{Custom("colour")}.xml", $"""<optionset name="{Custom("colour")}"><label lcid="1033" description="A colour.">Colour</label><label lcid="1031" description="Eine Farbe.">Farbe</label>{Option(1)}</optionset>""")
            .LoadFails();

        Assert.Equal($"OptionSets/{Custom("colour")}.xml", error.File);
        Assert.Contains("the option value 1 lacks the publisher's option value prefix", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_column_longer_than_the_platform_allows_is_refused()
    {
        var error = fixture.WithTable(Thing, Column(Custom("code"), "String", "maxlength=\"5000\"")).LoadFails();

        Assert.Contains("'maxlength' is 5000, outside 0…4000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_that_is_not_well_formed_is_refused_with_its_line()
    {
        var error = fixture.With(File, $"<table name=\"{Thing}\">\n  <column name=\"{Custom("x")}\"\n</table>").LoadFails();

        Assert.Equal(File, error.File);
        Assert.NotNull(error.Line);
        Assert.Contains("is not well-formed XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_names_the_file_and_line_of_the_element()
    {
        var error = fixture.WithTable(Thing, Column(Custom("size"), "Number")).LoadFails();

        Assert.StartsWith($"{File}({error.Line}): <column name=\"{Custom("size")}\">:", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 1);
    }
}
