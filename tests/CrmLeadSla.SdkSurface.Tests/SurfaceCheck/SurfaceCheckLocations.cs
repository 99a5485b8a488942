using System.Reflection;

namespace CrmLeadSla.SdkSurface.Tests.SurfaceCheck;

/// <summary>
/// Where the two sides of the comparison are, as the build baked them into this assembly
/// (see the project file): the stand-in's outputs, the .NET Framework reference assemblies and,
/// when given, the folder of Microsoft's SDK binaries.
/// </summary>
internal static class SurfaceCheckLocations
{
    private static readonly AssemblyMetadataAttribute[] Metadata =
        typeof(SurfaceCheckLocations).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToArray();

    public static string NetFramework462ReferenceAssemblies =>
        Metadata.Single(m => m.Key == "NetFramework462ReferenceAssemblies").Value!;

    /// <summary>Microsoft's SDK binaries (-p:XrmSdkPath=DIR), or null when the build was not given them.</summary>
    public static string? XrmSdkPath => Metadata.SingleOrDefault(m => m.Key == "XrmSdkPath")?.Value;

    /// <summary>Every output of the stand-in built for <paramref name="framework"/> (e.g. net462, net10.0).</summary>
    public static IReadOnlyList<string> StandIns(string framework) =>
        Metadata.Where(m => m.Key == "StandInAssembly")
            .Select(m => m.Value!)
            .Where(path => Path.GetFileName(Path.GetDirectoryName(path)) == framework)
            .ToList();

    public static string StandIn(string assemblyName, string framework) =>
        StandIns(framework).SingleOrDefault(path => Path.GetFileNameWithoutExtension(path) == assemblyName)
        ?? throw new InvalidOperationException($"The build produced no {framework} stand-in of {assemblyName}.");
}
