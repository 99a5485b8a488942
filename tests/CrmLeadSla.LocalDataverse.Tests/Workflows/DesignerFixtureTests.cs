using CrmLeadSla.LocalDataverse.Pipeline;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Workflows;
using Contoso.Projects.Workflows;
using Microsoft.Xrm.Sdk;
using static CrmLeadSla.LocalDataverse.Tests.Workflows.TestWorkflow;

namespace CrmLeadSla.LocalDataverse.Tests.Workflows;

/// <summary>
/// The workflow of the fixture d365-9.2-custom-workflow-activity-designer-xaml, as the classic designer writes it:
/// wait for the review date, count the open issues with a custom activity, then record the count or stop as Succeeded.
/// The fixture names a DLL it does not ship; the test's own CountOpenIssues stands in for it.
/// </summary>
public class DesignerFixtureTests
{
    private static readonly DateTime Start = OrganizationBuilder.Start;

    [Fact]
    public void After_the_review_date_the_open_issues_are_counted_and_recorded_on_the_project()
    {
        var (organization, project) = ProjectReviewedOn(Start.AddDays(1), openIssues: 2, blockedIssues: 1);

        organization.Clock.Set(Start.AddDays(1).AddMinutes(1));
        organization.RunPendingAsyncJobs();

        Assert.Equal(3, organization.Database.Find("cnt_project", project)!.GetAttributeValue<int>("cnt_escalationcount"));
        Assert.Equal(AsyncJobStatus.Succeeded, organization.AsyncJobs.All.Single().Status);
    }

    [Fact]
    public void Before_the_review_date_the_workflow_waits()
    {
        var (organization, project) = ProjectReviewedOn(Start.AddDays(1), openIssues: 2, blockedIssues: 0);

        organization.Clock.Set(Start.AddHours(23));
        organization.RunPendingAsyncJobs();

        Assert.Equal((AsyncJobStatus.Postponed, Start.AddDays(1)), (organization.AsyncJobs.All.Single().Status, organization.AsyncJobs.All.Single().PostponeUntil));
        Assert.False(organization.Database.Find("cnt_project", project)!.Contains("cnt_escalationcount"));
    }

    [Fact]
    public void Without_open_issues_the_workflow_stops_as_succeeded_with_its_reason()
    {
        var (organization, project) = ProjectReviewedOn(Start.AddMinutes(-1), openIssues: 0, blockedIssues: 0);

        organization.RunPendingAsyncJobs();

        var job = organization.AsyncJobs.All.Single();
        Assert.Equal((AsyncJobStatus.Succeeded, "No open issues: the review needs no escalation."), (job.Status, job.Error));
        Assert.False(organization.Database.Find("cnt_project", project)!.Contains("cnt_escalationcount"));
    }

    private static (LocalOrganization Organization, Guid Project) ProjectReviewedOn(DateTime reviewDueOn, int openIssues, int blockedIssues)
    {
        var organization = new OrganizationBuilder().WithMetadata(WithProjects()).WithWorkflow(FixtureWorkflow()).Build();
        var project = organization.ServiceFor(organization.AdminUserId).Create(new Entity("cnt_project")
        {
            ["name"] = "Website relaunch",
            ["cnt_reviewdueon"] = reviewDueOn,
            ["cnt_openissues"] = openIssues,
            ["cnt_blockedissues"] = blockedIssues,
        });
        organization.RunPendingAsyncJobs();
        return (organization, project);
    }

    // Background, on create and on change of the review date, as the fixture's customizations.xml registers it.
    private static WorkflowRegistration FixtureWorkflow()
    {
        var xaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Workflows", "Fixtures", "Projectreviewescalation-F3CA8404-628E-542D-9584-12CC2589A4A4.xaml"));
        return new WorkflowRegistration
        {
            Id = new Guid("f3ca8404-628e-542d-9584-12cc2589a4a4"),
            Name = Label("Project review escalation"),
            Entity = "cnt_project",
            Scope = WorkflowScope.Organization,
            TriggerOnCreate = true,
            TriggerOnUpdate = ["cnt_reviewdueon"],
            Xaml = xaml.Replace(
                "Contoso.Projects.Workflows.CountOpenIssues, Contoso.Projects.Workflows, Version=1.0.0.0, Culture=neutral, PublicKeyToken=0123456789abcdef",
                typeof(CountOpenIssues).AssemblyQualifiedName,
                StringComparison.Ordinal),
        };
    }

    private static MetadataModel WithProjects()
    {
        var standard = TestMetadata.Standard();
        var project = new TableBuilder("cnt_project").WithSystemColumns().WithStatus()
            .Column(new ColumnDefinition { LogicalName = "cnt_reviewdueon", Kind = ColumnKind.DateTime })
            .Integer("cnt_openissues", 0, 1000)
            .Integer("cnt_blockedissues", 0, 1000)
            .Integer("cnt_escalationcount", 0, 1000);
        return new MetadataModel([.. standard.Tables, project.Build()], [.. standard.GlobalOptionSets.Values], standard.OneToMany, standard.ManyToMany);
    }
}
