using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.SandboxHarness.Output
{
    /// <summary>
    /// One JSON value on one line, from the values a step writes. Formatted here rather than by a serializer
    /// because the two runtimes ship different serializers and the outputs must be comparable byte for byte:
    /// invariant numbers, round-trip ("o") dates, choices and money as their numbers, lookups as table and id.
    /// </summary>
    internal static class JsonText
    {
        public static string Of(object? value)
        {
            var text = new StringBuilder();
            Append(text, value);
            return text.ToString();
        }

        private static void Append(StringBuilder text, object? value)
        {
            switch (value)
            {
                case null:
                    text.Append("null");
                    break;
                case string s:
                    AppendString(text, s);
                    break;
                case bool flag:
                    text.Append(flag ? "true" : "false");
                    break;
                case int number:
                    text.Append(number.ToString(CultureInfo.InvariantCulture));
                    break;
                case long number:
                    text.Append(number.ToString(CultureInfo.InvariantCulture));
                    break;
                case decimal number:
                    text.Append(number.ToString(CultureInfo.InvariantCulture));
                    break;
                case double number:
                    text.Append(number.ToString("R", CultureInfo.InvariantCulture));
                    break;
                case Guid id:
                    AppendString(text, id.ToString("D"));
                    break;
                case DateTime moment:
                    AppendString(text, moment.ToString("o", CultureInfo.InvariantCulture));
                    break;
                case OptionSetValue option:
                    Append(text, option.Value);
                    break;
                case Money money:
                    Append(text, money.Value);
                    break;
                case EntityReference reference:
                    Append(text, new[]
                    {
                        new KeyValuePair<string, object?>("table", reference.LogicalName),
                        new KeyValuePair<string, object?>("id", reference.Id),
                    });
                    break;
                case IEnumerable<KeyValuePair<string, object?>> properties:
                    AppendObject(text, properties);
                    break;
                case IEnumerable items:
                    AppendArray(text, items);
                    break;
                default:
                    throw new NotSupportedException("The harness does not print values of type " + value.GetType().FullName + ".");
            }
        }

        private static void AppendObject(StringBuilder text, IEnumerable<KeyValuePair<string, object?>> properties) =>
            AppendJoined(text, '{', properties, property =>
            {
                AppendString(text, property.Key);
                text.Append(':');
                Append(text, property.Value);
            }, '}');

        private static void AppendArray(StringBuilder text, IEnumerable items) =>
            AppendJoined(text, '[', items.Cast<object?>(), item => Append(text, item), ']');

        private static void AppendJoined<T>(StringBuilder text, char open, IEnumerable<T> items, Action<T> appendItem, char close)
        {
            text.Append(open);
            var first = true;
            foreach (var item in items)
            {
                text.Append(first ? string.Empty : ",");
                first = false;
                appendItem(item);
            }

            text.Append(close);
        }

        private static void AppendString(StringBuilder text, string value)
        {
            text.Append('"');
            foreach (var character in value)
            {
                switch (character)
                {
                    case '"':
                        text.Append("\\\"");
                        break;
                    case '\\':
                        text.Append("\\\\");
                        break;
                    case '\n':
                        text.Append("\\n");
                        break;
                    case '\r':
                        text.Append("\\r");
                        break;
                    case '\t':
                        text.Append("\\t");
                        break;
                    default:
                        if (character < ' ')
                        {
                            text.Append("\\u").Append(((int)character).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            text.Append(character);
                        }

                        break;
                }
            }

            text.Append('"');
        }
    }
}
