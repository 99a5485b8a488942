namespace CrmLeadSla.Cli.Learning.History;

/// <summary>How far a lead of the history went: what calibration learns to predict.</summary>
public enum LeadOutcome
{
    /// <summary>Not decided yet (still in progress): left out of learning, scored like any other lead.</summary>
    Open,

    /// <summary>Closed without ever reaching SQL (rejected, disqualified, nurtured for good).</summary>
    None,

    /// <summary>Reached SQL: an opportunity exists (whether or not it was won).</summary>
    Sql,

    /// <summary>Reached SQL and the deal was won.</summary>
    Won,
}
