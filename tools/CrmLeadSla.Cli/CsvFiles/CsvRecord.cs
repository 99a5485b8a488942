namespace CrmLeadSla.Cli.CsvFiles;

/// <summary>One record of a CSV file: its fields and the physical line each field starts on.</summary>
/// <param name="Line">The line the record starts on (1-based, counting every line of the file).</param>
/// <param name="Fields">The field values, unquoted.</param>
/// <param name="FieldLines">The line each field starts on; a quoted field with a line break makes a record span lines.</param>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, IReadOnlyList<int> FieldLines);
