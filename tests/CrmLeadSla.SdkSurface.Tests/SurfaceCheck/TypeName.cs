using System.Reflection;

namespace CrmLeadSla.SdkSurface.Tests.SurfaceCheck;

/// <summary>
/// A type reference written as C# would, with namespaces and without assembly names, so that the
/// same type compares equal across .NET Framework and current .NET (mscorlib vs System.Runtime).
/// </summary>
internal static class TypeName
{
    public static string Of(Type type)
    {
        if (type.IsByRef)
        {
            return Of(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            var rank = type.GetArrayRank();
            return Of(type.GetElementType()!) + "[" + new string(',', rank - 1) + "]";
        }

        if (type.IsPointer)
        {
            return Of(type.GetElementType()!) + "*";
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            var arguments = string.Join(", ", type.GetGenericArguments().Select(Of));
            return Bare(type.GetGenericTypeDefinition()) + "<" + arguments + ">";
        }

        if (type.IsGenericTypeDefinition)
        {
            var parameters = string.Join(", ", type.GetGenericArguments().Select(p => Variance(p) + p.Name));
            return Bare(type) + "<" + parameters + ">";
        }

        return Bare(type);
    }

    /// <summary>The full name without generic arity, nested types joined with a dot.</summary>
    private static string Bare(Type type)
    {
        var name = StripArity(type.Name);
        if (type.IsNested)
        {
            return Bare(type.DeclaringType!) + "." + name;
        }

        return string.IsNullOrEmpty(type.Namespace) ? name : type.Namespace + "." + name;
    }

    private static string StripArity(string name)
    {
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    private static string Variance(Type parameter)
    {
        var variance = parameter.GenericParameterAttributes & GenericParameterAttributes.VarianceMask;
        return variance switch
        {
            GenericParameterAttributes.Covariant => "out ",
            GenericParameterAttributes.Contravariant => "in ",
            _ => string.Empty,
        };
    }
}
