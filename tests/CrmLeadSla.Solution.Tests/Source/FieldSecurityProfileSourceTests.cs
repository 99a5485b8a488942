using CrmLeadSla.LocalDataverse;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static CrmLeadSla.Solution.Tests.Source.SolutionFolderFixture;

namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>Secured columns and the field security profiles that open them, as the source declares them.</summary>
public sealed class FieldSecurityProfileSourceTests : IDisposable
{
    private const string File = "FieldSecurityProfiles/Deadline keepers.xml";
    private readonly SolutionFolderFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public void A_secured_column_and_the_profile_that_opens_it_are_read()
    {
        var solution = WithSecuredDueDate().With(File, Profile("Deadline keepers", $"""<column table="{Thing}" name="{Custom("dueon")}" read="true" create="true" />""")).Load();

        Assert.True(solution.Metadata.FindTable(Thing)!.Column(Custom("dueon"))!.IsSecured);
        var profile = Assert.Single(solution.FieldSecurityProfiles);
        Assert.Equal("Deadline keepers", profile.Name);
        Assert.Equal("Who may see when a thing is due.", profile.Description);
        var permission = Assert.Single(profile.Permissions);
        Assert.Equal((Thing, Custom("dueon"), true, false, true), (permission.Table, permission.Column, permission.CanRead, permission.CanUpdate, permission.CanCreate));
    }

    [Fact]
    public void A_column_is_not_secured_unless_its_table_file_says_so()
    {
        var solution = fixture.WithTable(Thing, Column(Custom("dueon"), "DateTime")).Load();

        Assert.False(solution.Metadata.FindTable(Thing)!.Column(Custom("dueon"))!.IsSecured);
    }

    [Fact]
    public void A_profile_that_opens_a_column_that_is_not_secured_is_refused_with_the_fix()
    {
        var error = fixture.WithTable(Thing, Column(Custom("dueon"), "DateTime"))
            .With(File, Profile("Deadline keepers", $"""<column table="{Thing}" name="{Custom("dueon")}" read="true" />""")).LoadFails();

        Assert.Equal(File, error.File);
        Assert.Contains($"'{Thing}.{Custom("dueon")}' is not secured", error.Message, StringComparison.Ordinal);
        Assert.Contains("secured=\"true\"", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_that_names_a_column_the_table_lacks_is_refused()
    {
        var error = WithSecuredDueDate().With(File, Profile("Deadline keepers", $"""<column table="{Thing}" name="{Custom("startson")}" read="true" />""")).LoadFails();

        Assert.Contains($"has no column '{Custom("startson")}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_listed_twice_in_a_profile_is_refused()
    {
        var error = WithSecuredDueDate().With(File, Profile("Deadline keepers", $"""
            <column table="{Thing}" name="{Custom("dueon")}" read="true" />
            <column table="{Thing}" name="{Custom("dueon")}" update="true" />
            """)).LoadFails();

        Assert.Contains("listed twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_profiles_of_one_name_are_refused()
    {
        var error = WithSecuredDueDate()
            .With(File, Profile("Deadline keepers", string.Empty))
            .With("FieldSecurityProfiles/Keepers.xml", Profile("Deadline Keepers", string.Empty, "b6a1e2c4-0d3f-4e5a-9b8c-7d6e5f4a3b2c")).LoadFails();

        Assert.Contains("the field security profile name 'Deadline Keepers' is used by another", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_organization_built_from_the_source_opens_the_column_to_the_profiles_members_only()
    {
        var solution = WithSecuredDueDate().With(File, Profile("Deadline keepers", $"""<column table="{Thing}" name="{Custom("dueon")}" read="true" />""")).Load();
        var organization = LocalOrganization.FromSolution(solution, []);
        var reader = new SecurityRoleDefinition(Guid.NewGuid(), "Thing reader", [new RolePrivilege($"prvRead{Thing}", PrivilegeDepth.Global)]);
        organization.Security.AddRole(reader);
        var member = organization.CreateUser("Kim Keeper", null, reader.Id);
        var stranger = organization.CreateUser("Sam Stranger", null, reader.Id);
        organization.Security.AddFieldSecurityProfileMember(solution.FieldSecurityProfiles[0].Id, member);
        var due = new DateTime(2026, 3, 3, 17, 0, 0, DateTimeKind.Utc);
        var id = organization.ServiceFor(organization.SystemUserId).Create(new Entity(Thing) { [NameColumn] = "Thing", [Custom("dueon")] = due });

        Assert.Equal(due, organization.ServiceFor(member).Retrieve(Thing, id, new ColumnSet(Custom("dueon"))).GetAttributeValue<DateTime?>(Custom("dueon")));
        Assert.Null(organization.ServiceFor(stranger).Retrieve(Thing, id, new ColumnSet(Custom("dueon"))).GetAttributeValue<DateTime?>(Custom("dueon")));
    }

    private SolutionFolderFixture WithSecuredDueDate() => fixture.WithTable(Thing, Column(Custom("dueon"), "DateTime", "secured=\"true\""));

    private static string Profile(string name, string columns, string id = "4f2a8c1e-6b3d-4a5e-8f7c-9d0b1e2a3c4d") => $"""
        <fieldsecurityprofile id="{id}" name="{name}">
          <description>Who may see when a thing is due.</description>
          {columns}
        </fieldsecurityprofile>
        """;
}
