namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>The kind of a column as scoring sees it; it decides which operators fit the column.</summary>
    public enum ColumnKind
    {
        /// <summary>Single or multiple lines of text, e-mail, URL.</summary>
        Text,
        /// <summary>Whole number, decimal, float or currency (money).</summary>
        Number,
        /// <summary>Choice (option set): one option value.</summary>
        OptionSet,
        /// <summary>Choices (multi-select option set): several option values.</summary>
        MultiOptionSet,
        /// <summary>Two options (yes/no).</summary>
        Boolean,
        /// <summary>Lookup to another record.</summary>
        Lookup,
        /// <summary>Date and time.</summary>
        DateTime,
    }
}
