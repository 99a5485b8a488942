using CrmLeadSla.Solution.Registration;

namespace CrmLeadSla.Solution.Packing;

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
        var missing = definition.Types.Select(t => t.TypeName).Where(t => !assembly.Defines(t)).ToList();
        if (missing.Count > 0)
        {
            throw new PackagingException(
                $"PluginAssemblies/{definition.Name}.xml registers {string.Join(", ", missing)}, which '{assembly.SourcePath}' does not contain.",
                "Correct the class name in the source, or rebuild the assembly from this commit.");
        }

        return new EmbeddedAssembly(assembly);
    }
}
