using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>
    /// One configurable exclusion rule: a lead matches when its e-mail domain (or a subdomain of it) is listed,
    /// or when it carries the rule's trait. Domains compare folded, as scoring compares text: case, umlauts written
    /// out (müller.de = mueller.de) and the ASCII form of an internationalized domain (xn--mller-kva.de) aside.
    /// </summary>
    public sealed class ExclusionRule
    {
        // Each domain as it is compared (folded: müller.de, mueller.de and xn--mller-kva.de are one) and as the rule lists it.
        private readonly KeyValuePair<string, string>[] matched;

        /// <summary>A rule with a name, the e-mail domains it covers and, optionally, a trait that matches on its own.</summary>
        public ExclusionRule(string name, IEnumerable<string> emailDomains, LeadTrait? trait = null)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException("An exclusion rule needs a name: it becomes the lead's exclusion reason.", nameof(name));
            }

            Name = name;
            EmailDomains = new ReadOnlyCollection<string>(
                (emailDomains ?? throw new ArgumentNullException(nameof(emailDomains)))
                    .Select(domain => domain.Trim().TrimStart('@').ToLowerInvariant())
                    .Where(domain => domain.Length > 0)
                    .Distinct()
                    .ToList());
            matched = EmailDomains
                .Select(domain => new KeyValuePair<string, string>(TextMatching.ListedDomain(domain), domain))
                .Where(entry => entry.Key.Length > 0)
                .ToArray();
            Trait = trait;
        }

        /// <summary>What the rule is called, e.g. "Existing customer".</summary>
        public string Name { get; }

        /// <summary>E-mail domains, in lower case without "@", whose leads the rule excludes.</summary>
        public IReadOnlyList<string> EmailDomains { get; }

        /// <summary>A trait that excludes a lead on its own, if any.</summary>
        public LeadTrait? Trait { get; }

        /// <summary>The exclusion this rule makes of the lead, or null when it does not match.</summary>
        public Exclusion? Exclude(ExclusionFacts lead)
        {
            if (Trait is LeadTrait trait && lead.Traits.Contains(trait))
            {
                return new Exclusion(Name, Text.Of(TextKey.ExcludedByTrait, Name, TraitWording(trait)));
            }

            var domain = lead.EmailDomain;
            if (domain == null)
            {
                return null;
            }

            foreach (var entry in matched)
            {
                if (domain == entry.Key || domain.EndsWith("." + entry.Key, StringComparison.Ordinal))
                {
                    return new Exclusion(Name, Text.Of(TextKey.ExcludedByEmailDomain, Name, entry.Value));
                }
            }

            return null;
        }

        private static Text TraitWording(LeadTrait trait) => Text.Of(trait switch
        {
            LeadTrait.ExistingCustomer => TextKey.TraitExistingCustomer,
            LeadTrait.Competitor => TextKey.TraitCompetitor,
            LeadTrait.Partner => TextKey.TraitPartner,
            _ => TextKey.TraitOwnStaff,
        });
    }
}
