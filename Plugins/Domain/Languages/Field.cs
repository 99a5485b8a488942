namespace CrmLeadSla.Plugins.Domain.Languages
{
    /// <summary>
    /// A column a message names, so the user finds it on the form: by its display label in the reader's language
    /// (kept in the wording, as the solution labels it) with its logical name, e.g. "Rejection Reason
    /// (lsla_rejectionreasonid)" or "Ablehnungsgrund (lsla_rejectionreasonid)".
    /// </summary>
    /// <param name="Table">The table's logical name.</param>
    /// <param name="Column">The column's logical name.</param>
    /// <param name="Label">The key of the column's display label.</param>
    public sealed record Field(string Table, string Column, TextKey Label)
    {
        /// <summary>The label followed by the logical name in brackets, as a text to word (e.g. inside a list).</summary>
        public Text Named => Text.Of(TextKey.FieldNamed, Text.Of(Label), Column);

        /// <summary>The label in the language, followed by the logical name in brackets.</summary>
        public string In(Language language) => Named.In(language);
    }
}
