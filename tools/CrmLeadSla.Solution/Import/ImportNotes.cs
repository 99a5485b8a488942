namespace CrmLeadSla.Solution.Import;

/// <summary>
/// What an import leaves out, each said once (with a count when it recurs): elements the importer does not know and
/// settings it reads but the local Dataverse does not act on. Nothing is dropped silently.
/// </summary>
internal sealed class ImportNotes
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly List<string> order = [];

    public void Add(string note)
    {
        if (counts.TryGetValue(note, out var count))
        {
            counts[note] = count + 1;
            return;
        }

        counts[note] = 1;
        order.Add(note);
    }

    /// <summary>Notes an element whose children the importer does not all know: each unknown child once per kind.</summary>
    public void Unknown(string part, System.Xml.Linq.XElement element, IReadOnlySet<string> known)
    {
        foreach (var child in element.Elements().Where(c => !known.Contains(c.Name.LocalName)))
        {
            Add($"{part}: <{element.Name.LocalName}> has <{child.Name.LocalName}>, which the importer does not know; it is ignored.");
        }
    }

    public IReadOnlyList<string> ToList() =>
        [.. order.Select(n => counts[n] == 1 ? n : $"{n} ({counts[n]}×)")];
}
