using System;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Languages;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Pipeline
{
    /// <summary>The services and parameters of one step execution, resolved once.</summary>
    public sealed class PluginStepContext
    {
        private readonly ITracingService tracing;
        private readonly IOrganizationServiceFactory factory;
        private IOrganizationService? systemService;
        private Language? callerLanguage;

        internal PluginStepContext(IServiceProvider services)
        {
            // The context and the factory first: with them a missing trace can be refused in the caller's language.
            Execution = MissingService.Required<IPluginExecutionContext>(services.GetService(typeof(IPluginExecutionContext)), TextKey.PluginServiceMissing);
            factory = MissingService.Required<IOrganizationServiceFactory>(services.GetService(typeof(IOrganizationServiceFactory)), TextKey.PluginServiceMissing);
            tracing = MissingService.Required<ITracingService>(services.GetService(typeof(ITracingService)), TextKey.PluginServiceMissing, factory, Execution.InitiatingUserId);
        }

        /// <summary>The execution context of the step.</summary>
        public IPluginExecutionContext Execution { get; }

        /// <summary>When the operation was created: the time every stamp of this event uses.</summary>
        public DateTime OperationTime => Execution.OperationCreatedOn;

        /// <summary>An organization service that runs as SYSTEM: the solution's own bookkeeping
        /// (history rows, clocks) must not depend on the calling user's privileges.</summary>
        public IOrganizationService SystemService => systemService ??= factory.CreateOrganizationService(null);

        /// <summary>An organization service that runs as the step's user: for a write that is the user's own act
        /// and must meet the user's privileges and the rules for the user's role.</summary>
        public IOrganizationService UserService => factory.CreateOrganizationService(Execution.UserId);

        /// <summary>
        /// The language of the user whose request runs the step (InitiatingUserId), for the messages the step shows:
        /// read on first use only, so a step that shows nothing costs no request for it.
        /// </summary>
        public Language CallerLanguage =>
            callerLanguage ??= UserSettingsLanguage.Of(SystemService, Execution.InitiatingUserId, line => Trace("{0}", line));

        /// <summary>The Target entity of Create and Update.</summary>
        public Entity Target => (Entity)Execution.InputParameters["Target"];

        /// <summary>The registered pre-image with this alias, or null when the step has none.</summary>
        public Entity? PreImage(string alias) =>
            Execution.PreEntityImages.Contains(alias) ? Execution.PreEntityImages[alias] : null;

        /// <summary>The registered post-image with this alias, or null when the step has none.</summary>
        public Entity? PostImage(string alias) =>
            Execution.PostEntityImages.Contains(alias) ? Execution.PostEntityImages[alias] : null;

        /// <summary>Writes a line to the plug-in trace log.</summary>
        public void Trace(string format, params object[] args) => tracing.Trace(format, args);
    }
}
