namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>What the organization knows about who is behind a lead, as exclusion rules see it.</summary>
    public enum LeadTrait
    {
        /// <summary>The lead belongs to an existing customer.</summary>
        ExistingCustomer,
        /// <summary>The lead belongs to a competitor.</summary>
        Competitor,
        /// <summary>The lead belongs to a partner.</summary>
        Partner,
        /// <summary>The lead is one of our own staff.</summary>
        OwnStaff,
    }
}
