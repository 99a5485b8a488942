namespace CrmLeadSla.Cli.History;

/// <summary>One record of an RFC 4180 file: its fields and the physical line each field starts on.</summary>
/// <param name="Line">The line the record starts on (1-based).</param>
/// <param name="Fields">The unquoted field values.</param>
/// <param name="FieldLines">The line each field starts on; a quoted field may span lines.</param>
public sealed record CsvRow(int Line, IReadOnlyList<string> Fields, IReadOnlyList<int> FieldLines);
