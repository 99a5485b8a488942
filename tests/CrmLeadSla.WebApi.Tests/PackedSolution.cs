using System.IO.Compression;
using System.Reflection;
using System.Text;
using CrmLeadSla.Solution.Packing;

namespace CrmLeadSla.WebApi.Tests;

/// <summary>
/// The repository's solution as <c>leadsla pack</c> zips it (managed, from the net462 builds the CLI builds), and
/// copies of it with one entry's text changed.
/// </summary>
internal static class PackedSolution
{
    /// <summary>The repository's folder.</summary>
    public static readonly string Root = FindRoot();

    private static readonly Lazy<byte[]> Managed = new(() => SolutionZip.Create(PackSource.Load(Path.Combine(Root, "Solution"), AssemblyFolders), PackageKind.Managed));

    public static byte[] Zip => Managed.Value;

    private static string[] AssemblyFolders =>
    [
        Path.Combine(Root, "Plugins", "bin", Configuration, "net462"),
        Path.Combine(Root, "Workflows", "bin", Configuration, "net462"),
    ];

    private static string Configuration => typeof(PackedSolution).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

    /// <summary>The packed zip with <paramref name="oldText"/> replaced in one entry, or the entry left out when <paramref name="newText"/> is null.</summary>
    public static byte[] Changed(string entryName, string oldText, string? newText)
    {
        using var copy = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(Zip), ZipArchiveMode.Read))
        using (var target = new ZipArchive(copy, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                if (entry.FullName == entryName && newText is null)
                {
                    continue;
                }

                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName).Open();
                if (entry.FullName == entryName)
                {
                    using var reader = new StreamReader(from);
                    var text = reader.ReadToEnd();
                    Assert.Contains(oldText, text, StringComparison.Ordinal);
                    to.Write(Encoding.UTF8.GetBytes(text.Replace(oldText, newText, StringComparison.Ordinal)));
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        return copy.ToArray();
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CrmLeadSla.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: no CrmLeadSla.sln above " + AppContext.BaseDirectory);
    }
}
