extern alias workflows;

using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Schema;
using workflows::CrmLeadSla.Workflows;
using CrmLeadSla.Solution.Workflows;
using CrmLeadSla.Solution.Source;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Service;

public class SolutionOrganizationTests
{
    private static readonly SolutionDefinition Solution = SolutionFolder.Load();

    [Fact]
    public void Organization_from_the_solution_activates_its_shipped_workflows()
    {
        var organization = LocalOrganization.FromSolution(Solution, [typeof(SlaActivity).Assembly]);

        Assert.Equal(Solution.Workflows.Select(w => w.Id), organization.Workflows.Select(w => w.Id));
        Assert.All(organization.Workflows, w => Assert.Contains("AssemblyQualifiedName=\"CrmLeadSla.Workflows.", w.Xaml, StringComparison.Ordinal));
    }

    [Fact]
    public void Organization_from_the_solution_without_its_activity_assembly_is_refused_naming_the_workflow_and_step()
    {
        var refusal = Assert.Throws<WorkflowDefinitionException>(() => LocalOrganization.FromSolution(Solution, []));

        Assert.Equal(("Lead SLA: check the accept deadline", "Check the lead's SLA clocks"), (refusal.Workflow, refusal.Step));
        Assert.Contains("typeof(CheckSlaCompliance).Assembly", refusal.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Organization_from_the_solution_registers_its_steps()
    {
        var organization = LocalOrganization.FromSolution(Solution, [typeof(SlaActivity).Assembly]);

        Assert.Equal(Solution.Steps.Select(s => s.Id), organization.Steps.All.Select(s => s.Id));
    }

    [Fact]
    public void Users_of_an_organization_from_the_solution_can_hold_its_roles()
    {
        var organization = LocalOrganization.FromSolution(Solution, [typeof(SlaActivity).Assembly]);

        var user = organization.CreateUser("Seller", roleIds: Solution.Roles.Select(r => r.Id).ToArray());

        Assert.NotNull(organization.Database.Find("systemuser", user));
    }

    [Fact]
    public void Row_of_a_solution_table_gets_the_columns_defaults()
    {
        var organization = LocalOrganization.FromSolution(Solution, [typeof(SlaActivity).Assembly], new DateTime(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc));

        var id = organization.ServiceFor(organization.AdminUserId).Create(new Entity(RejectionReasonSchema.EntityName) { [RejectionReasonSchema.Name] = "No budget" });

        Assert.Equal((int)RejectionOutcome.Nurture, organization.Database.Find(RejectionReasonSchema.EntityName, id)!.GetAttributeValue<OptionSetValue>(RejectionReasonSchema.Outcome).Value);
    }
}
