using System.IO.Compression;
using System.Xml.Linq;

namespace CrmLeadSla.Solution.Tests;

/// <summary>A packed solution zip, unpacked in memory.</summary>
internal sealed class UnpackedZip
{
    private readonly Dictionary<string, byte[]> entries;

    public UnpackedZip(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        Paths = [.. archive.Entries.Select(e => e.FullName)];
        entries = archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
        Timestamps = [.. archive.Entries.Select(e => e.LastWriteTime).Distinct()];
    }

    public IReadOnlyList<string> Paths { get; }

    public IReadOnlyList<DateTimeOffset> Timestamps { get; }

    public byte[] Bytes(string path) => entries[path];

    public string Text(string path) => System.Text.Encoding.UTF8.GetString(entries[path]);

    public XDocument Xml(string path) => XDocument.Parse(Text(path));

    public XDocument Manifest => Xml("solution.xml");

    public XDocument Customizations => Xml("customizations.xml");
}
