using System.Security.Cryptography;
using System.Text;

namespace CrmLeadSla.LocalDataverse.Security;

/// <summary>The privilege a right needs on a table: <c>prv</c> + right + table, e.g. <c>prvReadlead</c>, <c>prvAppendTolsla_scoringrule</c>.</summary>
internal static class PrivilegeNames
{
    /// <summary>
    /// The privilege name for <paramref name="right"/> on <paramref name="table"/>. Every table has its own, named after
    /// its logical name, as the solution's roles list them (one line per table).
    /// </summary>
    public static string For(AccessRight right, string table) => "prv" + right + table;

    /// <summary>
    /// A stable id for a privilege name (the real ids are per organization and not in the solution);
    /// derived from the name so the same privilege always shows the same id in faults.
    /// </summary>
    public static Guid IdOf(string privilegeName)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(privilegeName.ToUpperInvariant()));
        return new Guid(hash.AsSpan(0, 16));
    }
}
