using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>The public data contract of DESIGN.md: these names, types and option values are what admins, reports and outside tests rely on.</summary>
public sealed class DataContractTests
{
    private static readonly MetadataModel Metadata = SolutionFolder.Load().Metadata;

    private static readonly string[] CustomTableNames =
        ["lsla_scoringmodel", "lsla_scoringrule", "lsla_interaction", "lsla_slaagreement", "lsla_rejectionreason", "lsla_stagetransition", "lsla_slainstance", "lsla_agreedreason", "lsla_exclusionrule", "lsla_holiday"];

    /// <summary>The custom tables of the contract.</summary>
    public static TheoryData<string> CustomTables => new(CustomTableNames);

    [Fact]
    public void The_solution_adds_exactly_the_contracts_custom_tables()
    {
        Assert.Equal(
            CustomTableNames.Order(StringComparer.Ordinal),
            Metadata.Tables.Where(t => t.IsCustom).Select(t => t.LogicalName).Order(StringComparer.Ordinal));
    }

    public static TheoryData<string, string, ColumnKind> ContractColumns => new()
    {
        { "lead", "lsla_fitscore", ColumnKind.Integer },
        { "lead", "lsla_behaviorscore", ColumnKind.Integer },
        { "lead", "lsla_grade", ColumnKind.Picklist },
        { "lead", "lsla_leadindex", ColumnKind.String },
        { "lead", "lsla_scoreexplanation", ColumnKind.Memo },
        { "lead", "lsla_scoredon", ColumnKind.DateTime },
        { "lead", "lsla_funnelstage", ColumnKind.Picklist },
        { "lead", "lsla_stagechangedon", ColumnKind.DateTime },
        { "lead", "lsla_slaagreementid", ColumnKind.Lookup },
        { "lead", "lsla_handedoveron", ColumnKind.DateTime },
        { "lead", "lsla_acceptdueon", ColumnKind.DateTime },
        { "lead", "lsla_firstcontactdueon", ColumnKind.DateTime },
        { "lead", "lsla_handoverdueon", ColumnKind.DateTime },
        { "lead", "lsla_rejectionreasonid", ColumnKind.Lookup },
        { "lead", "lsla_rejectioncomment", ColumnKind.Memo },
        { "lead", "lsla_reactivateon", ColumnKind.DateTime },
        { "lead", "lsla_slastatus", ColumnKind.Picklist },
        { "lead", "lsla_excluded", ColumnKind.Boolean },
        { "lead", "lsla_exclusionreason", ColumnKind.String },
        { "lead", "budgetamount", ColumnKind.Money },
        { "lead", "budgetstatus", ColumnKind.Picklist },
        { "lead", "decisionmaker", ColumnKind.Boolean },
        { "lead", "need", ColumnKind.Picklist },
        { "lead", "purchasetimeframe", ColumnKind.Picklist },
        { "lead", "purchaseprocess", ColumnKind.Picklist },
        { "lead", "revenue", ColumnKind.Money },
        { "lead", "numberofemployees", ColumnKind.Integer },
        { "lead", "industrycode", ColumnKind.Picklist },
        { "lead", "jobtitle", ColumnKind.String },
        { "lead", "emailaddress1", ColumnKind.String },
        { "lead", "leadsourcecode", ColumnKind.Picklist },
        { "lsla_scoringmodel", "lsla_name", ColumnKind.String },
        { "lsla_scoringmodel", "lsla_isactive", ColumnKind.Boolean },
        { "lsla_scoringmodel", "lsla_mqlthreshold", ColumnKind.Integer },
        { "lsla_scoringmodel", "lsla_mqlmingrade", ColumnKind.Picklist },
        { "lsla_scoringmodel", "lsla_gradeathreshold", ColumnKind.Integer },
        { "lsla_scoringmodel", "lsla_gradebthreshold", ColumnKind.Integer },
        { "lsla_scoringmodel", "lsla_gradecthreshold", ColumnKind.Integer },
        { "lsla_scoringmodel", "lsla_decayhalflifedays", ColumnKind.Integer },
        { "lsla_scoringmodel", "lsla_version", ColumnKind.Integer },
        { "lsla_scoringrule", "lsla_scoringmodelid", ColumnKind.Lookup },
        { "lsla_scoringrule", "lsla_name", ColumnKind.String },
        { "lsla_scoringrule", "lsla_category", ColumnKind.Picklist },
        { "lsla_scoringrule", "lsla_attribute", ColumnKind.String },
        { "lsla_scoringrule", "lsla_operator", ColumnKind.Picklist },
        { "lsla_scoringrule", "lsla_value", ColumnKind.String },
        { "lsla_scoringrule", "lsla_interactiontype", ColumnKind.Picklist },
        { "lsla_scoringrule", "lsla_points", ColumnKind.Integer },
        { "lsla_scoringrule", "lsla_maxpoints", ColumnKind.Integer },
        { "lsla_scoringrule", "lsla_isactive", ColumnKind.Boolean },
        { "lsla_interaction", "regardingobjectid", ColumnKind.Lookup },
        { "lsla_interaction", "lsla_interactiontype", ColumnKind.Picklist },
        { "lsla_interaction", "lsla_occurredon", ColumnKind.DateTime },
        { "lsla_interaction", "lsla_url", ColumnKind.String },
        { "lsla_interaction", "subject", ColumnKind.String },
        { "lsla_interaction", "scheduledstart", ColumnKind.DateTime },
        { "lsla_interaction", "scheduledend", ColumnKind.DateTime },
        { "lsla_interaction", "actualstart", ColumnKind.DateTime },
        { "lsla_interaction", "actualend", ColumnKind.DateTime },
        { "lsla_interaction", "statecode", ColumnKind.State },
        { "lsla_interaction", "statuscode", ColumnKind.Status },
        { "lsla_slaagreement", "lsla_name", ColumnKind.String },
        { "lsla_slaagreement", "lsla_targetgroup", ColumnKind.Memo },
        { "lsla_slaagreement", "lsla_market", ColumnKind.String },
        { "lsla_slaagreement", "lsla_products", ColumnKind.Memo },
        { "lsla_slaagreement", "lsla_marketingownerid", ColumnKind.Lookup },
        { "lsla_slaagreement", "lsla_salesownerid", ColumnKind.Lookup },
        { "lsla_slaagreement", "lsla_salesteamid", ColumnKind.Lookup },
        { "lsla_slaagreement", "lsla_scoringmodelid", ColumnKind.Lookup },
        { "lsla_slaagreement", "lsla_handoverwithinhours", ColumnKind.Integer },
        { "lsla_slaagreement", "lsla_handovermode", ColumnKind.Picklist },
        { "lsla_slaagreement", "lsla_acceptwithinhours", ColumnKind.Integer },
        { "lsla_slaagreement", "lsla_firstcontactwithinhours", ColumnKind.Integer },
        { "lsla_slaagreement", "lsla_qualifywithindays", ColumnKind.Integer },
        { "lsla_slaagreement", "lsla_reactivateafterdays", ColumnKind.Integer },
        { "lsla_slaagreement", "lsla_minleadspermonth", ColumnKind.Integer },
        { "lsla_slaagreement", "lsla_timezone", ColumnKind.String },
        { "lsla_slaagreement", "lsla_workdaystart", ColumnKind.Integer },
        { "lsla_slaagreement", "lsla_workdayend", ColumnKind.Integer },
        { "lsla_slaagreement", "lsla_workingdays", ColumnKind.MultiSelectPicklist },
        { "lsla_rejectionreason", "lsla_name", ColumnKind.String },
        { "lsla_rejectionreason", "lsla_code", ColumnKind.String },
        { "lsla_rejectionreason", "lsla_requirescomment", ColumnKind.Boolean },
        { "lsla_rejectionreason", "lsla_outcome", ColumnKind.Picklist },
        { "lsla_rejectionreason", "lsla_recycleafterdays", ColumnKind.Integer },
        { "lsla_rejectionreason", "lsla_lowersgrade", ColumnKind.Boolean },
        { "lsla_rejectionreason", "lsla_isactive", ColumnKind.Boolean },
        { "lsla_stagetransition", "lsla_leadid", ColumnKind.Lookup },
        { "lsla_stagetransition", "lsla_fromstage", ColumnKind.Picklist },
        { "lsla_stagetransition", "lsla_tostage", ColumnKind.Picklist },
        { "lsla_stagetransition", "lsla_changedon", ColumnKind.DateTime },
        { "lsla_stagetransition", "lsla_changedby", ColumnKind.Lookup },
        { "lsla_stagetransition", "lsla_rejectionreasonid", ColumnKind.Lookup },
        { "lsla_stagetransition", "lsla_comment", ColumnKind.Memo },
        { "lsla_stagetransition", "lsla_leadindex", ColumnKind.String },
        { "lsla_slainstance", "lsla_leadid", ColumnKind.Lookup },
        { "lsla_slainstance", "lsla_kind", ColumnKind.Picklist },
        { "lsla_slainstance", "lsla_dueon", ColumnKind.DateTime },
        { "lsla_slainstance", "lsla_status", ColumnKind.Picklist },
        { "lsla_slainstance", "lsla_completedon", ColumnKind.DateTime },
        { "lsla_slainstance", "lsla_slaagreementid", ColumnKind.Lookup },
    };

    public static TheoryData<string, string, string> ContractLookups => new()
    {
        { "lead", "lsla_slaagreementid", "lsla_slaagreement" },
        { "lead", "lsla_rejectionreasonid", "lsla_rejectionreason" },
        { "lsla_scoringrule", "lsla_scoringmodelid", "lsla_scoringmodel" },
        { "lsla_interaction", "regardingobjectid", "lead" },
        { "lsla_slaagreement", "lsla_marketingownerid", "systemuser" },
        { "lsla_slaagreement", "lsla_salesownerid", "systemuser" },
        { "lsla_slaagreement", "lsla_salesteamid", "team" },
        { "lsla_slaagreement", "lsla_scoringmodelid", "lsla_scoringmodel" },
        { "lsla_stagetransition", "lsla_leadid", "lead" },
        { "lsla_stagetransition", "lsla_changedby", "systemuser" },
        { "lsla_stagetransition", "lsla_rejectionreasonid", "lsla_rejectionreason" },
        { "lsla_slainstance", "lsla_leadid", "lead" },
        { "lsla_slainstance", "lsla_slaagreementid", "lsla_slaagreement" },
    };

    public static TheoryData<string, string, int, string> ContractOptions => new()
    {
        { "lead", "lsla_grade", 271800000, "A" },
        { "lead", "lsla_grade", 271800001, "B" },
        { "lead", "lsla_grade", 271800002, "C" },
        { "lead", "lsla_grade", 271800003, "D" },
        { "lead", "lsla_funnelstage", 271800000, "Inquiry" },
        { "lead", "lsla_funnelstage", 271800001, "MQL" },
        { "lead", "lsla_funnelstage", 271800002, "SAL" },
        { "lead", "lsla_funnelstage", 271800003, "SQL" },
        { "lead", "lsla_funnelstage", 271800004, "Won" },
        { "lead", "lsla_funnelstage", 271800005, "Nurture" },
        { "lead", "lsla_funnelstage", 271800006, "Disqualified" },
        { "lead", "lsla_funnelstage", 271800007, "Excluded" },
        { "lead", "lsla_slastatus", 271800000, "On track" },
        { "lead", "lsla_slastatus", 271800001, "At risk" },
        { "lead", "lsla_slastatus", 271800002, "Breached" },
        { "lsla_scoringrule", "lsla_category", 271800000, "Fit" },
        { "lsla_scoringrule", "lsla_category", 271800001, "Behavior" },
        { "lsla_interaction", "lsla_interactiontype", 271800000, "Website visit" },
        { "lsla_interaction", "lsla_interactiontype", 271800001, "Form submission" },
        { "lsla_interaction", "lsla_interactiontype", 271800002, "Webinar registration" },
        { "lsla_interaction", "lsla_interactiontype", 271800003, "Webinar attendance" },
        { "lsla_interaction", "lsla_interactiontype", 271800004, "E-mail open" },
        { "lsla_interaction", "lsla_interactiontype", 271800005, "E-mail click" },
        { "lsla_interaction", "lsla_interactiontype", 271800006, "Download" },
        { "lsla_interaction", "lsla_interactiontype", 271800007, "Event attendance" },
        { "lsla_interaction", "lsla_interactiontype", 271800008, "Unsubscribe" },
        { "lsla_rejectionreason", "lsla_outcome", 271800000, "Nurture" },
        { "lsla_rejectionreason", "lsla_outcome", 271800001, "Disqualify" },
        { "lsla_slainstance", "lsla_kind", 271800000, "Handover" },
        { "lsla_slainstance", "lsla_kind", 271800001, "Accept" },
        { "lsla_slainstance", "lsla_kind", 271800002, "FirstContact" },
        { "lsla_slainstance", "lsla_kind", 271800003, "Qualify" },
        { "lsla_slainstance", "lsla_status", 271800000, "Open" },
        { "lsla_slainstance", "lsla_status", 271800001, "Met" },
        { "lsla_slainstance", "lsla_status", 271800002, "Breached" },
        { "lsla_slainstance", "lsla_status", 271800003, "Cancelled" },
    };

    public static TheoryData<string, string, int> ContractOptionCounts => new()
    {
        { "lead", "lsla_grade", 4 },
        { "lead", "lsla_funnelstage", 8 },
        { "lead", "lsla_slastatus", 3 },
        { "lsla_scoringrule", "lsla_category", 2 },
        { "lsla_interaction", "lsla_interactiontype", 9 },
        { "lsla_rejectionreason", "lsla_outcome", 2 },
        { "lsla_slainstance", "lsla_kind", 4 },
        { "lsla_slainstance", "lsla_status", 4 },
    };

    [Theory]
    [MemberData(nameof(ContractColumns))]
    public void A_contract_column_exists_with_its_type(string table, string column, ColumnKind kind)
    {
        var definition = Metadata.FindTable(table)?.Column(column);

        Assert.NotNull(definition);
        Assert.Equal(kind, definition.Kind);
    }

    [Theory]
    [MemberData(nameof(ContractLookups))]
    public void A_contract_lookup_points_at_its_table(string table, string column, string target)
    {
        Assert.Contains(target, Metadata.FindTable(table)!.Column(column)!.Targets);
        Assert.Contains(Metadata.OneToMany, r => r.ReferencingEntity == table && r.ReferencingAttribute == column && r.ReferencedEntity == target);
    }

    [Theory]
    [MemberData(nameof(ContractOptions))]
    public void A_contract_option_has_its_value_and_english_label(string table, string column, int value, string label)
    {
        var option = Metadata.FindTable(table)!.Column(column)!.OptionSet!.Options.SingleOrDefault(o => o.Value == value);

        Assert.NotNull(option);
        Assert.Equal(label, option.Label.In(1033));
    }

    [Theory]
    [MemberData(nameof(ContractOptionCounts))]
    public void A_contract_option_set_has_no_other_options(string table, string column, int count)
    {
        Assert.Equal(count, Metadata.FindTable(table)!.Column(column)!.OptionSet!.Options.Count);
    }

    [Theory]
    [InlineData("lead", "lsla_grade", "lsla_grade")]
    [InlineData("lead", "lsla_funnelstage", "lsla_funnelstage")]
    [InlineData("lead", "lsla_slastatus", "lsla_slastatus")]
    [InlineData("lsla_scoringmodel", "lsla_mqlmingrade", "lsla_grade")]
    [InlineData("lsla_stagetransition", "lsla_fromstage", "lsla_funnelstage")]
    [InlineData("lsla_stagetransition", "lsla_tostage", "lsla_funnelstage")]
    [InlineData("lsla_interaction", "lsla_interactiontype", "lsla_interactiontype")]
    [InlineData("lsla_scoringrule", "lsla_interactiontype", "lsla_interactiontype")]
    public void Shared_choices_use_one_global_option_set(string table, string column, string optionSet)
    {
        var options = Metadata.FindTable(table)!.Column(column)!.OptionSet!;

        Assert.True(options.IsGlobal);
        Assert.Same(Metadata.GlobalOptionSets[optionSet], options);
    }

    [Fact]
    public void The_lead_index_holds_ten_characters()
    {
        Assert.Equal(10, Metadata.FindTable("lead")!.Column("lsla_leadindex")!.MaxLength);
    }

    [Theory]
    [MemberData(nameof(CustomTables))]
    public void Every_custom_table_but_the_organization_wide_exclusion_rules_is_user_owned(string table)
    {
        // Exclusion rules apply to every lead of the organization, so they belong to it rather than to a user.
        var expected = table == "lsla_exclusionrule" ? TableOwnership.OrganizationOwned : TableOwnership.UserOwned;

        Assert.Equal(expected, Metadata.FindTable(table)!.Ownership);
    }
}
