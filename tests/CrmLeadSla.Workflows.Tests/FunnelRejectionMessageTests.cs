using System.ServiceModel;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using static CrmLeadSla.Workflows.Tests.SlaScenario;

namespace CrmLeadSla.Workflows.Tests;

/// <summary>The funnel's step and the ValidateRejection activity refuse the same rejection with the same words.</summary>
public class FunnelRejectionMessageTests
{
    private readonly SlaScenario scenario = new();

    [Fact]
    public void Sales_rejecting_with_a_reason_the_agreement_does_not_list_is_refused_with_the_message_ValidateRejection_gives()
    {
        var agreement = scenario.Agreement();
        scenario.Agree(agreement, scenario.Reason("No budget"));
        var unlisted = scenario.Reason("Wrong region");
        var lead = scenario.HandedOverLead(agreement);
        var validation = scenario.Run(new ValidateRejection(), LeadRef(lead), new() { ["Lead"] = LeadRef(lead), ["Reason"] = ReasonRef(unlisted) });

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Sales.Update(new Entity(LeadSchema.EntityName, lead)
        {
            [LeadSchema.FunnelStage] = new OptionSetValue((int)FunnelStage.Nurture),
            [LeadSchema.RejectionReasonId] = ReasonRef(unlisted),
        }));

        Assert.Equal(false, validation["IsValid"]);
        Assert.Equal(validation["Message"], fault.Detail.Message);
        var row = scenario.Row(LeadSchema.EntityName, lead, LeadSchema.FunnelStage, LeadSchema.RejectionReasonId);
        Assert.Equal((int)FunnelStage.Mql, row.GetAttributeValue<OptionSetValue>(LeadSchema.FunnelStage).Value);
        Assert.Null(row.GetAttributeValue<EntityReference>(LeadSchema.RejectionReasonId));
    }
}
