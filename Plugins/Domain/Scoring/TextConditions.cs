using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>
    /// Tests of text columns: comparisons, lists, keywords and e-mail domains, all on folded text (<see cref="TextMatching"/>):
    /// one spelling of a word matches every other.
    /// </summary>
    internal static class TextConditions
    {
        internal static Func<ColumnValue?, bool>? Compile(RuleOperator ruleOperator, string? value, Operands operands)
        {
            switch (ruleOperator)
            {
                case RuleOperator.InList:
                case RuleOperator.NotInList:
                {
                    var entries = operands.TextEntries(value, "Germany;Austria;Switzerland");
                    var wanted = ruleOperator == RuleOperator.InList;
                    if (entries is null)
                    {
                        return null;
                    }

                    var listed = new HashSet<string>(entries, StringComparer.Ordinal);
                    return OnText(text => listed.Contains(TextMatching.Bare(text)) == wanted);
                }

                case RuleOperator.ContainsAnyKeyword:
                {
                    var keywords = operands.TextEntries(value, "CTO;head of development")?.ToArray();
                    return keywords is null ? null : OnText(text => ContainsAnyWords(text, keywords));
                }

                case RuleOperator.EmailDomainInList:
                case RuleOperator.EmailDomainNotInList:
                {
                    var domains = operands.TextEntries(value, "gmail.com;web.de");
                    var wanted = ruleOperator == RuleOperator.EmailDomainInList;
                    if (domains is null)
                    {
                        return null;
                    }

                    var listed = new HashSet<string>(domains.Select(TextMatching.ListedDomain), StringComparer.Ordinal);
                    return OnText(text => TextMatching.DomainOf(text) is string domain && listed.Contains(domain) == wanted);
                }
            }

            var expected = operands.Text(value);
            if (expected is null)
            {
                return null;
            }

            return ruleOperator switch
            {
                RuleOperator.Equals => OnText(text => TextMatching.Same(text, expected)),
                RuleOperator.DoesNotEqual => OnText(text => !TextMatching.Same(text, expected)),
                RuleOperator.Contains => OnText(text => TextMatching.Contains(text, expected)),
                RuleOperator.DoesNotContain => OnText(text => !TextMatching.Contains(text, expected)),
                RuleOperator.BeginsWith => OnText(text => text.StartsWith(expected, StringComparison.Ordinal)),
                _ => OnText(text => text.EndsWith(expected, StringComparison.Ordinal)),
            };
        }

        private static bool ContainsAnyWords(string text, string[] keywords)
        {
            foreach (var keyword in keywords)
            {
                if (TextMatching.ContainsWords(text, keyword))
                {
                    return true;
                }
            }

            return false;
        }

        private static Func<ColumnValue?, bool> OnText(Func<string, bool> test) =>
            candidate => candidate is TextValue value && test(value.Normalized);
    }
}
