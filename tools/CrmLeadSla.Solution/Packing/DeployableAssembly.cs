using System.Globalization;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using CrmLeadSla.Solution.Workflows;

namespace CrmLeadSla.Solution.Packing;

/// <summary>A built plug-in or workflow-activity assembly as the solution embeds it: its bytes and its strong name.</summary>
public sealed class DeployableAssembly
{
    // Argument types a workflow can bind are named by the T of these generic types (System.Activities).
    private static readonly Dictionary<string, WorkflowArgumentDirection> ArgumentKinds = new(StringComparer.Ordinal)
    {
        ["System.Activities.InArgument`1"] = WorkflowArgumentDirection.In,
        ["System.Activities.OutArgument`1"] = WorkflowArgumentDirection.Out,
        ["System.Activities.InOutArgument`1"] = WorkflowArgumentDirection.InOut,
    };

    private readonly Dictionary<string, IReadOnlyList<(string Name, string Type)>> classes;

    private DeployableAssembly(string path, byte[] content, AssemblyName name)
    {
        SourcePath = path;
        Content = content;
        Name = name.Name!;
        FullName = name.FullName;
        Version = name.Version!;
        PublicKeyToken = Convert.ToHexStringLower(name.GetPublicKeyToken()!);
        classes = ClassesOf(content);
    }

    /// <summary>Where it was read from: a file, or its path in a solution zip.</summary>
    public string SourcePath { get; }

    /// <summary>The assembly's bytes, embedded unchanged.</summary>
    public IReadOnlyList<byte> Content { get; }

    /// <summary>Simple name, e.g. <c>CrmLeadSla.Plugins</c>.</summary>
    public string Name { get; }

    /// <summary>Display name with version, culture and public key token, as the solution names the assembly.</summary>
    public string FullName { get; }

    /// <summary>Assembly version.</summary>
    public Version Version { get; }

    /// <summary>Public key token in lower-case hex.</summary>
    public string PublicKeyToken { get; }

    /// <summary>The file name inside the solution, e.g. <c>CrmLeadSla.Plugins.dll</c>.</summary>
    public string FileName => Name + ".dll";

    /// <summary>The assembly-qualified name of one of its classes.</summary>
    public string QualifiedTypeName(string typeName) => string.Create(CultureInfo.InvariantCulture, $"{typeName}, {FullName}");

    /// <summary>True when the assembly defines the class (full name).</summary>
    public bool Defines(string className) => classes.ContainsKey(className);

    /// <summary>
    /// A workflow activity class of the assembly with the argument properties it declares (InArgument, OutArgument,
    /// InOutArgument), read from the metadata; null when the assembly lacks the class.
    /// </summary>
    public WorkflowActivityClass? ActivityClass(string className)
    {
        if (!classes.TryGetValue(className, out var properties))
        {
            return null;
        }

        var arguments = new List<WorkflowActivityArgument>();
        foreach (var (name, type) in properties)
        {
            var open = type.IndexOf('<', StringComparison.Ordinal);
            if (open > 0 && type.EndsWith('>') && ArgumentKinds.TryGetValue(type[..open], out var direction))
            {
                arguments.Add(new WorkflowActivityArgument(name, direction, type[(open + 1)..^1]));
            }
        }

        return new WorkflowActivityClass(className, FullName, arguments);
    }

    /// <summary>Reads an assembly file and refuses one the sandbox would refuse (not strong-name signed).</summary>
    /// <exception cref="PackagingException">The file is missing, not an assembly, or not signed.</exception>
    public static DeployableAssembly Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new PackagingException(
                $"the assembly '{path}' does not exist.",
                $"Build it for the sandbox first: dotnet build <project> -f net462 -c Release (or pass the folder that holds it).");
        }

        return Inspect(path, File.ReadAllBytes(path), (defect, problem) => new PackagingException(problem, defect == AssemblyDefect.NotAnAssembly
            ? "Point at the built .dll of the plug-in or workflow project."
            : "Build it with SignAssembly=true and the repository's key (Directory.Build.props does so)."));
    }

    /// <summary>
    /// Reads an assembly from its bytes (<paramref name="source"/> names where they came from) and refuses, through
    /// <paramref name="refuse"/>, one that is not a .NET assembly or not strong-name signed (the sandbox refuses those).
    /// </summary>
    internal static DeployableAssembly Inspect(string source, byte[] content, Func<AssemblyDefect, string, Exception> refuse)
    {
        AssemblyName name;
        try
        {
            using var stream = new MemoryStream(content);
            using var pe = new PEReader(stream);
            name = pe.GetMetadataReader().GetAssemblyDefinition().GetAssemblyName();
        }
        catch (Exception e) when (e is BadImageFormatException or InvalidOperationException)
        {
            throw refuse(AssemblyDefect.NotAnAssembly, $"'{source}' is not a .NET assembly ({e.Message}).");
        }

        if (!IsStrongNameSigned(content) || name.GetPublicKeyToken() is not { Length: > 0 })
        {
            throw refuse(AssemblyDefect.NotSigned, $"the assembly '{source}' is not strong-name signed; the Dataverse sandbox refuses it.");
        }

        return new DeployableAssembly(source, content, name);
    }

    private static Dictionary<string, IReadOnlyList<(string Name, string Type)>> ClassesOf(byte[] content)
    {
        using var stream = new MemoryStream(content);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return reader.TypeDefinitions
            .Select(reader.GetTypeDefinition)
            .Select(t => (
                Name: reader.GetString(t.Namespace) is { Length: > 0 } ns ? ns + "." + reader.GetString(t.Name) : reader.GetString(t.Name),
                Properties: (IReadOnlyList<(string, string)>)[.. t.GetProperties().Select(reader.GetPropertyDefinition)
                    .Select(p => (reader.GetString(p.Name), p.DecodeSignature(SignatureTypeNames.Instance, null).ReturnType))]))
            .GroupBy(t => t.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Properties, StringComparer.Ordinal);
    }

    /// <summary>True when the assembly carries a strong-name signature (the CLI header's StrongNameSigned flag).</summary>
    public static bool IsStrongNameSigned(IReadOnlyList<byte> assembly)
    {
        using var stream = new MemoryStream(assembly as byte[] ?? [.. assembly]);
        using var pe = new PEReader(stream);
        return pe.PEHeaders.CorHeader is { } header && header.Flags.HasFlag(CorFlags.StrongNameSigned);
    }
}

/// <summary>Why bytes are not a deployable assembly.</summary>
internal enum AssemblyDefect
{
    /// <summary>Not a .NET assembly at all.</summary>
    NotAnAssembly,

    /// <summary>A .NET assembly without a strong-name signature.</summary>
    NotSigned,
}
