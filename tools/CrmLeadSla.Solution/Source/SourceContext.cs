using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Source;

/// <summary>What a file is read against: the publisher whose rules apply (null for the shipped standard tables), the solution's languages and its global option sets.</summary>
internal sealed record SourceContext(
    PublisherDefinition? Publisher,
    IReadOnlyList<int> Languages,
    IReadOnlyDictionary<string, OptionSetDefinition> GlobalOptionSets)
{
    /// <summary>True when the file belongs to the solution, so prefixes and labels in every language are required.</summary>
    public bool IsSolution => Publisher is not null;

    public void RequireLabels(SourceFile file, System.Xml.Linq.XElement element, LocalizedText text, string what)
    {
        if (IsSolution)
        {
            file.RequireLanguages(element, text, Languages, what);
        }
    }

    /// <summary>The element's labels as a component's name and description, required in every solution language.</summary>
    public (LocalizedText Name, LocalizedText Description) NameAndDescription(SourceFile file, System.Xml.Linq.XElement element, string what)
    {
        var name = file.Labels(element);
        var description = file.Labels(element, "description");
        RequireLabels(file, element, name, $"{what} name");
        RequireLabels(file, element, description, $"{what} description");
        return (name, description);
    }

    public void RequirePrefix(SourceFile file, System.Xml.Linq.XElement element, string name, string what)
    {
        if (Publisher is { } publisher && !publisher.OwnsName(name))
        {
            throw file.Error(element, $"the {what} '{name}' lacks the publisher prefix '{publisher.Prefix}_'.", $"Rename it to '{publisher.Prefix}_{name}'.");
        }
    }
}
