using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Storage;

/// <summary>
/// Keeps committed rows small: a row is stored without its empty columns, and equal values of stored rows share one
/// instance — lookups (owner, creator, the lead an interaction is about), choices, short texts, flags, and the
/// instants one commit writes. Sharing cannot show: a published row is never changed, and every reader gets copies
/// (<see cref="RowCopy"/>, the query engine's result rows). Not thread-safe: the database calls it under its lock.
/// </summary>
internal sealed class StoredValues
{
    // Texts up to this length are shared: names, subjects, URLs, stage and clock names repeat; long texts rarely do.
    private const int SharedTextLength = 64;

    private static readonly object True = true;
    private static readonly object False = false;

    private readonly Dictionary<(string LogicalName, Guid Id, string? Name), EntityReference> references = [];
    private readonly Dictionary<int, OptionSetValue> options = [];
    private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);
    private readonly Dictionary<DateTime, object> instants = [];

    /// <summary>The row as it is stored: its non-empty columns, each value shared with equal ones already stored.</summary>
    public Entity Compact(Entity row)
    {
        var stored = new Entity(row.LogicalName, row.Id) { RowVersion = row.RowVersion };
        foreach (var (column, value) in row.Attributes)
        {
            if (value is not null)
            {
                stored.Attributes[column] = Shared(value);
            }
        }

        return stored;
    }

    /// <summary>Forgets the instants of the last commit: they seldom come back once the clock moves on.</summary>
    public void EndOfCommit() => instants.Clear();

    private object Shared(object value) => value switch
    {
        EntityReference reference when reference.KeyAttributes.Count == 0 && reference.RowVersion is null => Reference(reference),
        OptionSetValue option => Option(option.Value),
        string text when text.Length <= SharedTextLength => Text(text),
        bool flag => flag ? True : False,
        DateTime instant => Instant(instant, value),
        _ => value,
    };

    private EntityReference Reference(EntityReference reference)
    {
        var key = (reference.LogicalName, reference.Id, reference.Name);
        if (!references.TryGetValue(key, out var shared))
        {
            shared = new EntityReference(reference.LogicalName, reference.Id) { Name = reference.Name };
            references.Add(key, shared);
        }

        return shared;
    }

    private OptionSetValue Option(int value)
    {
        if (!options.TryGetValue(value, out var shared))
        {
            shared = new OptionSetValue(value);
            options.Add(value, shared);
        }

        return shared;
    }

    private string Text(string text)
    {
        if (!texts.TryGetValue(text, out var shared))
        {
            texts.Add(text, text);
            shared = text;
        }

        return shared;
    }

    private object Instant(DateTime instant, object boxed)
    {
        if (!instants.TryGetValue(instant, out var shared))
        {
            instants.Add(instant, boxed);
            shared = boxed;
        }

        return shared;
    }
}
