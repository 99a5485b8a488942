extern alias workflows;

using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.Solution.Source;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using workflows::CrmLeadSla.Workflows;

namespace CrmLeadSla.LocalDataverse.Tests.Service;

/// <summary>
/// The organization's base language (organization.languagecode) and each user's UI language (usersettings.uilanguageid),
/// as Dataverse keeps them: the organization's row is written with the organization, a user's settings with the user.
/// </summary>
public class LanguageSettingsTests
{
    private const int German = 1031;
    private const int English = 1033;

    private static readonly SolutionDefinition Solution = SolutionFolder.Load();

    private readonly LocalOrganization organization = LocalOrganization.FromSolution(Solution, [typeof(SlaActivity).Assembly], languageCode: German);

    private IOrganizationService System => organization.ServiceFor(organization.SystemUserId);

    [Fact]
    public void The_organization_row_holds_its_name_and_base_language()
    {
        var row = System.Retrieve("organization", organization.Id, new ColumnSet("name", "languagecode"));

        Assert.Equal((Solution.UniqueName, German), (row.GetAttributeValue<string>("name"), row.GetAttributeValue<int>("languagecode")));
    }

    [Fact]
    public void A_new_user_reads_the_organizations_base_language()
    {
        var userId = organization.CreateUser("Jana Jäger");

        Assert.Equal(German, UiLanguageOf(userId));
    }

    [Fact]
    public void A_user_created_with_a_language_reads_that_language()
    {
        var userId = organization.CreateUser("Sam Sales", English);

        Assert.Equal(English, UiLanguageOf(userId));
    }

    [Fact]
    public void A_users_settings_are_found_by_the_user_and_lie_in_the_users_business_unit()
    {
        var unitId = organization.CreateBusinessUnit("Vertrieb Süd");
        var userId = organization.CreateUser("Jana Jäger", German, unitId);
        var query = new QueryExpression("usersettings") { ColumnSet = new ColumnSet("uilanguageid", "businessunitid") };
        query.Criteria.AddCondition("systemuserid", ConditionOperator.Equal, userId);

        var settings = Assert.Single(System.RetrieveMultiple(query).Entities);

        Assert.Equal((userId, unitId), (settings.Id, settings.GetAttributeValue<EntityReference>("businessunitid").Id));
    }

    [Fact]
    public void A_user_changes_the_user_interface_language_by_updating_the_settings()
    {
        var userId = organization.CreateUser("Sam Sales", English);

        System.Update(new Entity("usersettings", userId) { ["uilanguageid"] = German });

        Assert.Equal(German, UiLanguageOf(userId));
    }

    [Fact]
    public void The_base_language_stays_as_the_organization_was_created()
    {
        System.Update(new Entity("organization", organization.Id) { ["languagecode"] = English });

        Assert.Equal(German, System.Retrieve("organization", organization.Id, new ColumnSet("languagecode")).GetAttributeValue<int>("languagecode"));
    }

    [Theory]
    [InlineData("usersettings")]
    [InlineData("organization")]
    public void Rows_the_platform_keeps_cannot_be_created(string table)
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => System.Create(new Entity(table)));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.Detail.ErrorCode);
        Assert.Contains($"does not support entities of type '{table}'", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_users_settings_cannot_be_deleted()
    {
        var userId = organization.CreateUser("Sam Sales");

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => System.Delete("usersettings", userId));
        Assert.Equal(German, UiLanguageOf(userId));
    }

    private int UiLanguageOf(Guid userId) =>
        System.Retrieve("usersettings", userId, new ColumnSet("uilanguageid")).GetAttributeValue<int>("uilanguageid");
}
