using System;
using System.Linq;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>Tests of text columns: comparisons, lists, keywords and e-mail domains.</summary>
    internal static class TextConditions
    {
        internal static Func<ColumnValue?, bool>? Compile(RuleOperator ruleOperator, string? value, Operands operands)
        {
            switch (ruleOperator)
            {
                case RuleOperator.InList:
                case RuleOperator.NotInList:
                {
                    var entries = operands.List(value, "Germany;Austria;Switzerland");
                    var wanted = ruleOperator == RuleOperator.InList;
                    return entries is null ? null : OnText(text => entries.Any(entry => TextMatching.Same(text, entry)) == wanted);
                }

                case RuleOperator.ContainsAnyKeyword:
                {
                    var keywords = operands.List(value, "CTO;head of development");
                    return keywords is null ? null : OnText(text => keywords.Any(keyword => TextMatching.ContainsWords(text, keyword)));
                }

                case RuleOperator.EmailDomainInList:
                case RuleOperator.EmailDomainNotInList:
                {
                    var domains = operands.List(value, "gmail.com;web.de")?.Select(TextMatching.ListedDomain).ToArray();
                    var wanted = ruleOperator == RuleOperator.EmailDomainInList;
                    return domains is null
                        ? null
                        : OnText(text => TextMatching.DomainOf(text) is string domain && domains.Any(listed => TextMatching.Same(domain, listed)) == wanted);
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
                RuleOperator.BeginsWith => OnText(text => text.StartsWith(expected, StringComparison.OrdinalIgnoreCase)),
                _ => OnText(text => text.EndsWith(expected, StringComparison.OrdinalIgnoreCase)),
            };
        }

        private static Func<ColumnValue?, bool> OnText(Func<string, bool> test) =>
            candidate => candidate is TextValue value && test(TextMatching.Normalize(value.Value));
    }
}
