using CrmLeadSla.LocalDataverse.Faults;

namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>
/// Rows the platform creates and removes itself: the organization's own row, and each user's settings (created with
/// the user). Dataverse offers only Retrieve, RetrieveMultiple and Update on these tables, so a Create or Delete is refused.
/// </summary>
internal static class PlatformKeptRows
{
    private static readonly HashSet<string> Tables = new(StringComparer.OrdinalIgnoreCase) { "organization", "usersettings" };

    /// <summary>Refuses a Create or Delete of such a row as the transaction begins (InvalidArgument; Dataverse's code unverified).</summary>
    public static void RefuseCreateOrDelete(Operation operation)
    {
        var table = operation.PrimaryRecord.LogicalName;
        if (Tables.Contains(table ?? string.Empty) && operation.Message is "Create" or "Delete")
        {
            throw Fault.Of(
                ErrorCodes.InvalidArgument,
                $"The '{operation.Message}' method does not support entities of type '{table}': the platform keeps these rows itself (the organization's row, and a user's settings with the user).");
        }
    }
}
