namespace CrmLeadSla.Cli.Reporting;

/// <summary>The funnel stages by the names the export uses, in the order the report shows them.</summary>
internal static class Stages
{
    public const string Inquiry = "Inquiry";
    public const string Mql = "MQL";
    public const string Sal = "SAL";
    public const string Sql = "SQL";
    public const string Won = "Won";
    public const string Nurture = "Nurture";
    public const string Disqualified = "Disqualified";
    public const string Excluded = "Excluded";

    /// <summary>Every stage, the way forward first.</summary>
    public static readonly string[] All = [Inquiry, Mql, Sal, Sql, Won, Nurture, Disqualified, Excluded];

    /// <summary>The way forward: each stage converts into the next.</summary>
    public static readonly string[] Forward = [Inquiry, Mql, Sal, Sql, Won];

    /// <summary>Stages sales reaches by working a handed-over lead: accepting, rejecting or returning it.</summary>
    public static readonly string[] Worked = [Sal, Nurture, Disqualified];
}
