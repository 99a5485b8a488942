using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Source;
using static CrmLeadSla.Solution.Tests.Source.SolutionFolderFixture;

namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>The repository's Solution/ folder, as the build copies it next to the tests.</summary>
public sealed class RepositorySolutionTests
{
    private static readonly SolutionDefinition Solution = SolutionFolder.Load();

    [Fact]
    public void The_solution_is_found_in_the_output_folder_and_names_its_publisher()
    {
        Assert.Equal("CrmLeadSla", Solution.UniqueName);
        Assert.Equal("lsla", Solution.Publisher.Prefix);
        Assert.Equal(27180, Solution.Publisher.OptionValuePrefix);
        Assert.Equal([1033, 1031], Solution.Languages);
    }

    [Fact]
    public void The_solution_carries_a_four_part_version()
    {
        Assert.True(Solution.Version.Revision >= 0);
    }

    [Theory]
    [InlineData("lead")]
    [InlineData("contact")]
    [InlineData("account")]
    [InlineData("opportunity")]
    [InlineData("opportunityclose")]
    [InlineData("systemuser")]
    [InlineData("team")]
    [InlineData("businessunit")]
    [InlineData("task")]
    [InlineData("phonecall")]
    [InlineData("email")]
    [InlineData("appointment")]
    public void Standard_tables_are_merged_into_the_metadata(string table)
    {
        Assert.NotNull(Solution.Metadata.FindTable(table));
    }

    [Fact]
    public void The_solution_lists_its_own_tables_and_the_lead_it_extends()
    {
        Assert.Equal(
            ["lead", AgreedReasonSchema.EntityName, ExclusionRuleSchema.EntityName, HolidaySchema.EntityName, InteractionSchema.EntityName, RejectionReasonSchema.EntityName, ScoringModelSchema.EntityName, ScoringRuleSchema.EntityName, SlaAgreementSchema.EntityName, SlaClockSchema.EntityName, StageTransitionSchema.EntityName],
            Solution.SolutionTables.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Lead_keeps_its_standard_columns_next_to_the_added_ones()
    {
        var lead = Solution.Metadata.FindTable("lead")!;

        Assert.Equal(ColumnKind.Money, lead.Column("budgetamount")!.Kind);
        Assert.True(lead.Column(LeadSchema.FitScore)!.IsCustom);
        Assert.False(lead.Column("budgetamount")!.IsCustom);
    }

    [Theory]
    [InlineData(ScoringModelSchema.EntityName, ScoringModelSchema.Id)]
    [InlineData(InteractionSchema.EntityName, "activityid")]
    public void Custom_tables_get_the_platform_columns(string table, string key)
    {
        var definition = Solution.Metadata.FindTable(table)!;

        Assert.Equal(key, definition.PrimaryIdAttribute);
        Assert.All(
            new[] { key, "createdon", "createdby", "modifiedon", "modifiedby", "ownerid", "owningbusinessunit", "statecode", "statuscode", "versionnumber" },
            column => Assert.NotNull(definition.Column(column)));
    }

    [Fact]
    public void A_custom_table_is_active_0_or_inactive_1_with_status_reasons_1_and_2()
    {
        var agreement = Solution.Metadata.FindTable(SlaAgreementSchema.EntityName)!;

        Assert.Equal([(0, (int?)null), (1, null)], agreement.Column("statecode")!.OptionSet!.Options.Select(o => (o.Value, o.State)));
        Assert.Equal([(1, (int?)0), (2, 1)], agreement.Column("statuscode")!.OptionSet!.Options.Select(o => (o.Value, o.State)));
    }

    [Fact]
    public void The_interaction_activity_has_the_activity_columns()
    {
        var interaction = Solution.Metadata.FindTable(InteractionSchema.EntityName)!;

        Assert.True(interaction.IsActivity);
        Assert.Equal("subject", interaction.PrimaryNameAttribute);
        Assert.All(
            new[] { "subject", "regardingobjectid", "scheduledstart", "scheduledend", "actualstart", "actualend", "activitytypecode" },
            column => Assert.NotNull(interaction.Column(column)));
        Assert.Equal(["lead", "contact", "account", "opportunity"], interaction.Column("regardingobjectid")!.Targets);
    }

    /// <summary>One-to-many relationships: name, referenced table, referencing table, lookup column.</summary>
    public static TheoryData<string, string, string, string> OneToManyRelationships => new()
    {
        { "lead_qualifying_opportunity", "opportunity", "lead", "qualifyingopportunityid" },
        { "opportunity_originating_lead", "lead", "opportunity", "originatingleadid" },
        { Custom("scoringmodel_scoringrule"), ScoringModelSchema.EntityName, ScoringRuleSchema.EntityName, ScoringRuleSchema.ScoringModelId },
        { Custom("lead_interaction"), "lead", InteractionSchema.EntityName, "regardingobjectid" },
        { "Lead_Tasks", "lead", "task", "regardingobjectid" },
        { "business_unit_system_users", "businessunit", "systemuser", "businessunitid" },
        { $"business_unit_{SlaClockSchema.EntityName}", "businessunit", SlaClockSchema.EntityName, "owningbusinessunit" },
        { $"lk_{SlaClockSchema.EntityName}_createdby", "systemuser", SlaClockSchema.EntityName, "createdby" },
    };

    [Theory]
    [MemberData(nameof(OneToManyRelationships))]
    public void Lookups_create_one_to_many_relationships(string name, string referenced, string referencing, string column)
    {
        var relationship = Assert.IsType<OneToManyRelationship>(Solution.Metadata.FindRelationship(name));

        Assert.Equal((referenced, referencing, column), (relationship.ReferencedEntity, relationship.ReferencingEntity, relationship.ReferencingAttribute));
        Assert.Equal(Solution.Metadata.FindTable(referenced)!.PrimaryIdAttribute, relationship.ReferencedAttribute);
    }

    [Fact]
    public void Team_membership_is_a_many_to_many_relationship_with_users()
    {
        var membership = Assert.IsType<ManyToManyRelationship>(Solution.Metadata.FindRelationship("teammembership_association"));

        Assert.Equal(("team", "systemuser", "teammembership"), (membership.Entity1LogicalName, membership.Entity2LogicalName, membership.IntersectEntity));
    }

    [Fact]
    public void Deleting_a_scoring_model_deletes_its_rules()
    {
        var relationship = (OneToManyRelationship)Solution.Metadata.FindRelationship(Custom("scoringmodel_scoringrule"))!;

        Assert.Equal(CascadeDelete.Cascade, relationship.CascadeDelete);
        Assert.Equal(CascadeConfiguration.Parental, relationship.Cascade);
    }

    [Fact]
    public void Every_update_step_filters_on_its_columns()
    {
        // The solution checker's meta-avoid-reg-no-attribute: an Update step without filtering attributes runs on every change.
        Assert.All(Solution.Steps.Where(s => s.Message == "Update"), step => Assert.NotEmpty(step.FilteringAttributes));
    }
}
