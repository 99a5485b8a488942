using System.Reflection;
using CrmLeadSla.Plugins;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Source;

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
        { typeof(Grade), "lead", "lsla_grade" },
        { typeof(FunnelStage), "lead", "lsla_funnelstage" },
        { typeof(SlaStatus), "lead", "lsla_slastatus" },
        { typeof(InteractionType), "lsla_interaction", "lsla_interactiontype" },
        { typeof(RuleCategory), "lsla_scoringrule", "lsla_category" },
        { typeof(RuleOperator), "lsla_scoringrule", "lsla_operator" },
        { typeof(GroupLogic), "lsla_scoringrule", "lsla_grouplogic" },
        { typeof(RejectionOutcome), "lsla_rejectionreason", "lsla_outcome" },
        { typeof(SlaKind), "lsla_slainstance", "lsla_kind" },
        { typeof(SlaClockState), "lsla_slainstance", "lsla_status" },
        { typeof(WorkingDay), "lsla_slaagreement", "lsla_workingdays" },
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

        Assert.Equal(["LeadSchemaWithATypo.RejectionComment: 'lead' has no column 'lsla_rejectcomment'"], problems);
    }

    [Fact]
    public void A_schema_column_removed_from_the_solution_is_found()
    {
        using var copy = new SolutionCopy();
        copy.Replace("Tables/lsla_stagetransition.xml", "name=\"lsla_comment\"", "name=\"lsla_note\"");

        var problems = SourceOfTruth.SchemaColumnsTheSolutionLacks([typeof(CrmLeadSla.Plugins.Schema.StageTransitionSchema)], copy.Load().Metadata);

        Assert.Equal(["StageTransitionSchema.Comment: 'lsla_stagetransition' has no column 'lsla_comment'"], problems);
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
        var problems = SourceOfTruth.PrefixedNamesTheSolutionLacks([typeof(AgreementReaderWithATypo)], Solution.Metadata, "lsla");

        Assert.Equal(["AgreementReaderWithATypo.IsDefault: 'lsla_isdefualt' is no table, column, relationship or option set of the solution"], problems);
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
        var problems = SourceOfTruth.OptionMismatches(typeof(StageWithAnExtraValue), "lead", "lsla_funnelstage", Solution.Metadata);

        Assert.Contains("StageWithAnExtraValue.Reopened = 271800008: not an option of lead.lsla_funnelstage", problems);
    }

    [Fact]
    public void An_option_the_code_does_not_know_is_found()
    {
        using var copy = new SolutionCopy();
        copy.Replace("OptionSets/lsla_grade.xml", "</optionset>", "<option value=\"271800004\"><label lcid=\"1033\">E</label><label lcid=\"1031\">E</label></option></optionset>");

        var problems = SourceOfTruth.OptionMismatches(typeof(Grade), "lead", "lsla_grade", copy.Load().Metadata);

        Assert.Equal(["lead.lsla_grade option 271800004 (E): Grade has no member for it"], problems);
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
        copy.Replace("PluginAssemblies/CrmLeadSla.Plugins.xml", "filteringattributes=\"", "filteringattributes=\"lsla_nosuchcolumn,");

        var error = copy.LoadFails();

        Assert.Contains("lsla_nosuchcolumn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_column_the_table_lacks_fails_the_load_of_the_shipped_registration()
    {
        using var copy = new SolutionCopy();
        copy.Replace("PluginAssemblies/CrmLeadSla.Plugins.xml", "type=\"PreImage\" attributes=\"lsla_version\"", "type=\"PreImage\" attributes=\"lsla_version,lsla_nosuchcolumn\"");

        var error = copy.LoadFails();

        Assert.Contains("lsla_nosuchcolumn", error.Message, StringComparison.Ordinal);
    }

    private static class LeadSchemaWithATypo
    {
        public const string EntityName = "lead";
        public const string FunnelStage = "lsla_funnelstage";
        public const string RejectionComment = "lsla_rejectcomment";
    }

    private static class AgreementReaderWithATypo
    {
        private const string IsDefault = "lsla_isdefualt";
        private const string Name = "lsla_name";
    }

    private enum StageWithAnExtraValue
    {
        Inquiry = 271800000,
        Reopened = 271800008,
    }
}
