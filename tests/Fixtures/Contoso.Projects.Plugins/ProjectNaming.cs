using System;
using Microsoft.Xrm.Sdk;

namespace Contoso.Projects.Plugins
{
    /// <summary>Before a project is saved, trims the blanks around its name; after it is saved, traces the name it got.</summary>
    public sealed class ProjectNaming : IPlugin
    {
        /// <inheritdoc />
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext));
            var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService));
            if (context.Stage < 40 && context.InputParameters["Target"] is Entity target && target.GetAttributeValue<string>("cnt_name") is string name)
            {
                target["cnt_name"] = name.Trim();
                return;
            }

            var saved = context.PostEntityImages.Contains("PostImage") ? context.PostEntityImages["PostImage"].GetAttributeValue<string>("cnt_name") : null;
            tracing.Trace("Project {0} saved as '{1}'.", context.PrimaryEntityId, saved);
        }
    }
}
