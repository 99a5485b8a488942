using System.Reflection;
using CrmLeadSla.Plugins;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>
/// Messages name columns and choices by the labels users see on the forms: the wording of every language keeps those
/// labels (a plug-in cannot read metadata cheaply), and they must stay the solution's labels in that language.
/// </summary>
public sealed class WordingLabelTests
{
    private static readonly SolutionDefinition Solution = SolutionFolder.Load();

    /// <summary>Every column a message names: the public static <see cref="Field"/>s of the plug-in assembly.</summary>
    private static IReadOnlyList<Field> Fields { get; } = typeof(LeadScoringPlugin).Assembly.GetTypes()
        .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Static))
        .Where(property => property.PropertyType == typeof(Field))
        .Select(property => (Field)property.GetValue(null)!)
        .ToList();

    /// <summary>Choices messages name, with the column whose option labels they must match.</summary>
    public static TheoryData<string, string, string> NamedChoices => new()
    {
        { nameof(FunnelStage), "lead", LeadSchema.FunnelStage },
        { nameof(RuleOperator), ScoringRuleSchema.EntityName, ScoringRuleSchema.Operator },
    };

    [Fact]
    public void Every_column_a_message_names_is_labelled_in_every_language_as_the_solution_labels_it()
    {
        var mismatches =
            from field in Fields
            from language in Language.All
            let solutionLabel = Solution.Metadata.FindTable(FieldColumns.TableOf(field))?.Column(FieldColumns.ColumnOf(field))?.DisplayName.In(language.Lcid)
            let wordingLabel = Text.Of(field.Label).In(language)
            where wordingLabel != solutionLabel
            select $"{FieldColumns.TableOf(field)}.{FieldColumns.ColumnOf(field)} in {language}: the wording says '{wordingLabel}', the solution '{solutionLabel}'";

        Assert.NotEmpty(Fields);
        Assert.Empty(mismatches);
    }

    [Theory]
    [MemberData(nameof(NamedChoices))]
    public void Every_choice_a_message_names_is_named_in_every_language_by_its_label(string choice, string table, string column)
    {
        var options = Solution.Metadata.FindTable(table)!.Column(column)!.OptionSet!.Options;
        var mismatches =
            from option in options
            from language in Language.All
            let wordingName = NameOf(choice, option.Value).In(language)
            where wordingName != option.Label.In(language.Lcid)
            select $"{choice} {option.Value} in {language}: the wording says '{wordingName}', the solution '{option.Label.In(language.Lcid)}'";

        Assert.Empty(mismatches);
    }

    private static Text NameOf(string choice, int value) => choice switch
    {
        nameof(FunnelStage) => FunnelWording.NameOf((FunnelStage)value),
        nameof(RuleOperator) => ColumnOperators.LabelOf((RuleOperator)value),
        _ => throw new ArgumentOutOfRangeException(nameof(choice), choice, "no wording for this choice"),
    };
}
