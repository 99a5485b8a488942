using System;
using System.Activities;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Sla;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmLeadSla.Workflows
{
    /// <summary>Start + N business hours under an agreement's calendar (hours, working days, zone, holidays) → the due date.</summary>
    public sealed class CalculateSlaDueDate : SlaActivity
    {
        /// <summary>The agreement whose business calendar counts the hours.</summary>
        [RequiredArgument]
        [Input("SLA agreement")]
        [ReferenceTarget(SlaAgreementSchema.EntityName)]
        public InArgument<EntityReference> Agreement { get; set; } = new InArgument<EntityReference>();

        /// <summary>When the deadline starts to run.</summary>
        [RequiredArgument]
        [Input("Start")]
        public InArgument<DateTime> Start { get; set; } = new InArgument<DateTime>();

        /// <summary>The business hours allowed.</summary>
        [RequiredArgument]
        [Input("Business hours")]
        public InArgument<int> BusinessHours { get; set; } = new InArgument<int>();

        /// <summary>When the business hours have run out.</summary>
        [Output("Due on")]
        public OutArgument<DateTime> DueOn { get; set; } = new OutArgument<DateTime>();

        /// <inheritdoc />
        protected override void Run(ActivityStep step)
        {
            var hours = BusinessHours.Get(step.Context);
            if (hours < 0)
            {
                throw new UserMessageException(Text.Of(TextKey.NegativeBusinessHours, hours));
            }

            var agreement = SlaAgreementRecord.Read(step.SystemService, Agreement.Get(step.Context).Id);
            var start = Start.Get(step.Context);
            var due = agreement.Calendar.DueAfter(DataverseTime.AsUtc(start), TimeSpan.FromHours(hours));
            step.Trace("{0} + {1} business hours under '{2}' = {3:o}.", start, hours, agreement.Name, due);
            DueOn.Set(step.Context, due);
        }
    }
}
