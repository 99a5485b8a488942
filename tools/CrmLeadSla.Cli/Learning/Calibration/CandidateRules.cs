using System.Globalization;
using System.Text.RegularExpressions;
using CrmLeadSla.Cli.Learning.History;
using CrmLeadSla.Cli.Environments.ModelFiles;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Scoring;

namespace CrmLeadSla.Cli.Learning.Calibration;

/// <summary>
/// The rules calibration may propose, read off the training leads: each an ordinary scoring rule (worth 1 point
/// until the fit says otherwise) that enough leads match and enough do not. Fit: bands of numbers, each option
/// value, yes and no, keywords of job titles, free-mail addresses, frequent text values, a column left empty.
/// Behaviour: each interaction type, and each first URL path segment per type ("/pricing").
/// </summary>
internal static partial class CandidateRules
{
    // Company-size classes as firmographic data usually bands them: a band people recognise beats a quantile.
    private static readonly decimal[] EmployeeBands = [10, 50, 250, 1000, 5000];

    private static readonly string FreeMailDomains =
        "gmail.com;googlemail.com;yahoo.com;hotmail.com;outlook.com;live.com;icloud.com;aol.com;gmx.de;gmx.net;web.de;t-online.de;mail.ru;yandex.ru;protonmail.com";

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase) { "of", "and", "the", "for", "to", "in", "at", "a", "an", "de", "und" };

    private const int MostKeywords = 40;
    private const int MostTextValues = 15;

    /// <summary>The fewest leads a rule must match (and not match) to be learnt from: 10, or 1 % of the leads.</summary>
    public static int SupportFor(int leads) => Math.Max(10, (int)Math.Ceiling(leads * 0.01));

    /// <summary>Every candidate rule the leads support, ids numbered from 1 in order.</summary>
    public static IReadOnlyList<ScoringRule> From(IReadOnlyList<HistoryLead> leads, Func<string, int, string?> optionLabel)
    {
        var support = SupportFor(leads.Count);
        var rules = new List<ScoringRule>();
        foreach (var column in ScorableColumns.LeadColumnNames)
        {
            rules.AddRange(FitCandidates(column, leads.Select(lead => lead.Columns.ValueOf(column)).ToArray(), support, optionLabel));
        }

        rules.AddRange(BehaviourCandidates(leads, support));
        return rules.Select((rule, index) => rule with { Id = ModelJson.RuleIdAt(index) }).ToArray();
    }

    private static IEnumerable<ScoringRule> FitCandidates(string column, ColumnValue?[] values, int support, Func<string, int, string?> optionLabel)
    {
        var set = values.Where(value => value is not null).Select(value => value!).ToArray();
        if (set.Length == 0)
        {
            yield break;
        }

        var label = ColumnLabels.Of(column);
        var kind = set[0].Kind;
        if (kind != ColumnKind.Lookup && Supported(values.Length - set.Length, values.Length, support))
        {
            yield return Fit($"{label}: not given", column, RuleOperator.IsNotSet, null);
        }

        var candidates = kind switch
        {
            ColumnKind.Number => Bands(column, label, set.OfType<NumberValue>().Select(value => value.Value).ToArray(), support),
            ColumnKind.OptionSet => Counted(set.OfType<OptionValue>().Select(value => Format(value.Value)), values.Length, support, int.MaxValue)
                .Select(option => Fit($"{label}: {optionLabel(column, int.Parse(option, CultureInfo.InvariantCulture)) ?? option}", column, RuleOperator.Equals, option)),
            ColumnKind.Boolean => Counted(set.OfType<BooleanValue>().Select(value => value.Value ? "true" : "false"), values.Length, support, 2)
                .Select(flag => Fit($"{label}: {(flag == "true" ? "yes" : "no")}", column, RuleOperator.Equals, flag)),
            ColumnKind.Lookup => Supported(set.Length, values.Length, support) ? [Fit($"{label}: given", column, RuleOperator.IsSet, null)] : [],
            ColumnKind.Text when column == "jobtitle" => Keywords(set.OfType<TextValue>(), values.Length, support)
                .Select(word => Fit($"{label}: {word}", column, RuleOperator.ContainsAnyKeyword, word)),
            ColumnKind.Text when column == "emailaddress1" => FreeMail(set.OfType<TextValue>(), values.Length, support),
            ColumnKind.Text => Counted(set.OfType<TextValue>().Select(value => value.Value.Trim()), values.Length, support, MostTextValues)
                .Select(text => Fit($"{label}: {text}", column, RuleOperator.Equals, text)),
            _ => [],
        };
        foreach (var candidate in candidates)
        {
            yield return candidate;
        }
    }

    private static IEnumerable<ScoringRule> Bands(string column, string label, decimal[] numbers, int support)
    {
        Array.Sort(numbers);
        var whole = numbers.All(number => number == decimal.Truncate(number));
        var step = whole ? 1m : 0.01m;
        var proposed = column == "numberofemployees"
            ? EmployeeBands
            : new[] { 0.2, 0.4, 0.6, 0.8 }.Select(quantile => Rounded(numbers[(int)(quantile * (numbers.Length - 1))])).Distinct().ToArray();

        // Drop a bound when the band below it would be too small, so every band is learnt from enough leads.
        var bounds = new List<decimal>();
        var below = 0;
        foreach (var bound in proposed.Where(bound => bound > numbers[0] && bound <= numbers[^1]))
        {
            var count = numbers.Count(number => number < bound) - below;
            if (count >= support && numbers.Count(number => number >= bound) >= support)
            {
                bounds.Add(bound);
                below += count;
            }
        }

        if (bounds.Count == 0)
        {
            yield break;
        }

        yield return Fit($"{label} under {Shown(bounds[0])}", column, RuleOperator.LessThan, Format(bounds[0]));
        for (var index = 0; index + 1 < bounds.Count; index++)
        {
            var upper = bounds[index + 1] - step;
            yield return Fit($"{label} {Shown(bounds[index])}–{Shown(upper)}", column, RuleOperator.Between, Format(bounds[index])) with { ValueTo = Format(upper) };
        }

        yield return Fit($"{label} {Shown(bounds[^1])} or more", column, RuleOperator.GreaterThanOrEqual, Format(bounds[^1]));
    }

    private static IEnumerable<string> Keywords(IEnumerable<TextValue> titles, int leads, int support) =>
        Counted(
            titles.SelectMany(title => Words().Split(title.Value.ToLowerInvariant())
                .Where(word => word.Length > 1 && !StopWords.Contains(word))
                .Distinct()),
            leads,
            support,
            MostKeywords);

    private static IEnumerable<ScoringRule> FreeMail(IEnumerable<TextValue> addresses, int leads, int support)
    {
        var domains = FreeMailDomains.Split(';');
        var count = addresses.Count(address => domains.Contains(address.Value.Trim()[(address.Value.Trim().LastIndexOf('@') + 1)..], StringComparer.OrdinalIgnoreCase));
        if (Supported(count, leads, support))
        {
            yield return Fit("Free-mail address", "emailaddress1", RuleOperator.EmailDomainInList, FreeMailDomains);
        }
    }

    private static IEnumerable<ScoringRule> BehaviourCandidates(IReadOnlyList<HistoryLead> leads, int support)
    {
        foreach (var type in Enum.GetValues<InteractionType>())
        {
            var touched = leads.Where(lead => lead.Interactions.Any(interaction => interaction.Type == type)).ToArray();
            if (!Supported(touched.Length, leads.Count, support))
            {
                continue;
            }

            yield return Behaviour(ColumnLabels.Of(type), type);
            var segments = touched.SelectMany(lead => lead.Interactions
                .Where(interaction => interaction.Type == type)
                .Select(interaction => FirstPathSegment(interaction.Columns.ValueOf(InteractionSchema.Url)))
                .Where(segment => segment is not null)
                .Distinct());
            foreach (var segment in Counted(segments!, leads.Count, support, MostTextValues))
            {
                yield return Behaviour($"{ColumnLabels.Of(type)}: {segment}", type) with
                {
                    Attribute = InteractionSchema.Url,
                    Operator = RuleOperator.Contains,
                    Value = segment,
                };
            }
        }
    }

    private static string? FirstPathSegment(ColumnValue? url)
    {
        if (url is not TextValue text || !Uri.TryCreate(text.Value.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        var segment = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return segment is null ? null : "/" + segment.ToLowerInvariant();
    }

    /// <summary>The values held by enough leads (and missing from enough), most frequent first, at most <paramref name="most"/>.</summary>
    private static IEnumerable<string> Counted(IEnumerable<string> values, int leads, int support, int most) =>
        values
            .GroupBy(value => value, StringComparer.OrdinalIgnoreCase)
            .Select(group => (Value: group.Key, Count: group.Count()))
            .Where(entry => Supported(entry.Count, leads, support))
            .OrderByDescending(entry => entry.Count)
            .ThenBy(entry => entry.Value, StringComparer.Ordinal)
            .Take(most)
            .Select(entry => entry.Value);

    private static bool Supported(int matching, int leads, int support) => matching >= support && leads - matching >= support;

    // A bound a person would choose: one significant digit of 1, 2 or 5 (120,000 → 100,000; 3,400 → 5,000).
    private static decimal Rounded(decimal number)
    {
        if (number <= 0)
        {
            return decimal.Truncate(number);
        }

        var power = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)number)));
        var leading = number / power;
        var nice = leading < 1.5m ? 1m : leading < 3.5m ? 2m : leading < 7.5m ? 5m : 10m;
        return nice * power;
    }

    private static string Format(decimal number) => number.ToString(CultureInfo.InvariantCulture);

    private static string Format(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static string Shown(decimal number) => number.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static ScoringRule Fit(string name, string column, RuleOperator ruleOperator, string? value) =>
        new(Guid.Empty, name, RuleCategory.Fit, 1) { Attribute = column, Operator = ruleOperator, Value = value };

    private static ScoringRule Behaviour(string name, InteractionType type) =>
        new(Guid.Empty, name, RuleCategory.Behaviour, 1) { InteractionType = type };

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex Words();
}
