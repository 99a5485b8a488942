using System;
using System.Collections.Generic;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Scoring;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Scoring
{
    /// <summary>Maps the SDK's column values of a row onto the domain's <see cref="ColumnValues"/>.</summary>
    public static class RecordColumns
    {
        /// <summary>The values of <paramref name="columns"/> in <paramref name="row"/>; absent and null columns are not set.</summary>
        public static ColumnValues Of(Entity row, IEnumerable<string> columns)
        {
            if (row == null)
            {
                throw new ArgumentNullException(nameof(row));
            }

            return columns.Aggregate(
                ColumnValues.None,
                (values, column) => row.Contains(column) ? values.With(column, ValueOf(row[column])) : values);
        }

        /// <summary>
        /// The domain value of one SDK value: Money and every number type become a number, OptionSetValue an
        /// option, OptionSetValueCollection options, EntityReference the record's id; null stays not set.
        /// </summary>
        public static ColumnValue? ValueOf(object? value)
        {
            switch (value)
            {
                case null:
                    return null;
                case string text:
                    return ColumnValue.Text(text);
                case Money money:
                    return ColumnValue.Number(money.Value);
                case int number:
                    return ColumnValue.Number(number);
                case long number:
                    return ColumnValue.Number(number);
                case decimal number:
                    return ColumnValue.Number(number);
                case double number:
                    return ColumnValue.Number((decimal)number);
                case bool flag:
                    return ColumnValue.Boolean(flag);
                case OptionSetValue option:
                    return ColumnValue.Option(option.Value);
                case OptionSetValueCollection options:
                    return ColumnValue.Options(options.Select(option => option.Value));
                case EntityReference reference:
                    return ColumnValue.Lookup(reference.Id);
                case DateTime moment:
                    return ColumnValue.Moment(moment);
                case AliasedValue aliased:
                    return ValueOf(aliased.Value);
                default:
                    throw new UserMessageException(Text.Of(TextKey.ColumnValueUnreadable, value.GetType().Name));
            }
        }
    }
}
