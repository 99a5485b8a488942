using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>A column a rule may read: its kind and, for choice columns, the option values it allows.</summary>
    public sealed record ColumnDefinition(ColumnKind Kind, IReadOnlyCollection<int> OptionValues)
    {
        /// <summary>A column without option values.</summary>
        public ColumnDefinition(ColumnKind kind)
            : this(kind, Array.Empty<int>())
        {
        }
    }

    /// <summary>
    /// The columns of a table that rules may read, by logical name; the plug-in fills it from the
    /// table's metadata, tests from a few lines.
    /// </summary>
    public sealed class ColumnCatalog
    {
        private readonly Dictionary<string, ColumnDefinition> columns;

        private ColumnCatalog(Dictionary<string, ColumnDefinition> columns) => this.columns = columns;

        /// <summary>A catalog with no column.</summary>
        public static ColumnCatalog Empty { get; } = new ColumnCatalog(new Dictionary<string, ColumnDefinition>(StringComparer.OrdinalIgnoreCase));

        /// <summary>A copy with one more column.</summary>
        public ColumnCatalog With(string column, ColumnKind kind, params int[] optionValues) =>
            new ColumnCatalog(new Dictionary<string, ColumnDefinition>(columns, StringComparer.OrdinalIgnoreCase)
            {
                [column] = new ColumnDefinition(kind, optionValues.ToArray()),
            });

        /// <summary>The definition of a column, or null when the table has no such column.</summary>
        public ColumnDefinition? Find(string column) => columns.TryGetValue(column.Trim(), out var definition) ? definition : null;
    }
}
