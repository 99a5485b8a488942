using System.IO.Compression;
using System.Reflection;
using System.Xml.Linq;

namespace CrmLeadSla.Solution.Tests;

/// <summary>An export fixture (Fixtures/&lt;name&gt;/) zipped in memory, with our signed test assembly at each path its registration names.</summary>
internal static class FixtureZip
{
    public static readonly string[] Names =
    [
        "crm8.2-custom-entity-local-optionset",
        "d365-9.1-global-optionset-relationship",
        "d365-9.2-plugin-steps-images",
        "d365-9.2-autonumber-forms-views",
        "d365-9.2-custom-workflow-activity-designer-xaml",
        "d365-9.2-managed-role-privileges",
    ];

    public static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>
    /// The fixture's files, changed by <paramref name="edit"/> (path, text → text) before zipping, as a zip; each
    /// registered assembly's bytes pass through <paramref name="assembly"/> when given.
    /// </summary>
    public static byte[] Build(string name, Func<string, string, string>? edit = null, Func<byte[], byte[]>? assembly = null)
    {
        var folder = Folder(name);
        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes);

        // The assemblies the fixture registers, read before any edit (which may break the XML on purpose).
        var registrations = XDocument.Parse(System.Text.Encoding.UTF8.GetString(files["customizations.xml"])).Descendants("PluginAssembly").ToList();
        if (edit is not null)
        {
            foreach (var path in files.Keys.Where(p => p.EndsWith(".xml", StringComparison.Ordinal) || p.EndsWith(".xaml", StringComparison.Ordinal)).ToList())
            {
                var text = System.Text.Encoding.UTF8.GetString(files[path]);
                var edited = edit(path, text);
                if (edited != text)
                {
                    files[path] = System.Text.Encoding.UTF8.GetBytes(edited);
                }
            }
        }

        foreach (var registered in registrations)
        {
            var assemblyName = ((string)registered.Attribute("FullName")!).Split(',')[0];
            var built = File.ReadAllBytes(Built(assemblyName));
            files[registered.Element("FileName")!.Value.TrimStart('/')] = assembly is null ? built : assembly(built);
        }

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, bytes) in files.OrderBy(f => f.Key == "[Content_Types].xml" ? 0 : 1).ThenBy(f => f.Key, StringComparer.Ordinal))
            {
                using var stream = zip.CreateEntry(path).Open();
                stream.Write(bytes);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The net462 build of a fixture assembly (tests/Fixtures/&lt;name&gt;), of this test run's configuration.</summary>
    public static string Built(string assembly) =>
        Path.Combine(Repository.Root, "tests", "Fixtures", assembly, "bin", Configuration, "net462", assembly + ".dll");

    private static string Configuration =>
        typeof(FixtureZip).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
}
