using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Funnel;
using CrmLeadSla.Plugins.Pipeline;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Sla;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins
{
    /// <summary>
    /// Sales' first contact: a phone call, e-mail or appointment regarding a lead, owned by the lead's owner,
    /// keeps (or, when late, breaches) the lead's open FirstContact clock and refreshes lsla_slastatus.
    /// Registered post-operation on Create of phonecall, email and appointment with a post-image "post"
    /// (ownerid, regardingobjectid).
    /// </summary>
    public sealed class SalesActivityPlugin : PluginBase
    {
        /// <summary>Alias of the post-image holding the created activity.</summary>
        public const string PostImageAlias = "post";

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

            var service = step.SystemService;
            var lead = service.Retrieve(LeadSchema.EntityName, regarding.Id, new ColumnSet("ownerid", LeadSchema.SlaAgreementId, LeadSchema.SlaStatus));
            var agreementId = lead.GetAttributeValue<EntityReference>(LeadSchema.SlaAgreementId);
            var byOwner = activity.GetAttributeValue<EntityReference>("ownerid")?.Id == lead.GetAttributeValue<EntityReference>("ownerid")?.Id;
            if (!byOwner || agreementId == null)
            {
                step.Trace(byOwner ? "The lead has no SLA agreement: no first-contact clock." : "The activity is not by the lead's owner: it is not sales' first contact.");
                return;
            }

            var now = step.OperationTime;
            var clocks = LeadClocks.Of(service, lead.Id, SlaAgreementRecord.Read(service, agreementId.Id));
            clocks.Follow(FirstContact, now);
            var change = new Entity(LeadSchema.EntityName, lead.Id);
            clocks.WriteStatus(change, lead, now);
            if (change.Attributes.Count > 0)
            {
                service.Update(change);
            }
        }
    }
}
