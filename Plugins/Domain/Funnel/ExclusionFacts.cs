using System.Collections.Generic;
using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>The simple facts about a lead that exclusion rules look at.</summary>
    /// <param name="EmailAddress">The lead's e-mail address (emailaddress1), if any.</param>
    /// <param name="Traits">What is known about who is behind the lead, e.g. from the parent account's relationship type.</param>
    public sealed record ExclusionFacts(string? EmailAddress, IReadOnlyCollection<LeadTrait> Traits)
    {
        /// <summary>
        /// The part of the e-mail address after the @, folded as exclusion rules compare it (lower case, umlauts written
        /// out, an internationalized domain in letters, no surrounding punctuation); null without a usable address.
        /// </summary>
        public string? EmailDomain => EmailAddress == null ? null : TextMatching.DomainOf(EmailAddress);
    }
}
