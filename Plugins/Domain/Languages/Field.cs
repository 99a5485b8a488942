namespace CrmLeadSla.Plugins.Domain.Languages
{
    /// <summary>
    /// A field of the agreement's records that a message names, so the user finds it on the form. The domain knows a
    /// field by its display label, one key per field; where the field is stored (its table and column) only the edge
    /// that reads and writes the records knows, and adds when it words the text: "Rejection Reason" or "Ablehnungsgrund",
    /// each followed by the column's logical name in brackets (see <see cref="Text.In(Language, System.Func{Field, string})"/>).
    /// </summary>
    /// <param name="Label">The key of the field's display label, which is also the field's identity.</param>
    public sealed record Field(TextKey Label);
}
