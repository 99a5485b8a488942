using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Source;

/// <summary>Dataverse's rule for statecode and statuscode: every status reason belongs to an existing state, and every state has at least one status reason.</summary>
internal static class StatusReasons
{
    public static void Check(SourceFile file, XElement table, IReadOnlyDictionary<string, ColumnDefinition> columns)
    {
        var state = columns.GetValueOrDefault("statecode");
        var status = columns.GetValueOrDefault("statuscode");
        if (state is null && status is null)
        {
            return;
        }

        var at = Declaration(table, "statuscode") ?? Declaration(table, "statecode") ?? table;
        if (state?.OptionSet is null || status?.OptionSet is null)
        {
            throw file.Error(at, "statecode and statuscode come in pairs.", "Declare both, a State column named statecode and a Status column named statuscode.");
        }

        foreach (var option in status.OptionSet.Options.Where(o => !state.OptionSet.Allows(o.State!.Value)))
        {
            throw file.Error(at, $"the status option {option.Value} belongs to state {option.State}, which statecode does not have.", $"Use one of the states {string.Join(", ", state.OptionSet.Options.Select(o => o.Value))}.");
        }

        foreach (var bare in state.OptionSet.Options.Where(s => status.OptionSet.Options.All(o => o.State != s.Value)))
        {
            throw file.Error(at, $"the state {bare.Value} has no status option.", $"Add <option value=\"…\" state=\"{bare.Value}\"> to statuscode.");
        }
    }

    private static XElement? Declaration(XElement table, string column) =>
        table.Elements("column").FirstOrDefault(c => (string?)c.Attribute("name") == column);
}
