using System.Reflection;
using System.Runtime.InteropServices;

namespace CrmLeadSla.SdkSurface.Tests.SurfaceCheck;

/// <summary>
/// Metadata-only load contexts for each platform the SDK is built for: nothing is executed, so
/// .NET Framework assemblies load on current .NET.
/// </summary>
internal static class MetadataContexts
{
    /// <summary>.NET Framework 4.6.2's reference assemblies plus the given assemblies.</summary>
    public static MetadataLoadContext NetFramework462(IEnumerable<string> assemblies)
    {
        var referenceAssemblies = SurfaceCheckLocations.NetFramework462ReferenceAssemblies;
        var framework = Directory.GetFiles(referenceAssemblies, "*.dll")
            .Concat(Directory.GetFiles(Path.Combine(referenceAssemblies, "Facades"), "*.dll"));
        return Create(assemblies, framework, "mscorlib");
    }

    /// <summary>The running .NET plus the packages next to the tests (System.ServiceModel) plus the given assemblies.</summary>
    public static MetadataLoadContext CurrentDotNet(IEnumerable<string> assemblies)
    {
        var runtime = Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll");
        var packages = Directory.GetFiles(AppContext.BaseDirectory, "System.*.dll");
        return Create(assemblies, runtime.Concat(packages), "System.Private.CoreLib");
    }

    /// <summary>The given assemblies win over framework ones of the same name.</summary>
    private static MetadataLoadContext Create(IEnumerable<string> assemblies, IEnumerable<string> framework, string coreAssembly)
    {
        var given = assemblies.ToList();
        var givenNames = given.Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var paths = given
            .Concat(framework.Where(path => !givenNames.Contains(Path.GetFileNameWithoutExtension(path))))
            .DistinctBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase);
        return new MetadataLoadContext(new PathAssemblyResolver(paths), coreAssembly);
    }
}
