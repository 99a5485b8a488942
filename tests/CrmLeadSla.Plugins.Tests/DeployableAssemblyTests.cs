using System.Reflection;

namespace CrmLeadSla.Plugins.Tests;

/// <summary>The sandbox only accepts strong-name signed assemblies built for .NET Framework 4.6.2.</summary>
public class DeployableAssemblyTests
{
    [Fact]
    public void Plugin_assembly_is_strong_name_signed()
    {
        var token = typeof(FunnelTransitionPlugin).Assembly.GetName().GetPublicKeyToken();

        Assert.NotNull(token);
        Assert.NotEmpty(token);
    }

    [Fact]
    public void Plugin_assembly_for_the_sandbox_is_built_for_net462_with_the_same_key()
    {
        var current = typeof(FunnelTransitionPlugin).Assembly;
        var deployable = Path.GetFullPath(Path.Combine(
            Path.GetDirectoryName(current.Location)!, "..", "..", "..", "..", "..", "Plugins", "bin",
            Configuration, "net462", "CrmLeadSla.Plugins.dll"));

        var name = AssemblyName.GetAssemblyName(deployable);
        var framework = ReadTargetFramework(deployable);

        Assert.Equal(current.GetName().GetPublicKeyToken(), name.GetPublicKeyToken());
        Assert.Equal(".NETFramework,Version=v4.6.2", framework);
    }

    private static string Configuration =>
        typeof(DeployableAssemblyTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

    private static string? ReadTargetFramework(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var reader = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            var constructor = reader.GetMemberReference((System.Reflection.Metadata.MemberReferenceHandle)attribute.Constructor);
            var type = reader.GetTypeReference((System.Reflection.Metadata.TypeReferenceHandle)constructor.Parent);
            if (reader.GetString(type.Name) == nameof(System.Runtime.Versioning.TargetFrameworkAttribute))
            {
                var blob = reader.GetBlobReader(attribute.Value);
                blob.ReadUInt16(); // prolog
                return blob.ReadSerializedString();
            }
        }

        return null;
    }
}
