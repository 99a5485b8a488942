using System;
using Microsoft.Xrm.Sdk;

namespace Contoso.Projects.Plugins
{
    /// <summary>Refuses to move a closed project back to an earlier phase.</summary>
    public sealed class PhaseChange : IPlugin
    {
        private const int Closed = 100500002;

        /// <inheritdoc />
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext));
            var target = (Entity)context.InputParameters["Target"];
            var before = context.PreEntityImages.Contains("PreImage") ? context.PreEntityImages["PreImage"] : null;
            var was = before?.GetAttributeValue<OptionSetValue>("cnt_phase")?.Value;
            if (was == Closed && target.Contains("cnt_phase") && target.GetAttributeValue<OptionSetValue>("cnt_phase")?.Value != Closed)
            {
                throw new InvalidPluginExecutionException("A closed project cannot be reopened. Create a new project instead.");
            }
        }
    }
}
