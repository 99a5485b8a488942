namespace CrmLeadSla.Cli.Agreement.Reporting;

/// <summary>
/// What a column of a report table holds. Cells are stored culture-free (as the plain CSV files write them); the kind
/// says how <see cref="ReportFormat"/> shows them to a reader and how the CSV file heads them.
/// </summary>
public enum FigureKind
{
    /// <summary>Text shown as it is: a reason, a rep's name.</summary>
    Text,

    /// <summary>A funnel stage by its export name (<c>MQL</c>), shown in the reader's language.</summary>
    Stage,

    /// <summary>A clock's kind by its export name (<c>FirstContact</c>), shown in the reader's language.</summary>
    ClockKind,

    /// <summary>A count or a percentage, with the decimals it is stored with (<c>1500</c>, <c>3.0</c>).</summary>
    Number,

    /// <summary>A duration stored in hours (<c>568.4</c>), shown in days and hours.</summary>
    Hours,

    /// <summary>A calendar day stored as <c>yyyy-MM-dd</c>.</summary>
    Day,

    /// <summary>A calendar month stored as <c>yyyy-MM</c>.</summary>
    Month,
}
