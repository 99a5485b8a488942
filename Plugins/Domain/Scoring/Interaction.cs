using System;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>A marketing touch of a lead as behaviour scoring reads it.</summary>
    /// <param name="Type">What kind of touch it was.</param>
    /// <param name="OccurredOn">When the prospect made it; its points decay from this moment.</param>
    public sealed record Interaction(InteractionType Type, DateTime OccurredOn)
    {
        /// <summary>The interaction's columns that behaviour rules may filter on, such as its URL.</summary>
        public ColumnValues Columns { get; init; } = ColumnValues.None;
    }
}
