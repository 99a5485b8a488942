namespace CrmLeadSla.LocalDataverse.Security;

/// <summary>What a caller wants to do with a row; each right has one privilege per table (<c>prv</c> + right + table).</summary>
public enum AccessRight
{
    /// <summary>Create a row (<c>prvCreate…</c>).</summary>
    Create,
    /// <summary>Retrieve or query a row (<c>prvRead…</c>).</summary>
    Read,
    /// <summary>Update a row (<c>prvWrite…</c>).</summary>
    Write,
    /// <summary>Delete a row (<c>prvDelete…</c>).</summary>
    Delete,
    /// <summary>Set a lookup on this row that points at another row (<c>prvAppend…</c>).</summary>
    Append,
    /// <summary>Let another row's lookup point at this row (<c>prvAppendTo…</c>).</summary>
    AppendTo,
    /// <summary>Give the row another owner (<c>prvAssign…</c>).</summary>
    Assign,
    /// <summary>Share the row with another principal (<c>prvShare…</c>).</summary>
    Share,
}
