using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Source;

/// <summary>Reads option sets: global ones (one file each under OptionSets/) and the &lt;option&gt; children of a column.</summary>
internal static class OptionReader
{
    public static OptionSetDefinition ReadGlobal(SourceFile file, SourceContext context)
    {
        file.ExpectRoot("optionset");
        var root = file.Root;
        Vocabulary.AllowOnly(file, root, "name");
        Vocabulary.AllowChildren(file, root, "label", "option");
        var name = file.RequiredFileName(root, "option set");
        context.RequirePrefix(file, root, name, "option set");
        var displayName = file.Labels(root);
        var description = file.Labels(root, "description");
        context.RequireLabels(file, root, displayName, "display name");
        context.RequireLabels(file, root, description, "description");
        return new OptionSetDefinition(name, IsGlobal: true, ReadOptions(file, root, context, ColumnKind.Picklist))
        {
            DisplayName = displayName,
            Description = description,
            IsCustom = context.IsSolution,
        };
    }

    /// <summary>The &lt;option&gt; children of an option set or column; status options must name their state.</summary>
    public static IReadOnlyList<OptionDefinition> ReadOptions(SourceFile file, XElement parent, SourceContext context, ColumnKind kind)
    {
        var options = new List<OptionDefinition>();
        foreach (var element in parent.Elements("option"))
        {
            Vocabulary.AllowOnly(file, element, "value", "state");
            Vocabulary.AllowChildren(file, element, "label");
            var value = file.RequiredInt(element, "value");
            var state = file.OptionalInt(element, "state");
            if (kind == ColumnKind.Status && state is null)
            {
                throw file.Error(element, "the status option has no state.", "Add state=\"…\" with the statecode value this status belongs to.");
            }

            if (kind != ColumnKind.Status && state is not null)
            {
                throw file.Error(element, "only statuscode options belong to a state.", "Remove the state attribute.");
            }

            if (context.Publisher is { } publisher && kind is ColumnKind.Picklist or ColumnKind.MultiSelectPicklist && !publisher.OwnsOptionValue(value))
            {
                throw file.Error(element, $"the option value {value} lacks the publisher's option value prefix {publisher.OptionValuePrefix}.", $"Use a value from {publisher.FirstOptionValue} to {publisher.FirstOptionValue + 9_999}.");
            }

            if (options.Any(o => o.Value == value))
            {
                throw file.Error(element, $"the option value {value} appears twice.", "Give every option its own value.");
            }

            var label = file.Labels(element);
            context.RequireLabels(file, element, label, "option label");
            options.Add(new OptionDefinition(value, label, state));
        }

        return options;
    }
}
