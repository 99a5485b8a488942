using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages;

/// <summary>
/// The statecode and statuscode a row gets when a write leaves them out: the columns' defaults from the
/// metadata, and for a statuscode the default (else first) status of the given state.
/// </summary>
public static class StatusDefaults
{
    /// <summary>The default statecode of the table, or null when it has none.</summary>
    public static int? DefaultState(TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var column = table.Column("statecode");
        return column is null ? null : ValueOf(column.DefaultValue) ?? column.OptionSet?.Options.FirstOrDefault()?.Value ?? 0;
    }

    /// <summary>The statuscode a row in <paramref name="state"/> gets by default, or null when the table has none.</summary>
    public static int? DefaultStatus(TableDefinition table, int state)
    {
        ArgumentNullException.ThrowIfNull(table);
        var options = table.Column("statuscode")?.OptionSet?.Options;
        if (options is null)
        {
            return null;
        }

        var columnDefault = ValueOf(table.Column("statuscode")!.DefaultValue);
        return options.FirstOrDefault(o => o.Value == columnDefault && o.State == state)?.Value
            ?? options.FirstOrDefault(o => o.State == state)?.Value;
    }

    /// <summary>The state a statuscode belongs to, or null when the metadata does not say.</summary>
    public static int? StateOfStatus(TableDefinition table, int status)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Column("statuscode")?.OptionSet?.Options.FirstOrDefault(o => o.Value == status)?.State;
    }

    private static int? ValueOf(object? defaultValue) => defaultValue switch
    {
        int value => value,
        OptionSetValue option => option.Value,
        _ => null,
    };
}
