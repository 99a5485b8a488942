using System.Activities;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace Contoso.Projects.Workflows
{
    /// <summary>
    /// The open issues of a project. The fixture has no issue table: a project counts one open issue per escalation
    /// already recorded, and one more while it is over budget (more than 1,000 hours), blocked or not.
    /// </summary>
    public sealed class CountOpenIssues : CodeActivity
    {
        /// <summary>The project.</summary>
        [RequiredArgument]
        [Input("Project")]
        [ReferenceTarget("cnt_project")]
        public InArgument<EntityReference> Project { get; set; } = new InArgument<EntityReference>();

        /// <summary>Whether blocked issues count.</summary>
        [Input("Include blocked issues")]
        [Default("True")]
        public InArgument<bool> IncludeBlocked { get; set; } = new InArgument<bool>();

        /// <summary>How many issues are open.</summary>
        [Output("Open issues")]
        public OutArgument<int> OpenIssues { get; set; } = new OutArgument<int>();

        /// <inheritdoc />
        protected override void Execute(CodeActivityContext context)
        {
            var factory = context.GetExtension<IOrganizationServiceFactory>();
            var workflow = context.GetExtension<IWorkflowContext>();
            var service = factory.CreateOrganizationService(workflow.UserId);
            var project = service.Retrieve("cnt_project", Project.Get(context).Id, new Microsoft.Xrm.Sdk.Query.ColumnSet("cnt_escalationcount", "cnt_budgethours"));
            var escalations = project.GetAttributeValue<int?>("cnt_escalationcount") ?? 0;
            var overBudget = (project.GetAttributeValue<int?>("cnt_budgethours") ?? 0) > 1000;
            OpenIssues.Set(context, escalations + (overBudget ? 1 : 0));
        }
    }
}
