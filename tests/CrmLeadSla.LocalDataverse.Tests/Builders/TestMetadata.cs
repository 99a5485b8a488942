using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.LocalDataverse.Tests.Builders;

/// <summary>
/// A small organization schema for the core's tests: lead, account, contact and opportunity with the
/// platform's columns, plus the principal tables; the lead's <see cref="AcceptDueOn"/> is a secured column. Relationships: a contact's account cascades its delete,
/// a lead's account is unlinked, an opportunity's account restricts the delete;
/// leads and accounts are also linked many-to-many through lead_accounts. The lead's custom columns carry the default
/// publisher's prefix (new_): they exercise the core and are not the solution's.
/// </summary>
public static class TestMetadata
{
    /// <summary>A date column of the lead.</summary>
    public const string ScoredOn = "new_scoredon";

    /// <summary>A date column of the lead that field security guards.</summary>
    public const string AcceptDueOn = "new_acceptdueon";

    public static MetadataModel Standard()
    {
        var lead = new TableBuilder("lead").WithSystemColumns().WithStatus()
            .String("subject", 20)
            .Integer("numberofemployees", 0, 1_000_000)
            .Money("budgetamount")
            .Picklist("industrycode", 1, 2, 3)
            .Lookup("parentaccountid", "account")
            .Column(new ColumnDefinition { LogicalName = ScoredOn, Kind = ColumnKind.DateTime })
            .Column(new ColumnDefinition { LogicalName = AcceptDueOn, Kind = ColumnKind.DateTime, IsSecured = true });
        var account = new TableBuilder("account").WithSystemColumns().WithStatus();
        var contact = new TableBuilder("contact").WithSystemColumns().WithStatus().Lookup("parentcustomerid", "account");
        var opportunity = new TableBuilder("opportunity").WithSystemColumns().WithStatus().Lookup("parentaccountid", "account");
        var systemuser = new TableBuilder("systemuser").OrganizationOwned().String("fullname", 200).Lookup("businessunitid", "businessunit");
        var team = new TableBuilder("team").OrganizationOwned().Lookup("businessunitid", "businessunit");
        var businessunit = new TableBuilder("businessunit").OrganizationOwned().Lookup("parentbusinessunitid", "businessunit");
        var leadAccounts = new TableBuilder("lead_accounts").OrganizationOwned()
            .Column(new ColumnDefinition { LogicalName = "leadid", Kind = ColumnKind.Uniqueidentifier })
            .Column(new ColumnDefinition { LogicalName = "accountid", Kind = ColumnKind.Uniqueidentifier });
        return new MetadataModel(
            [lead.Build(), account.Build(), contact.Build(), opportunity.Build(), systemuser.Build(), team.Build(), businessunit.Build(), leadAccounts.Build()],
            [],
            [
                new OneToManyRelationship("contact_customer_accounts", "account", "accountid", "contact", "parentcustomerid", CascadeDelete.Cascade),
                new OneToManyRelationship("lead_parent_account", "account", "accountid", "lead", "parentaccountid", CascadeDelete.RemoveLink),
                new OneToManyRelationship("opportunity_parent_account", "account", "accountid", "opportunity", "parentaccountid", CascadeDelete.Restrict),
            ],
            [new ManyToManyRelationship("lead_accounts", "lead_accounts", "lead", "leadid", "account", "accountid")]);
    }
}
