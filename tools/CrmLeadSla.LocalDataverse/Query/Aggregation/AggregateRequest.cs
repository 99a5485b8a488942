using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Query.Aggregation;

/// <summary>The aggregate functions of FetchXML.</summary>
internal enum AggregateFunction
{
    /// <summary>Rows in the group.</summary>
    Count,
    /// <summary>Non-null values of the column in the group (distinct ones when asked).</summary>
    CountColumn,
    /// <summary>Sum of the column.</summary>
    Sum,
    /// <summary>Average of the column.</summary>
    Avg,
    /// <summary>Smallest value.</summary>
    Min,
    /// <summary>Largest value.</summary>
    Max,
}

/// <summary>How a date column is grouped: by day of month, week of year, month, quarter or year.</summary>
internal enum DateGrouping
{
    /// <summary>The date itself.</summary>
    None,
    /// <summary>Day of the month.</summary>
    Day,
    /// <summary>Week of the year, weeks starting on Sunday.</summary>
    Week,
    /// <summary>Month 1–12.</summary>
    Month,
    /// <summary>Quarter 1–4.</summary>
    Quarter,
    /// <summary>The year.</summary>
    Year,
}

/// <summary>One column of an aggregate FetchXML query: a group-by key or an aggregate, under its alias.</summary>
/// <param name="Link">The link-entity the column belongs to, or null for the main table.</param>
/// <param name="Attribute">The column's logical name.</param>
/// <param name="Alias">The name the result carries it under.</param>
/// <param name="Function">The aggregate, or null for a group-by column.</param>
/// <param name="Distinct">For countcolumn: count distinct values only.</param>
/// <param name="Grouping">For a group-by date column: the part of the date it groups by.</param>
internal sealed record AggregateColumn(LinkEntity? Link, string Attribute, string Alias, AggregateFunction? Function, bool Distinct, DateGrouping Grouping);

/// <summary>The aggregate part of a FetchXML query.</summary>
/// <param name="Columns">Group-by and aggregate columns.</param>
/// <param name="Orders">Sort keys by alias, in order.</param>
internal sealed record AggregateRequest(IReadOnlyList<AggregateColumn> Columns, IReadOnlyList<(string Alias, bool Descending)> Orders);
