using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Pipeline;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Sla;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins
{
    /// <summary>
    /// Sales' first contact: a phone call, e-mail or appointment regarding a lead, owned by the lead's owner and
    /// completed, keeps (or, when late, breaches) the lead's open FirstContact clock at the moment it is recorded
    /// completed, and refreshes lsla_slastatus. A planned activity is no evidence: it counts when it is completed (created
    /// completed, or completed later). Registered post-operation on Create, and on Update of statecode, of phonecall,
    /// email and appointment with a post-image "post" (ownerid, regardingobjectid, statecode).
    /// </summary>
    public sealed class SalesActivityPlugin : PluginBase
    {
        /// <summary>Alias of the post-image holding the activity as saved.</summary>
        public const string PostImageAlias = "post";

        // Completed is statecode 1 on phonecall, email and appointment.
        private const int Completed = 1;

        private static readonly ClockPlan FirstContact = new ClockPlan(new[] { SlaKind.FirstContact }, new SlaKind[0], false);

        /// <inheritdoc />
        protected override void ExecuteStep(PluginStepContext step)
        {
            var activity = step.PostImage(PostImageAlias) ?? step.Target;
            var regarding = activity.GetAttributeValue<EntityReference>("regardingobjectid");
            if (regarding?.LogicalName != LeadSchema.EntityName)
            {
                return;
            }

            if (activity.GetAttributeValue<OptionSetValue>("statecode")?.Value != Completed)
            {
                step.Trace("The activity is not completed: a planned contact is not sales' first contact.");
                return;
            }

            var service = step.SystemService;
            var lead = service.Retrieve(LeadSchema.EntityName, regarding.Id, new ColumnSet("ownerid", LeadSchema.SlaAgreementId, LeadSchema.SlaStatus));
            var agreementId = lead.GetAttributeValue<EntityReference>(LeadSchema.SlaAgreementId);
            var byOwner = activity.GetAttributeValue<EntityReference>("ownerid")?.Id == lead.GetAttributeValue<EntityReference>("ownerid")?.Id;
            if (!byOwner || agreementId == null)
            {
                step.Trace(byOwner ? "The lead has no SLA agreement: no first-contact clock." : "The activity is not by the lead's owner: it is not sales' first contact.");
                return;
            }

            var agreement = SlaAgreementRecord.Read(service, agreementId.Id);
            var owner = lead.GetAttributeValue<EntityReference>("ownerid");
            var changes = ClockChanges.Of(FirstContact, SlaClockRecords.WeighingOn(service, lead.Id, agreement), agreement, step.OperationTime,
                new RowOwner(owner.LogicalName, owner.Id));
            SlaClockRecords.WriteClosed(service, changes.Closed);
            if (lead.GetAttributeValue<OptionSetValue>(LeadSchema.SlaStatus)?.Value != (int)changes.Status)
            {
                service.Update(new Entity(LeadSchema.EntityName, lead.Id) { [LeadSchema.SlaStatus] = new OptionSetValue((int)changes.Status) });
            }
        }
    }
}
