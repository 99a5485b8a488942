using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>The configured exclusion rules, checked in order; the first that matches names the reason.</summary>
    public sealed class ExclusionRules
    {
        /// <summary>Rules in the order they are checked.</summary>
        public ExclusionRules(IEnumerable<ExclusionRule> rules)
        {
            Rules = new ReadOnlyCollection<ExclusionRule>(rules.ToList());
        }

        /// <summary>The rules, in order.</summary>
        public IReadOnlyList<ExclusionRule> Rules { get; }

        /// <summary>
        /// The four rules the agreement names (existing customer, competitor, partner, own staff), each matching
        /// its trait and the e-mail domains given for it.
        /// </summary>
        public static ExclusionRules Standard(
            IEnumerable<string> customerDomains,
            IEnumerable<string> competitorDomains,
            IEnumerable<string> partnerDomains,
            IEnumerable<string> ownDomains) =>
            new ExclusionRules(new[]
            {
                new ExclusionRule("Existing customer", customerDomains, LeadTrait.ExistingCustomer),
                new ExclusionRule("Competitor", competitorDomains, LeadTrait.Competitor),
                new ExclusionRule("Partner", partnerDomains, LeadTrait.Partner),
                new ExclusionRule("Own staff", ownDomains, LeadTrait.OwnStaff),
            });

        /// <summary>Why the lead is excluded, or null when no rule matches it.</summary>
        public Exclusion? ExclusionOf(ExclusionFacts lead) =>
            Rules.Select(rule => rule.Exclude(lead)).FirstOrDefault(exclusion => exclusion != null);
    }
}
