using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>
    /// The value of one column of a lead or an interaction, in plain C#: the plug-in maps the SDK's
    /// types onto these (Money, int and double become numbers; OptionSetValue an option value).
    /// </summary>
    public abstract record ColumnValue
    {
        private protected ColumnValue()
        {
        }

        /// <summary>The kind of column the value belongs to.</summary>
        public abstract ColumnKind Kind { get; }

        /// <summary>A text value.</summary>
        public static ColumnValue Text(string text) => new TextValue(text);

        /// <summary>A number or an amount of money.</summary>
        public static ColumnValue Number(decimal number) => new NumberValue(number);

        /// <summary>One option value of a choice column.</summary>
        public static ColumnValue Option(int value) => new OptionValue(value);

        /// <summary>The option values of a multi-select choice column.</summary>
        public static ColumnValue Options(IEnumerable<int> values) => new OptionsValue(new HashSet<int>(values));

        /// <summary>A two-options value.</summary>
        public static ColumnValue Boolean(bool value) => new BooleanValue(value);

        /// <summary>The id of the record a lookup points to.</summary>
        public static ColumnValue Lookup(Guid id) => new LookupValue(id);

        /// <summary>A date and time.</summary>
        public static ColumnValue Moment(DateTime value) => new MomentValue(value);

        /// <summary>
        /// Whether the value counts as set: Dataverse stores an empty text and an empty choice list as null,
        /// so scoring treats them as missing too.
        /// </summary>
        internal virtual bool IsBlank => false;
    }

    /// <summary>A text value.</summary>
    public sealed record TextValue(string Value) : ColumnValue
    {
        private readonly string text = Value;

        // Normalised once per value, not once per rule that reads it.
        private readonly string normalized = TextMatching.Normalize(Value);

        /// <summary>The text as the record holds it.</summary>
        public string Value
        {
            get => text;
            init
            {
                text = value;
                normalized = TextMatching.Normalize(value);
            }
        }

        /// <summary>The text as scoring compares it (see <see cref="TextMatching"/>).</summary>
        internal string Normalized => normalized;

        /// <inheritdoc />
        public override ColumnKind Kind => ColumnKind.Text;

        internal override bool IsBlank => string.IsNullOrWhiteSpace(Value);
    }

    /// <summary>A number or an amount of money.</summary>
    public sealed record NumberValue(decimal Value) : ColumnValue
    {
        /// <inheritdoc />
        public override ColumnKind Kind => ColumnKind.Number;
    }

    /// <summary>One option value of a choice column.</summary>
    public sealed record OptionValue(int Value) : ColumnValue
    {
        /// <inheritdoc />
        public override ColumnKind Kind => ColumnKind.OptionSet;
    }

    /// <summary>The option values of a multi-select choice column.</summary>
    public sealed record OptionsValue(IReadOnlyCollection<int> Values) : ColumnValue
    {
        /// <inheritdoc />
        public override ColumnKind Kind => ColumnKind.MultiOptionSet;

        internal override bool IsBlank => Values.Count == 0;

        /// <summary>Whether both hold the same option values, in any order.</summary>
        public bool Equals(OptionsValue? other) =>
            other is not null && Values.Count == other.Values.Count && Values.All(other.Values.Contains);

        /// <inheritdoc />
        public override int GetHashCode() => Values.Count;
    }

    /// <summary>A two-options value.</summary>
    public sealed record BooleanValue(bool Value) : ColumnValue
    {
        /// <inheritdoc />
        public override ColumnKind Kind => ColumnKind.Boolean;
    }

    /// <summary>The id of the record a lookup points to.</summary>
    public sealed record LookupValue(Guid Id) : ColumnValue
    {
        /// <inheritdoc />
        public override ColumnKind Kind => ColumnKind.Lookup;
    }

    /// <summary>A date and time.</summary>
    public sealed record MomentValue(DateTime Value) : ColumnValue
    {
        /// <inheritdoc />
        public override ColumnKind Kind => ColumnKind.DateTime;
    }
}
