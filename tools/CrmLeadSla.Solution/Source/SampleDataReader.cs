using System.Globalization;
using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Source;

/// <summary>
/// Reads the sample configuration files (SampleData/&lt;file&gt;.xml): &lt;row table="…" id="…"&gt; with one &lt;value column="…"&gt; per column,
/// typed and checked by the column's metadata, and orders the rows so that every row comes after the rows it references.
/// </summary>
internal static class SampleDataReader
{
    public static SampleConfiguration Read(IEnumerable<SourceFile> files, MetadataModel metadata, int baseLanguage)
    {
        var rows = new List<(SourceFile File, XElement Element, SampleRow Row)>();
        foreach (var file in files)
        {
            file.ExpectRoot("sampledata");
            Vocabulary.AllowOnly(file, file.Root);
            Vocabulary.AllowChildren(file, file.Root, "row");
            foreach (var element in file.Root.Elements("row"))
            {
                var row = ReadRow(file, element, metadata, baseLanguage);
                if (rows.Any(r => r.Row.Id == row.Id))
                {
                    throw file.Error(element, $"the id {row.Id} is used by another sample row.", "Give every sample row its own id.");
                }

                rows.Add((file, element, row));
            }
        }

        return new SampleConfiguration(InDependencyOrder(rows));
    }

    private static SampleRow ReadRow(SourceFile file, XElement element, MetadataModel metadata, int baseLanguage)
    {
        Vocabulary.AllowOnly(file, element, "table", "id");
        Vocabulary.AllowChildren(file, element, "value");
        var table = file.RequiredTable(element, metadata);
        var values = new List<SampleValue>();
        foreach (var value in element.Elements("value"))
        {
            Vocabulary.AllowOnly(file, value, "column", "table");
            var name = file.Required(value, "column");
            var column = table.Column(name)
                ?? throw file.Error(value, $"'{table.LogicalName}' has no column '{name}'.", "Correct the column name, or add the column to the table's file in Tables/.");
            if (!column.IsValidForCreate || column.LogicalName == table.PrimaryIdAttribute)
            {
                throw file.Error(value, $"the column '{name}' cannot be set on create.", "Remove the value (the row's id goes in <row id=\"…\">).");
            }

            if (values.Any(v => v.Column == name))
            {
                throw file.Error(value, $"the column '{name}' is given twice.", "Keep one <value> per column.");
            }

            values.Add(Typed(file, value, column, baseLanguage));
        }

        return new SampleRow(table.LogicalName, table.PrimaryIdAttribute, file.RequiredGuid(element, "id"), values);
    }

    private static SampleValue Typed(SourceFile file, XElement element, ColumnDefinition column, int baseLanguage)
    {
        var text = element.Value.Trim();
        object value = column.Kind switch
        {
            ColumnKind.String or ColumnKind.Memo or ColumnKind.EntityName => Text(file, element, column, text),
            ColumnKind.Integer => Number<int>(file, element, column, text),
            ColumnKind.BigInt => Number<long>(file, element, column, text),
            ColumnKind.Decimal or ColumnKind.Money => Number<decimal>(file, element, column, text),
            ColumnKind.Double => Number<double>(file, element, column, text),
            ColumnKind.Boolean => text switch
            {
                "true" => true,
                "false" => false,
                _ => throw file.Error(element, $"'{text}' is not true or false.", "Write true or false."),
            },
            ColumnKind.DateTime => DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
                ? date
                : throw file.Error(element, $"'{text}' is not a date and time.", "Write it as 2026-03-02T08:00:00Z."),
            ColumnKind.Picklist or ColumnKind.State or ColumnKind.Status => Option(file, element, column, text, baseLanguage),
            ColumnKind.MultiSelectPicklist => text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => Option(file, element, column, t, baseLanguage)).ToArray(),
            ColumnKind.Lookup or ColumnKind.Customer or ColumnKind.Uniqueidentifier => Guid.TryParse(text, out var id)
                ? id
                : throw file.Error(element, $"'{text}' is not a row id.", "Write the id of the sample row it points at."),
            _ => throw file.Error(element, $"the column '{column.LogicalName}' is of type {column.Kind}, which sample data cannot set.", "Remove the value."),
        };
        return column.Kind is ColumnKind.Lookup or ColumnKind.Customer
            ? new SampleValue(column.LogicalName, column.Kind, value, SourceFile.Optional(element, "table") ?? column.Targets.FirstOrDefault())
            : new SampleValue(column.LogicalName, column.Kind, value);
    }

    private static string Text(SourceFile file, XElement element, ColumnDefinition column, string text) =>
        column.MaxLength is { } max && text.Length > max
            ? throw file.Error(element, $"the text is {text.Length} characters long; '{column.LogicalName}' holds {max}.", "Shorten it.")
            : text;

    private static T Number<T>(SourceFile file, XElement element, ColumnDefinition column, string text)
        where T : struct, System.Numerics.INumber<T>
    {
        if (!T.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            throw file.Error(element, $"'{text}' is not a number.", "Write the number with a dot as the decimal separator.");
        }

        var asDecimal = decimal.CreateSaturating(value);
        return asDecimal < column.MinValue || asDecimal > column.MaxValue
            ? throw file.Error(element, $"{text} lies outside {column.MinValue}…{column.MaxValue}, the range of '{column.LogicalName}'.", "Choose a value in the range.")
            : value;
    }

    /// <summary>An option by value or by its label in the base language, so sample files read as an admin sees them.</summary>
    private static int Option(SourceFile file, XElement element, ColumnDefinition column, string text, int baseLanguage)
    {
        var options = column.OptionSet!.Options;
        var option = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? options.FirstOrDefault(o => o.Value == number)
            : options.FirstOrDefault(o => string.Equals(o.Label.In(baseLanguage), text, StringComparison.OrdinalIgnoreCase));
        return option?.Value
            ?? throw file.Error(element, $"'{text}' is not an option of '{column.LogicalName}'.", $"Use one of: {string.Join(", ", options.Select(o => o.Label.In(baseLanguage)))}.");
    }

    private static List<SampleRow> InDependencyOrder(List<(SourceFile File, XElement Element, SampleRow Row)> rows)
    {
        foreach (var (file, element, row) in rows)
        {
            foreach (var reference in row.Values.Where(v => v.Target is not null))
            {
                var target = rows.FirstOrDefault(r => r.Row.Id == (Guid)reference.Value).Row;
                if (target is null || target.Table != reference.Target)
                {
                    throw file.Error(element, $"the lookup '{reference.Column}' points at {reference.Value}, which is no sample row of '{reference.Target}'.", "Point it at the id of a sample row of that table (add table=\"…\" to the value for a lookup with several targets).");
                }
            }
        }

        var ordered = new List<SampleRow>();
        var pending = rows.ToList();
        while (pending.Count > 0)
        {
            // Keep the files' order among rows whose references are all placed.
            var next = pending.FindIndex(p => p.Row.References.All(id => ordered.Any(o => o.Id == id)));
            if (next < 0)
            {
                throw pending[0].File.Error(pending[0].Element, "the sample rows reference each other in a circle.", "Leave one of the lookups out of the sample data.");
            }

            ordered.Add(pending[next].Row);
            pending.RemoveAt(next);
        }

        return ordered;
    }
}
