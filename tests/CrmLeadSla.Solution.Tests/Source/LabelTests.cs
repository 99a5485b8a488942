using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Source;
using static CrmLeadSla.Solution.Tests.Source.SolutionFolderFixture;

namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>Every component the solution adds is labelled in English (1033) and German (1031).</summary>
public sealed class LabelTests
{
    private static readonly SolutionDefinition Solution = SolutionFolder.Load();

    public static TheoryData<string> CustomTables => new(Solution.Metadata.Tables.Where(t => t.IsCustom).Select(t => t.LogicalName));

    public static TheoryData<string, string> CustomColumns
    {
        get
        {
            var rows = new TheoryData<string, string>();
            foreach (var table in Solution.Metadata.Tables)
            {
                foreach (var column in table.Columns.Values.Where(c => c.IsCustom))
                {
                    rows.Add(table.LogicalName, column.LogicalName);
                }
            }

            return rows;
        }
    }

    [Theory]
    [MemberData(nameof(CustomTables))]
    public void A_custom_table_has_names_and_a_description_in_english_and_german(string table)
    {
        var definition = Solution.Metadata.FindTable(table)!;

        foreach (var text in new[] { definition.DisplayName, definition.DisplayCollectionName, definition.Description })
        {
            Assert.False(string.IsNullOrWhiteSpace(text.ByLanguage.GetValueOrDefault(1033)));
            Assert.False(string.IsNullOrWhiteSpace(text.ByLanguage.GetValueOrDefault(1031)));
        }
    }

    [Theory]
    [MemberData(nameof(CustomColumns))]
    public void A_custom_column_has_a_name_and_a_description_in_english_and_german(string table, string column)
    {
        var definition = Solution.Metadata.FindTable(table)!.Column(column)!;

        foreach (var text in new[] { definition.DisplayName, definition.Description })
        {
            Assert.False(string.IsNullOrWhiteSpace(text.ByLanguage.GetValueOrDefault(1033)));
            Assert.False(string.IsNullOrWhiteSpace(text.ByLanguage.GetValueOrDefault(1031)));
        }

        Assert.All(definition.OptionSet?.Options ?? [], o => Assert.True(o.Label.ByLanguage.ContainsKey(1031)));
    }

    [Fact]
    public void The_english_and_german_names_differ_where_the_languages_do()
    {
        var agreement = Solution.Metadata.FindTable(SlaAgreementSchema.EntityName)!;

        Assert.Equal("SLA Agreement", agreement.DisplayName.In(1033));
        Assert.Equal("SLA-Vereinbarung", agreement.DisplayName.In(1031));
    }

    [Fact]
    public void The_labelled_columns_include_every_column_the_solution_adds()
    {
        Assert.Equal(
            Solution.Metadata.FindTable("lead")!.Columns.Keys.Count(k => k.StartsWith(Prefix, StringComparison.Ordinal)),
            CustomColumns.Count(row => (string)row[0] == "lead"));
    }
}
