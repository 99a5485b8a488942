using System.IO.Compression;
using System.Reflection;
using System.Xml;
using System.Xml.Linq;
using CrmLeadSla.Cli.WebApi;

namespace CrmLeadSla.Cli.Environments;

/// <summary>
/// What a packed solution zip (from <c>leadsla pack</c>) says it installs: its unique name and version
/// (solution.xml), its plug-in assemblies with their versions and its plug-in steps by id and name (customizations.xml).
/// </summary>
public sealed record SolutionPackage(
    string UniqueName,
    string Version,
    IReadOnlyList<AssemblyName> Assemblies,
    IReadOnlyList<(Guid Id, string Name)> Steps,
    byte[] Zip)
{
    /// <summary>Reads the zip, or says in plain words why it is not an importable solution.</summary>
    public static SolutionPackage Read(byte[] zip)
    {
        ArgumentNullException.ThrowIfNull(zip);
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
            var manifest = Xml(archive, "solution.xml").Root?.Element("SolutionManifest")
                ?? throw new InvalidDataException("solution.xml has no ImportExportXml/SolutionManifest.");
            var customizations = Xml(archive, "customizations.xml").Root!;
            return new SolutionPackage(
                (string?)manifest.Element("UniqueName") ?? throw new InvalidDataException("solution.xml names no UniqueName."),
                (string?)manifest.Element("Version") ?? throw new InvalidDataException("solution.xml names no Version."),
                customizations.Descendants("PluginAssembly").Select(a => new AssemblyName((string)a.Attribute("FullName")!)).ToList(),
                customizations.Descendants("SdkMessageProcessingStep")
                    .Select(s => (Guid.Parse(((string)s.Attribute("SdkMessageProcessingStepId")!).Trim('{', '}')), (string)s.Attribute("Name")!))
                    .ToList(),
                zip);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or FormatException or ArgumentNullException)
        {
            throw new DeploymentRefusedException($"The file is not a solution zip from leadsla pack: {e.Message}");
        }
    }

    private static XDocument Xml(ZipArchive archive, string name)
    {
        using var stream = (archive.GetEntry(name) ?? throw new InvalidDataException($"the zip has no {name} at its root.")).Open();
        return XDocument.Load(stream);
    }
}

/// <summary>The deployment cannot go on; the message says what is wrong and what to do.</summary>
public sealed class DeploymentRefusedException(string message) : Exception(message);
