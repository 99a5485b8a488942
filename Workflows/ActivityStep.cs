using System;
using System.Activities;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Languages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmLeadSla.Workflows
{
    /// <summary>The services and the moment of one activity run, resolved once.</summary>
    public sealed class ActivityStep
    {
        private readonly ITracingService tracing;
        private readonly IOrganizationServiceFactory factory;
        private IOrganizationService? systemService;
        private IOrganizationService? userService;
        private Language? callerLanguage;

        internal ActivityStep(CodeActivityContext context)
        {
            Context = context;
            // The context and the factory first: with them a missing trace can be refused in the caller's language.
            Workflow = MissingService.Required<IWorkflowContext>(context.GetExtension<IWorkflowContext>(), TextKey.ActivityServiceMissing);
            factory = MissingService.Required<IOrganizationServiceFactory>(context.GetExtension<IOrganizationServiceFactory>(), TextKey.ActivityServiceMissing);
            tracing = MissingService.Required<ITracingService>(context.GetExtension<ITracingService>(), TextKey.ActivityServiceMissing, factory, Workflow.InitiatingUserId);
        }

        /// <summary>The activity context the arguments are read from and written to.</summary>
        public CodeActivityContext Context { get; }

        /// <summary>The workflow's execution context.</summary>
        public IWorkflowContext Workflow { get; }

        /// <summary>The moment the activity judges clocks at: when the workflow's operation was created (UTC).</summary>
        public DateTime Now => DateTime.SpecifyKind(Workflow.OperationCreatedOn, DateTimeKind.Utc);

        /// <summary>The solution's own bookkeeping (agreements, clocks, escalations) runs as SYSTEM, whatever the user may do.</summary>
        public IOrganizationService SystemService => systemService ??= factory.CreateOrganizationService(null);

        /// <summary>The workflow's user: changes the funnel must judge as that user's (stage moves).</summary>
        public IOrganizationService UserService => userService ??= factory.CreateOrganizationService(Workflow.UserId);

        /// <summary>
        /// The language of the user whose request runs the workflow (InitiatingUserId: in a real-time workflow the user
        /// who saves), for the messages the activity shows: read on first use only.
        /// </summary>
        public Language CallerLanguage =>
            callerLanguage ??= UserSettingsLanguage.Of(SystemService, Workflow.InitiatingUserId, line => Trace("{0}", line));

        /// <summary>Writes a line to the trace log.</summary>
        public void Trace(string format, params object[] args) => tracing.Trace(format, args);

        /// <summary>The trace log, for shared code that takes the SDK's interface.</summary>
        public ITracingService Tracing => tracing;
    }
}
