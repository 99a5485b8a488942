using System.Activities;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Microsoft.Xrm.Sdk.Workflow;

// The class the designer-XAML fixture calls (Contoso.Projects.Workflows.CountOpenIssues); the fixture ships no DLL,
// so the tests substitute this one.
namespace Contoso.Projects.Workflows;

/// <summary>Counts a project's open issues: its cnt_openissues column, plus cnt_blockedissues when blocked ones count.</summary>
public sealed class CountOpenIssues : CodeActivity
{
    [Input("Project")]
    [ReferenceTarget("cnt_project")]
    public InArgument<EntityReference> Project { get; set; } = new();

    [Input("Include blocked issues")]
    public InArgument<bool> IncludeBlocked { get; set; } = new();

    [Output("Open issues")]
    public OutArgument<int> OpenIssues { get; set; } = new();

    protected override void Execute(CodeActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var service = context.GetExtension<IOrganizationServiceFactory>().CreateOrganizationService(null);
        var project = service.Retrieve("cnt_project", Project.Get(context).Id, new ColumnSet("cnt_openissues", "cnt_blockedissues"));
        OpenIssues.Set(context, project.GetAttributeValue<int>("cnt_openissues") + (IncludeBlocked.Get(context) ? project.GetAttributeValue<int>("cnt_blockedissues") : 0));
    }
}
