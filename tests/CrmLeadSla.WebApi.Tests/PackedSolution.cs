using System.IO.Compression;
using System.Reflection;
using System.Text;
using System.Xml.Linq;
using CrmLeadSla.LocalDataverse.SolutionSource;

namespace CrmLeadSla.WebApi.Tests;

/// <summary>
/// A solution zip in the layout <c>leadsla pack</c> writes, holding what deploy reads of it: the manifest
/// (solution.xml: unique name, version), the plug-in assemblies by full name and the steps by id and name
/// (customizations.xml), taken from the repository's Solution/ and the assemblies the tests load.
/// </summary>
internal static class PackedSolution
{
    private static readonly Lazy<SolutionDefinition> Solution = new(SolutionFolder.Load);

    public static byte[] Zip(string? version = null, IEnumerable<AssemblyName>? assemblies = null, bool withCustomizations = true)
    {
        var solution = Solution.Value;
        var manifest = new XElement(
            "ImportExportXml",
            new XElement("SolutionManifest", new XElement("UniqueName", solution.UniqueName), new XElement("Version", version ?? solution.Version.ToString(4))));
        var customizations = new XElement(
            "ImportExportXml",
            new XElement("SolutionPluginAssemblies", (assemblies ?? DeployTests.Served.PluginAssemblies.Select(a => a.GetName())).Select(a => new XElement("PluginAssembly", new XAttribute("FullName", a.FullName)))),
            new XElement("SdkMessageProcessingSteps", solution.Steps.Select(s => new XElement(
                "SdkMessageProcessingStep",
                new XAttribute("Name", s.Name),
                new XAttribute("SdkMessageProcessingStepId", "{" + s.Id.ToString("D") + "}")))));
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/octet-stream\" /></Types>");
            Add(archive, "solution.xml", manifest.ToString());
            if (withCustomizations)
            {
                Add(archive, "customizations.xml", customizations.ToString());
            }
        }

        return zip.ToArray();
    }

    private static void Add(ZipArchive archive, string name, string content)
    {
        using var entry = archive.CreateEntry(name).Open();
        entry.Write(Encoding.UTF8.GetBytes(content));
    }
}
