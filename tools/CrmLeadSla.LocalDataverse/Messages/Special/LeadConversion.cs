using CrmLeadSla.LocalDataverse.Faults;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages.Special;

/// <summary>The rows one qualification creates from a lead, and the lead's closing change.</summary>
internal sealed class LeadConversion(OperationContext context, Entity lead)
{
    /// <summary>An account named after the lead's company, created through the pipeline.</summary>
    public EntityReference CreateAccount() => Create("account", LeadConversionMap.ToAccount, _ => { });

    /// <summary>A contact with the lead's person columns, its parent customer the account when there is one.</summary>
    public EntityReference CreateContact(EntityReference? account) =>
        Create("contact", LeadConversionMap.ToContact, contact => SetIfKnown(contact, "parentcustomerid", account));

    /// <summary>
    /// An opportunity named after the lead's topic. Its customer is the one the request names, else the account,
    /// else the contact (the lead's existing ones when none was created).
    /// </summary>
    public EntityReference CreateOpportunity(
        EntityReference? account, EntityReference? contact, EntityReference? customer, EntityReference? currency, EntityReference? campaign)
    {
        if (customer is not null && customer.LogicalName is not ("account" or "contact"))
        {
            throw Fault.Of(ErrorCodes.InvalidArgument, $"The customer of an opportunity must be an account or a contact, not a {customer.LogicalName}.");
        }

        return Create("opportunity", LeadConversionMap.ToOpportunity, opportunity =>
        {
            SetIfKnown(opportunity, "customerid", customer ?? account ?? contact);
            SetIfKnown(opportunity, "parentaccountid", account);
            SetIfKnown(opportunity, "parentcontactid", contact);
            SetIfKnown(opportunity, "transactioncurrencyid", currency);
            SetIfKnown(opportunity, "campaignid", campaign);
        });
    }

    /// <summary>Closes the lead as Qualified and points it at what the qualification produced.</summary>
    public void CloseLead(OptionSetValue status, EntityReference? account, EntityReference? contact, EntityReference? opportunity)
    {
        // The platform changes the lead's state itself (no nested Update): the QualifyLead steps are the ones that run.
        var change = new Entity("lead", lead.Id)
        {
            ["statecode"] = new OptionSetValue(1),
            ["statuscode"] = status,
        };
        SetIfKnown(change, "parentaccountid", account);
        SetIfKnown(change, "parentcontactid", contact);
        SetIfKnown(change, "qualifyingopportunityid", opportunity);
        SystemColumns.StampModified(context.Table("lead"), change, context);
        context.Rows.Update(change);
    }

    private EntityReference Create(string table, IReadOnlyDictionary<string, string> map, Action<Entity> complete)
    {
        var definition = context.Table(table);
        var row = LeadConversionMap.Copy(lead, map, definition);
        SetIfKnown(row, "originatingleadid", lead.ToEntityReference());
        complete(row);
        var id = context.Service.Create(row);
        return new EntityReference(table, id);
    }

    private void SetIfKnown(Entity row, string column, EntityReference? value)
    {
        // Only columns the metadata has: a trimmed standard table must not make the qualification fail.
        if (value is not null && context.Metadata.FindTable(row.LogicalName)?.Column(column) is not null)
        {
            row[column] = value;
        }
    }
}
