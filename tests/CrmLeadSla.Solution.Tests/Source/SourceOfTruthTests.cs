using System.Reflection;
using CrmLeadSla.Plugins;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Source;
using static CrmLeadSla.Solution.Tests.Source.SolutionFolderFixture;

namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>
/// One source of truth: the code's column names, option values and plug-in classes agree with Solution/, and each kind of
/// disagreement is found (a test of each feeds a deliberately broken copy).
/// </summary>
public sealed class SourceOfTruthTests
{
    private static readonly SolutionDefinition Solution = SolutionFolder.Load();

    private static readonly Assembly[] CodeAssemblies = [typeof(LeadScoringPlugin).Assembly, Assembly.Load(new AssemblyName("CrmLeadSla.Workflows"))];

    /// <summary>The enums of the domain that mirror a choice column, with that column.</summary>
    public static TheoryData<Type, string, string> OptionMirrors => new()
    {
        { typeof(Grade), LeadSchema.EntityName, LeadSchema.Grade },
        { typeof(FunnelStage), LeadSchema.EntityName, LeadSchema.FunnelStage },
        { typeof(SlaStatus), LeadSchema.EntityName, LeadSchema.SlaStatus },
        { typeof(InteractionType), InteractionSchema.EntityName, InteractionSchema.InteractionType },
        { typeof(RuleCategory), ScoringRuleSchema.EntityName, ScoringRuleSchema.Category },
        { typeof(RuleOperator), ScoringRuleSchema.EntityName, ScoringRuleSchema.Operator },
        { typeof(GroupLogic), ScoringRuleSchema.EntityName, ScoringRuleSchema.GroupLogic },
        { typeof(RejectionOutcome), RejectionReasonSchema.EntityName, RejectionReasonSchema.Outcome },
        { typeof(SlaKind), SlaClockSchema.EntityName, SlaClockSchema.Kind },
        { typeof(SlaClockState), SlaClockSchema.EntityName, SlaClockSchema.Status },
        { typeof(WorkingDay), SlaAgreementSchema.EntityName, SlaAgreementSchema.WorkingDays },
        { typeof(HandOverMode), SlaAgreementSchema.EntityName, SlaAgreementSchema.HandOverMode },
    };

    [Fact]
    public void Every_column_the_schema_classes_name_is_a_column_of_the_solution()
    {
        var schemas = CodeAssemblies.SelectMany(SourceOfTruth.SchemaClassesOf).ToList();

        Assert.NotEmpty(schemas);
        Assert.Empty(SourceOfTruth.SchemaColumnsTheSolutionLacks(schemas, Solution.Metadata));
    }

    [Fact]
    public void A_schema_constant_naming_a_column_the_solution_lacks_is_found()
    {
        var problems = SourceOfTruth.SchemaColumnsTheSolutionLacks([typeof(LeadSchemaWithATypo)], Solution.Metadata);

        Assert.Equal([$"LeadSchemaWithATypo.RejectionComment: 'lead' has no column '{LeadSchema.RejectionComment}s'"], problems);
    }

    [Fact]
    public void A_schema_column_removed_from_the_solution_is_found()
    {
        using var copy = new SolutionCopy();
        copy.Replace($"Tables/{StageTransitionSchema.EntityName}.xml", $"name=\"{StageTransitionSchema.Comment}\"", $"name=\"{Custom("note")}\"");

        var problems = SourceOfTruth.SchemaColumnsTheSolutionLacks([typeof(CrmLeadSla.Plugins.Schema.StageTransitionSchema)], copy.Load().Metadata);

        Assert.Equal([$"StageTransitionSchema.Comment: '{StageTransitionSchema.EntityName}' has no column '{StageTransitionSchema.Comment}'"], problems);
    }

    [Fact]
    public void Every_prefixed_name_in_the_codes_constants_is_part_of_the_solution()
    {
        var types = CodeAssemblies.SelectMany(a => a.GetTypes());

        Assert.Empty(SourceOfTruth.PrefixedNamesTheSolutionLacks(types, Solution.Metadata, Solution.Publisher.Prefix));
    }

    [Fact]
    public void A_private_constant_naming_a_column_the_solution_lacks_is_found()
    {
        var problems = SourceOfTruth.PrefixedNamesTheSolutionLacks([typeof(AgreementReaderWithATypo)], Solution.Metadata, Solution.Publisher.Prefix);

        Assert.Equal([$"AgreementReaderWithATypo.IsDefault: '{SlaAgreementSchema.IsDefault}s' is no table, column, relationship or option set of the solution"], problems);
    }

    [Theory]
    [MemberData(nameof(OptionMirrors))]
    public void Every_option_value_in_code_is_an_option_of_its_choice_and_back(Type mirror, string table, string column)
    {
        Assert.Empty(SourceOfTruth.OptionMismatches(mirror, table, column, Solution.Metadata));
    }

    [Fact]
    public void Every_domain_enum_with_option_values_is_checked_against_its_choice()
    {
        // An enum whose values lie in the publisher's range mirrors a choice; a new one must join OptionMirrors.
        // The workflow assembly compiles the same domain sources, so enums are matched by name.
        var mirrored = OptionMirrors.Select(row => ((Type)row[0]).FullName).ToHashSet();
        var unmirrored = CodeAssemblies.SelectMany(a => a.GetTypes())
            .Where(t => t.IsEnum && Enum.GetValues(t).Cast<object>().Any(v => Solution.Publisher.OwnsOptionValue(Convert.ToInt32(v))))
            .Select(t => t.FullName)
            .Where(name => !mirrored.Contains(name))
            .Distinct();

        Assert.Empty(unmirrored);
    }

    [Fact]
    public void An_option_value_in_code_the_choice_lacks_is_found()
    {
        var problems = SourceOfTruth.OptionMismatches(typeof(StageWithAnExtraValue), LeadSchema.EntityName, LeadSchema.FunnelStage, Solution.Metadata);

        Assert.Contains($"StageWithAnExtraValue.Reopened = {(int)StageWithAnExtraValue.Reopened}: not an option of lead.{LeadSchema.FunnelStage}", problems);
    }

    [Fact]
    public void An_option_the_code_does_not_know_is_found()
    {
        var gradeE = (int)Grade.D + 1;
        using var copy = new SolutionCopy();
        copy.Replace($"OptionSets/{LeadSchema.Grade}.xml", "</optionset>", $"<option value=\"{gradeE}\"><label lcid=\"1033\">E</label><label lcid=\"1031\">E</label></option></optionset>");

        var problems = SourceOfTruth.OptionMismatches(typeof(Grade), LeadSchema.EntityName, LeadSchema.Grade, copy.Load().Metadata);

        Assert.Equal([$"lead.{LeadSchema.Grade} option {gradeE} (E): Grade has no member for it"], problems);
    }

    [Fact]
    public void Every_registered_plug_in_type_is_a_class_of_its_assembly()
    {
        Assert.NotEmpty(Solution.Steps);
        Assert.Empty(SourceOfTruth.RegisteredClassesTheCodeLacks(Solution, CodeAssemblies));
    }

    [Fact]
    public void A_step_registered_for_a_class_that_does_not_exist_is_found()
    {
        using var copy = new SolutionCopy();
        copy.Replace("PluginAssemblies/CrmLeadSla.Plugins.xml", "name=\"CrmLeadSla.Plugins.LeadScoringPlugin\"", "name=\"CrmLeadSla.Plugins.LeadScorePlugin\"");

        var problems = SourceOfTruth.RegisteredClassesTheCodeLacks(copy.Load(), CodeAssemblies);

        Assert.Equal(["CrmLeadSla.Plugins: CrmLeadSla.Plugins.LeadScorePlugin is not a IPlugin class of the assembly"], problems);
    }

    [Fact]
    public void A_filtering_attribute_the_table_lacks_fails_the_load_of_the_shipped_registration()
    {
        using var copy = new SolutionCopy();
        copy.Replace("PluginAssemblies/CrmLeadSla.Plugins.xml", "filteringattributes=\"", $"filteringattributes=\"{Custom("nosuchcolumn")},");

        var error = copy.LoadFails();

        Assert.Contains(Custom("nosuchcolumn"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_column_the_table_lacks_fails_the_load_of_the_shipped_registration()
    {
        using var copy = new SolutionCopy();
        copy.Replace("PluginAssemblies/CrmLeadSla.Plugins.xml", $"type=\"PreImage\" attributes=\"{ScoringModelSchema.Version}\"", $"type=\"PreImage\" attributes=\"{ScoringModelSchema.Version},{Custom("nosuchcolumn")}\"");

        var error = copy.LoadFails();

        Assert.Contains(Custom("nosuchcolumn"), error.Message, StringComparison.Ordinal);
    }

    private static class LeadSchemaWithATypo
    {
        public const string EntityName = LeadSchema.EntityName;
        public const string FunnelStage = LeadSchema.FunnelStage;
        public const string RejectionComment = LeadSchema.RejectionComment + "s";
    }

    private static class AgreementReaderWithATypo
    {
        private const string IsDefault = SlaAgreementSchema.IsDefault + "s";
        private const string Name = SlaAgreementSchema.Name;
    }

    private enum StageWithAnExtraValue
    {
        Inquiry = FunnelStage.Inquiry,
        Reopened = FunnelStage.Excluded + 1,
    }
}
