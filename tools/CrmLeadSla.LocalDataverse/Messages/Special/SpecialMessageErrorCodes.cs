namespace CrmLeadSla.LocalDataverse.Messages.Special;

/// <summary>
/// Error codes the special messages raise beyond the shared ones in <see cref="Faults.ErrorCodes"/>.
/// docs/local-dataverse-messages.md says which situations use a code not checked against a live organization.
/// </summary>
public static class SpecialMessageErrorCodes
{
    /// <summary>0x80040333 DuplicateRecord: duplicate detection refused a create (QualifyLead creating a second parent account or contact).</summary>
    public const int DuplicateDetected = -2147220685;
}
