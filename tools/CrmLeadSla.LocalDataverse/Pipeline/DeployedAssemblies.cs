using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using System.Security.Cryptography;
using CrmLeadSla.Solution.Import;
using CrmLeadSla.Solution.Packing;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>
/// Loads the plug-in and workflow activity assemblies a solution zip carries — the net462 builds Dataverse runs — from
/// their bytes, each into a load context of its own. The SDK assemblies they reference (Microsoft.Xrm.Sdk,
/// Microsoft.Crm.Sdk.Proxy, Microsoft.Xrm.Sdk.Workflow, System.Activities) resolve, whatever version and key they name,
/// to the ones the local Dataverse itself runs on, so <c>IPlugin</c>, <c>Entity</c> or <c>CodeActivity</c> are the same
/// types on both sides; .NET Framework's other assemblies resolve to .NET's facades. The same bytes load once per
/// process, so building many organizations from one zip does not load the assembly again.
/// </summary>
public static class DeployedAssemblies
{
    private static readonly string[] Shared = ["Microsoft.Xrm.Sdk", "Microsoft.Crm.Sdk.Proxy", "Microsoft.Xrm.Sdk.Workflow", "System.Activities"];
    private static readonly ConcurrentDictionary<string, Lazy<Assembly>> Loaded = new(StringComparer.Ordinal);

    /// <summary>The assembly of these bytes, loaded in its own context (once per distinct content).</summary>
    /// <exception cref="BadImageFormatException">The bytes are not an assembly this runtime can load.</exception>
    /// <exception cref="FileLoadException">The assembly cannot be loaded.</exception>
    public static Assembly Load(IReadOnlyList<byte> content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bytes = content as byte[] ?? [.. content];
        var key = Convert.ToHexString(SHA256.HashData(bytes));
        var lazy = Loaded.GetOrAdd(key, _ => new Lazy<Assembly>(() => new DeployedAssemblyContext(key).LoadFromStream(new MemoryStream(bytes))));
        try
        {
            return lazy.Value;
        }
        catch
        {
            // A failed load is not remembered: the same bytes are tried again, and fail again with the same reason.
            Loaded.TryRemove(key, out _);
            throw;
        }
    }

    /// <summary>
    /// Loads a solution's assembly and checks that each class it registers loads and is what it is registered as: a
    /// plug-in (<c>IPlugin</c>) or a workflow activity (<c>CodeActivity</c>) of the local Dataverse's own SDK.
    /// </summary>
    /// <exception cref="SolutionImportException">The assembly or one of its classes cannot be loaded or has the wrong kind.</exception>
    public static Assembly Load(DeployableAssembly assembly, PluginAssemblyDefinition registration)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(registration);
        var component = $"{assembly.SourcePath}, plug-in assembly '{assembly.Name}'";
        try
        {
            var loaded = Load(assembly.Content);
            foreach (var type in registration.Types)
            {
                var kind = type.WorkflowActivityGroupName is null ? typeof(IPlugin) : typeof(System.Activities.CodeActivity);
                var found = loaded.GetType(type.TypeName, throwOnError: true)!;
                if (!kind.IsAssignableFrom(found))
                {
                    throw new SolutionImportException(component, $"'{type.TypeName}' is registered as a {(kind == typeof(IPlugin) ? "plug-in" : "workflow activity")}, but is no {kind.Name} of the SDK the local Dataverse runs on.", $"Build the assembly against Microsoft.Xrm.Sdk{(kind == typeof(IPlugin) ? string.Empty : " and System.Activities")} and register the class as what it is.");
                }
            }

            return loaded;
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException or TypeLoadException)
        {
            throw new SolutionImportException(component, $"the local Dataverse cannot load it: {e.Message}", "Build the assembly for .NET Framework 4.6.2 against the Dataverse SDK only; plug-in assemblies cannot bring other assemblies along.", e);
        }
    }

    /// <summary>The load context of one deployed assembly: the SDK resolves to the local Dataverse's, everything else to .NET's.</summary>
    private sealed class DeployedAssemblyContext(string name) : AssemblyLoadContext("deployed " + name, isCollectible: false)
    {
        protected override Assembly? Load(AssemblyName assemblyName) =>
            Shared.Contains(assemblyName.Name, StringComparer.OrdinalIgnoreCase)
                ? Default.LoadFromAssemblyName(new AssemblyName(assemblyName.Name!))
                : null;
    }
}
