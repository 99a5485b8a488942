using System.Security.Cryptography;
using System.Text;

namespace CrmLeadSla.Solution.Packing;

/// <summary>
/// Ids for components the source names but gives no id (plug-in assemblies and types): derived from the name, so every
/// pack of the same source gives the same id and an upgrade finds the component it replaces.
/// </summary>
internal static class ComponentIds
{
    // A fixed namespace for this solution's derived ids (RFC 4122 name-based ids, SHA-1, version 5).
    private static readonly Guid Namespace = new("5d6f2a0e-8c41-4b7a-9e35-27180c1a5a00");

    public static Guid For(string kind, string name)
    {
        var input = Namespace.ToByteArray(bigEndian: true).Concat(Encoding.UTF8.GetBytes(kind + ":" + name)).ToArray();
#pragma warning disable CA5350 // SHA-1 is what RFC 4122 version 5 prescribes; the id is not a security boundary.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
