using System.Collections.Generic;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>The simple facts about a lead that exclusion rules look at.</summary>
    /// <param name="EmailAddress">The lead's e-mail address (emailaddress1), if any.</param>
    /// <param name="Traits">What is known about who is behind the lead, e.g. from the parent account's relationship type.</param>
    public sealed record ExclusionFacts(string? EmailAddress, IReadOnlyCollection<LeadTrait> Traits)
    {
        /// <summary>The part of the e-mail address after the @, in lower case; null without a usable address.</summary>
        public string? EmailDomain
        {
            get
            {
                var at = EmailAddress?.LastIndexOf('@') ?? -1;
                return at < 0 || at == EmailAddress!.Length - 1 ? null : EmailAddress.Substring(at + 1).Trim().ToLowerInvariant();
            }
        }
    }
}
