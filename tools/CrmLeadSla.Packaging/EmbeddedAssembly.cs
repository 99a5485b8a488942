using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using CrmLeadSla.LocalDataverse.Registration;

namespace CrmLeadSla.Packaging;

/// <summary>A plug-in assembly placed in the solution: its id, its folder in the zip and the ids of its types.</summary>
internal sealed class EmbeddedAssembly
{
    private EmbeddedAssembly(DeployableAssembly assembly)
    {
        Assembly = assembly;
        Id = ComponentIds.For("pluginassembly", assembly.Name);
    }

    public DeployableAssembly Assembly { get; }

    public Guid Id { get; }

    /// <summary>Where the assembly sits in the zip: <c>PluginAssemblies/&lt;name&gt;-&lt;ID&gt;/&lt;name&gt;.dll</c>.</summary>
    public string PathInZip => $"PluginAssemblies/{Assembly.Name}-{Id.ToString("D").ToUpperInvariant()}/{Assembly.FileName}";

    public Guid TypeId(string typeName) => ComponentIds.For("plugintype", Assembly.Name + "/" + typeName);

    /// <summary>Pairs a declared assembly with its build and refuses a declared class the build lacks.</summary>
    public static EmbeddedAssembly For(PluginAssemblyDefinition definition, DeployableAssembly assembly)
    {
        var classes = ClassesOf(assembly);
        var missing = definition.Types.Select(t => t.TypeName).Where(t => !classes.Contains(t)).ToList();
        if (missing.Count > 0)
        {
            throw new PackagingException(
                $"PluginAssemblies/{definition.Name}.xml registers {string.Join(", ", missing)}, which '{assembly.SourcePath}' does not contain.",
                "Correct the class name in the source, or rebuild the assembly from this commit.");
        }

        return new EmbeddedAssembly(assembly);
    }

    private static HashSet<string> ClassesOf(DeployableAssembly assembly)
    {
        using var stream = new MemoryStream([.. assembly.Content]);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return reader.TypeDefinitions
            .Select(reader.GetTypeDefinition)
            .Select(t => reader.GetString(t.Namespace) is { Length: > 0 } ns ? ns + "." + reader.GetString(t.Name) : reader.GetString(t.Name))
            .ToHashSet(StringComparer.Ordinal);
    }
}
