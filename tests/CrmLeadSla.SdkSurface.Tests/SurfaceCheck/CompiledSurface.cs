using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CrmLeadSla.SdkSurface.Tests.SurfaceCheck;

/// <summary>
/// Compiles a few lines of C# into an assembly and loads it for metadata only, so that the
/// comparison can be shown pairs of surfaces whose differences are known.
/// </summary>
internal sealed class CompiledSurface : IDisposable
{
    private static readonly MetadataReference[] Framework =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToArray();

    private readonly MetadataLoadContext context;

    public CompiledSurface(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Surface",
            [CSharpSyntaxTree.ParseText(source)],
            Framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException("The surface does not compile: " + string.Join(Environment.NewLine, result.Diagnostics));
        }

        var runtime = Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll");
        context = new MetadataLoadContext(new PathAssemblyResolver(runtime), "System.Private.CoreLib");
        Assembly = context.LoadFromByteArray(image.ToArray());
    }

    public Assembly Assembly { get; }

    public void Dispose() => context.Dispose();
}
