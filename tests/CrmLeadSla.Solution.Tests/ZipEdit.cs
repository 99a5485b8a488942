using System.IO.Compression;
using System.Text;

namespace CrmLeadSla.Solution.Tests;

/// <summary>A copy of a zip with one text part changed, for a test to alter a packed solution.</summary>
internal static class ZipEdit
{
    /// <summary>Replaces every occurrence of <paramref name="original"/> in the part; fails when the part lacks it, so a test never changes nothing.</summary>
    public static byte[] Replace(byte[] zip, string part, string original, string replacement)
    {
        var unpacked = new UnpackedZip(zip);
        var text = unpacked.Text(part);
        Assert.Contains(original, text, StringComparison.Ordinal);
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var path in unpacked.Paths)
            {
                using var stream = archive.CreateEntry(path).Open();
                stream.Write(path == part ? Encoding.UTF8.GetBytes(text.Replace(original, replacement, StringComparison.Ordinal)) : unpacked.Bytes(path));
            }
        }

        return buffer.ToArray();
    }
}
