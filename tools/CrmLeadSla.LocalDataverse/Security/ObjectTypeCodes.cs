using System.Collections.Frozen;
using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.LocalDataverse.Security;

/// <summary>
/// Object type codes (OTC) that privilege faults name: the fixed codes of the standard tables, and for every
/// other table a code from 10000 up, as Dataverse gives custom tables, numbered in logical-name order.
/// </summary>
internal sealed class ObjectTypeCodes
{
    private const int FirstCustomCode = 10000;

    private static readonly Dictionary<string, int> StandardCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["account"] = 1,
        ["contact"] = 2,
        ["opportunity"] = 3,
        ["lead"] = 4,
        ["annotation"] = 5,
        ["systemuser"] = 8,
        ["team"] = 9,
        ["businessunit"] = 10,
        ["role"] = 1036,
        ["activitypointer"] = 4200,
        ["appointment"] = 4201,
        ["email"] = 4202,
        ["phonecall"] = 4210,
        ["task"] = 4212,
        ["opportunityclose"] = 4208,
    };

    private readonly FrozenDictionary<string, int> codeByTable;

    /// <summary>Numbers the tables of <paramref name="metadata"/>.</summary>
    public ObjectTypeCodes(MetadataModel metadata)
    {
        var others = metadata.Tables
            .Select(t => t.LogicalName)
            .Where(name => !StandardCodes.ContainsKey(name))
            .Order(StringComparer.OrdinalIgnoreCase)
            .Select((name, index) => KeyValuePair.Create(name, FirstCustomCode + index));
        codeByTable = StandardCodes.Concat(others).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The code of <paramref name="table"/>, or 0 for a table the metadata does not know.</summary>
    public int Of(string table) => codeByTable.TryGetValue(table, out var code) ? code : 0;
}
