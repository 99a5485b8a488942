using System;
using System.Collections.Generic;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>
    /// The column values of one record (a lead, or an interaction) that scoring reads, by logical name.
    /// A column that is absent, null, empty text or an empty choice list counts as not set.
    /// </summary>
    public sealed class ColumnValues
    {
        private readonly Dictionary<string, ColumnValue> values;

        private ColumnValues(Dictionary<string, ColumnValue> values) => this.values = values;

        /// <summary>A record with no column set.</summary>
        public static ColumnValues None { get; } = new ColumnValues(new Dictionary<string, ColumnValue>(StringComparer.OrdinalIgnoreCase));

        /// <summary>A copy with one more column (null removes it).</summary>
        public ColumnValues With(string column, ColumnValue? value)
        {
            var copy = new Dictionary<string, ColumnValue>(values, StringComparer.OrdinalIgnoreCase);
            if (value is null || value.IsBlank)
            {
                copy.Remove(column);
            }
            else
            {
                copy[column] = value;
            }

            return new ColumnValues(copy);
        }

        /// <summary>The value of a column, or null when it is not set.</summary>
        public ColumnValue? ValueOf(string column) => values.TryGetValue(column, out var value) ? value : null;
    }
}
