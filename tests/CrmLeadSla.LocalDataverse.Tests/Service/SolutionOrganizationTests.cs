using CrmLeadSla.Solution.Source;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Service;

public class SolutionOrganizationTests
{
    private static readonly SolutionDefinition Solution = SolutionFolder.Load();

    [Fact]
    public void Organization_from_the_solution_registers_its_steps()
    {
        var organization = LocalOrganization.FromSolution(Solution, []);

        Assert.Equal(Solution.Steps.Select(s => s.Id), organization.Steps.All.Select(s => s.Id));
    }

    [Fact]
    public void Users_of_an_organization_from_the_solution_can_hold_its_roles()
    {
        var organization = LocalOrganization.FromSolution(Solution, []);

        var user = organization.CreateUser("Seller", roleIds: Solution.Roles.Select(r => r.Id).ToArray());

        Assert.NotNull(organization.Database.Find("systemuser", user));
    }

    [Fact]
    public void Row_of_a_solution_table_gets_the_columns_defaults()
    {
        var organization = LocalOrganization.FromSolution(Solution, [], new DateTime(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc));

        var id = organization.ServiceFor(organization.AdminUserId).Create(new Entity("lsla_rejectionreason") { ["lsla_name"] = "No budget" });

        Assert.Equal(271800000, organization.Database.Find("lsla_rejectionreason", id)!.GetAttributeValue<OptionSetValue>("lsla_outcome").Value);
    }
}
