using System.Globalization;
using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Source;

/// <summary>
/// Reads a view file (Views/&lt;file&gt;.xml): labels, the query as a &lt;fetch&gt; element and the grid's &lt;cell&gt;s.
/// The reader checks the view's table, its option values and its grid; the FetchXML itself is bound when an organization is built from
/// the solution (the local Dataverse refuses a view that names an unknown table, column or operator, as Dataverse refuses its import).
/// </summary>
internal static class ViewReader
{
    // Operators whose values are option values of the condition's column.
    private static readonly string[] OptionOperators = ["eq", "ne", "neq", "in", "not-in"];

    public static ViewDefinition Read(SourceFile file, SourceContext context, MetadataModel metadata)
    {
        file.ExpectRoot("view");
        var root = file.Root;
        Vocabulary.AllowOnly(file, root, "id", "table", "querytype", "default");
        Vocabulary.AllowChildren(file, root, "label", "fetch", "layout");
        var table = file.RequiredTable(root, metadata);
        var (name, description) = context.NameAndDescription(file, root, "view");

        var fetch = root.Element("fetch") ?? throw file.Error(root, "the view has no <fetch>.", "Add the view's query as a <fetch> element.");
        var entity = fetch.Element("entity");
        if ((string?)entity?.Attribute("name") != table.LogicalName)
        {
            throw file.Error(fetch, $"the FetchXML does not query the view's table '{table.LogicalName}'.", $"Write <entity name=\"{table.LogicalName}\"> inside <fetch>.");
        }

        var fetchXml = fetch.ToString(SaveOptions.DisableFormatting);
        CheckOptionValues(file, fetch, metadata);
        return new ViewDefinition
        {
            Id = file.RequiredGuid(root, "id"),
            Table = table.LogicalName,
            Name = name,
            Description = description,
            QueryType = file.Choice(root, "querytype", ViewQueryType.Public),
            IsDefault = file.Flag(root, "default", otherwise: false),
            FetchXml = fetchXml,
            Layout = ReadLayout(file, root, ReturnedColumns(entity!)),
            SourceFile = file.Name,
        };
    }

    private static void CheckOptionValues(SourceFile file, XElement fetch, MetadataModel metadata)
    {
        foreach (var condition in fetch.Descendants("condition").Where(c => c.Attribute("entityname") is null && OptionOperators.Contains((string?)c.Attribute("operator"))))
        {
            var owner = condition.Ancestors().First(a => a.Name.LocalName is "entity" or "link-entity");
            var column = metadata.FindTable((string?)owner.Attribute("name") ?? string.Empty)?.Column((string?)condition.Attribute("attribute") ?? string.Empty);
            if (column?.OptionSet is not { } options || column.Kind is ColumnKind.MultiSelectPicklist)
            {
                continue;
            }

            var values = condition.Attribute("value") is { } single ? [single.Value] : condition.Elements("value").Select(v => v.Value);
            foreach (var text in values)
            {
                if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || !options.Allows(value))
                {
                    throw file.Error(condition, $"'{text}' is not an option of '{column.LogicalName}'.", $"Use one of: {string.Join(", ", options.Options.Select(o => $"{o.Value} ({o.Label.In(1033)})"))}.");
                }
            }
        }
    }

    /// <summary>The names a row of the view carries: the main table's attributes (or their aliases) and <c>alias.column</c> of aliased links.</summary>
    private static HashSet<string> ReturnedColumns(XElement entity)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var attribute in entity.Elements("attribute"))
        {
            names.Add((string?)attribute.Attribute("alias") ?? (string?)attribute.Attribute("name") ?? string.Empty);
        }

        foreach (var link in entity.Descendants("link-entity").Where(l => l.Attribute("alias") is not null))
        {
            foreach (var attribute in link.Elements("attribute"))
            {
                names.Add($"{(string?)link.Attribute("alias")}.{(string?)attribute.Attribute("name")}");
            }
        }

        return names;
    }

    private static List<ViewColumn> ReadLayout(SourceFile file, XElement root, HashSet<string> returned)
    {
        var layout = root.Element("layout") ?? throw file.Error(root, "the view has no <layout>.", "Add <layout> with one <cell name=\"…\" width=\"…\" /> per column of the grid.");
        Vocabulary.AllowOnly(file, layout);
        Vocabulary.AllowChildren(file, layout, "cell");
        var cells = new List<ViewColumn>();
        foreach (var cell in layout.Elements("cell"))
        {
            Vocabulary.AllowOnly(file, cell, "name", "width");
            var name = file.Required(cell, "name");
            if (!returned.Contains(name))
            {
                throw file.Error(cell, $"the grid shows '{name}', which the FetchXML does not return.", $"Add <attribute name=\"{name}\" /> to the fetch (alias.column for a linked table), or remove the cell.");
            }

            if (cells.Any(c => c.Name == name))
            {
                throw file.Error(cell, $"the grid shows '{name}' twice.", "Remove one of the cells.");
            }

            cells.Add(new ViewColumn(name, file.OptionalInt(cell, "width") ?? 150));
        }

        return cells.Count > 0 ? cells : throw file.Error(layout, "the grid has no columns.", "Add one <cell name=\"…\" width=\"…\" /> per column.");
    }
}
