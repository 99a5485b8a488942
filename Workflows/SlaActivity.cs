using System;
using System.Activities;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Workflows
{
    /// <summary>
    /// The one entry of every activity: resolves the workflow's services once, traces entry and exit with the
    /// correlation id, words a refusal in the calling user's language, and lets each activity override <see cref="Run"/> only.
    /// </summary>
    public abstract class SlaActivity : CodeActivity
    {
        /// <inheritdoc />
        protected sealed override void Execute(CodeActivityContext context)
        {
            var step = new ActivityStep(context ?? throw new ArgumentNullException(nameof(context)));
            step.Trace("{0} starts (correlation {1}, depth {2}).", GetType().Name, step.Workflow.CorrelationId, step.Workflow.Depth);
            try
            {
                Run(step);
            }
            catch (UserMessageException refused)
            {
                step.Trace("{0} refused: {1}", GetType().Name, refused.Message);
                throw new InvalidPluginExecutionException(refused.Text.In(step.CallerLanguage, FieldColumns.ColumnOf));
            }

            step.Trace("{0} ends.", GetType().Name);
        }

        /// <summary>The activity's work: read the inputs, ask the domain, write, set the outputs.</summary>
        protected abstract void Run(ActivityStep step);
    }
}
