using CrmLeadSla.Plugins.Scoring;

namespace CrmLeadSla.Cli.Learning.History;

/// <summary>The column names of a history file besides the lead's scorable columns.</summary>
public static class HistoryColumns
{
    /// <summary>The lead's id; required, unique in the file.</summary>
    public const string LeadId = "leadid";

    /// <summary>When the lead was created (ISO 8601 UTC); required.</summary>
    public const string CreatedOn = "createdon";

    /// <summary>When behaviour is measured (ISO 8601 UTC); optional.</summary>
    public const string AsOf = "asof";

    /// <summary>How far the lead went: won, sql, none or open (empty = open).</summary>
    public const string Outcome = "outcome";

    /// <summary>The lead's interactions, entries separated by ';'.</summary>
    public const string Interactions = "interactions";

    /// <summary>Descriptive columns a file may carry for people; read and ignored.</summary>
    public static IReadOnlyList<string> Descriptive { get; } = ["fullname", "subject"];

    /// <summary>The columns a writer writes, in order: the special ones and every scorable lead column.</summary>
    public static IReadOnlyList<string> Written { get; } =
        [LeadId, CreatedOn, AsOf, Outcome, .. ScorableColumns.LeadColumnNames, Interactions];
}
