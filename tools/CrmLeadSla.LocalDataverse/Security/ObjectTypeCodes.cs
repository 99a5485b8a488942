using System.Collections.Frozen;
using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.LocalDataverse.Security;

/// <summary>
/// Object type codes (OTC) that privilege faults name: the fixed codes of the standard tables, and for every
/// other table a code from 10000 up, as Dataverse gives custom tables. Tables are numbered as they arrive: those of the
/// organization's first metadata in logical-name order, then those a solution import adds, again in name order. A
/// table keeps its code, so an organization built from a solution's source and one built from its zip number alike.
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
        ["usersettings"] = 150,
        ["organization"] = 1019,
        ["role"] = 1036,
        ["activitypointer"] = 4200,
        ["appointment"] = 4201,
        ["email"] = 4202,
        ["phonecall"] = 4210,
        ["task"] = 4212,
        ["opportunityclose"] = 4208,
    };

    private readonly MetadataModel metadata;
    private readonly Lock sync = new();
    private IReadOnlyCollection<TableDefinition>? numbered;
    private FrozenDictionary<string, int> codeByTable = StandardCodes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Numbers the tables of <paramref name="metadata"/>, and later those an import adds to it.</summary>
    public ObjectTypeCodes(MetadataModel metadata)
    {
        this.metadata = metadata;
        NumberNewTables();
    }

    /// <summary>The code of <paramref name="table"/>, or 0 for a table the metadata does not know.</summary>
    public int Of(string table)
    {
        if (!ReferenceEquals(metadata.Tables, Volatile.Read(ref numbered)))
        {
            NumberNewTables();
        }

        return codeByTable.TryGetValue(table, out var code) ? code : 0;
    }

    private void NumberNewTables()
    {
        lock (sync)
        {
            var tables = metadata.Tables;
            var next = Math.Max(FirstCustomCode, codeByTable.Values.DefaultIfEmpty(0).Max() + 1);
            var added = tables
                .Select(t => t.LogicalName)
                .Where(name => !codeByTable.ContainsKey(name))
                .Order(StringComparer.OrdinalIgnoreCase)
                .Select((name, index) => KeyValuePair.Create(name, next + index));
            codeByTable = codeByTable.Concat(added).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
            Volatile.Write(ref numbered, tables);
        }
    }
}
