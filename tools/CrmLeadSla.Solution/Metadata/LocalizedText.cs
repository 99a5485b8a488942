namespace CrmLeadSla.Solution.Metadata;

/// <summary>A label in several languages, keyed by Dataverse language code (1033 English, 1031 German).</summary>
public sealed class LocalizedText
{
    /// <summary>An empty label.</summary>
    public static readonly LocalizedText Empty = new(new Dictionary<int, string>());

    /// <summary>Creates a label from language code → text.</summary>
    public LocalizedText(IReadOnlyDictionary<int, string> byLanguage) => ByLanguage = byLanguage;

    /// <summary>Text per language code.</summary>
    public IReadOnlyDictionary<int, string> ByLanguage { get; }

    /// <summary>The text in the given language, else English, else any, else empty.</summary>
    public string In(int languageCode) =>
        ByLanguage.TryGetValue(languageCode, out var text) ? text
        : ByLanguage.TryGetValue(1033, out var english) ? english
        : ByLanguage.Values.FirstOrDefault() ?? string.Empty;
}
