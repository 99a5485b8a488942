using System.Reflection;

namespace CrmLeadSla.SdkSurface.Tests.SurfaceCheck;

/// <summary>
/// Compares the public surface of a stand-in assembly with the real one: every type and member the
/// stand-in shows to callers must exist in the real assembly with the same declaration. The real
/// assembly may have more; the stand-in is a subset.
/// </summary>
internal static class SurfaceComparison
{
    private const BindingFlags DeclaredMembers =
        BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    public static SurfaceReport Compare(Assembly standIn, Assembly real, string label)
    {
        var offences = new List<string>();
        var standInName = standIn.GetName();
        var realName = real.GetName();
        if (standInName.Name != realName.Name || standInName.Version != realName.Version)
        {
            offences.Add($"assembly {standInName.Name} {standInName.Version} is not the real {realName.Name} {realName.Version}");
        }

        var realTypes = real.GetTypes().Where(IsVisible).ToDictionary(t => t.FullName!, StringComparer.Ordinal);
        var types = 0;
        var members = 0;
        foreach (var type in standIn.GetTypes().Where(IsVisible).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            types++;
            var name = TypeName.Of(type);
            if (!realTypes.TryGetValue(type.FullName!, out var realType))
            {
                offences.Add($"{name}: the real assembly has no such public type");
                continue;
            }

            CompareDeclarations(Declaration.OfType(type), Declaration.OfType(realType), name, "declared", offences);
            CompareDeclarations(Declaration.AttributeUsageOf(type), Declaration.AttributeUsageOf(realType), name, "attribute usage", offences);

            var realMembers = VisibleMembers(realType).ToLookup(m => m.Name, m => Declaration.OfMember(m), StringComparer.Ordinal);
            foreach (var member in VisibleMembers(type))
            {
                members++;
                var declaration = Declaration.OfMember(member);
                var sameName = realMembers[member.Name].ToList();
                if (sameName.Contains(declaration, StringComparer.Ordinal))
                {
                    continue;
                }

                offences.Add(sameName.Count == 0
                    ? $"{name}: '{declaration}' is not in the real type"
                    : $"{name}: '{declaration}' differs from the real {string.Join(" | ", sameName.Select(d => $"'{d}'"))}");
            }
        }

        return new SurfaceReport(label, types, members, offences);
    }

    private static void CompareDeclarations(string? standIn, string? real, string name, string aspect, List<string> offences)
    {
        if (!string.Equals(standIn, real, StringComparison.Ordinal))
        {
            offences.Add($"{name}: {aspect} '{standIn ?? "(none)"}' but the real is '{real ?? "(none)"}'");
        }
    }

    /// <summary>Members a caller can see: public and protected, accessors only through their property or event.</summary>
    private static IEnumerable<MemberInfo> VisibleMembers(Type type)
    {
        var all = type.GetMembers(DeclaredMembers);
        var accessors = all.OfType<PropertyInfo>().SelectMany(p => p.GetAccessors(nonPublic: true))
            .Concat(all.OfType<EventInfo>().SelectMany(e => new[] { e.AddMethod, e.RemoveMethod, e.RaiseMethod }).OfType<MethodInfo>())
            .Select(m => m.MetadataToken)
            .ToHashSet();
        return all.Where(member => member switch
        {
            MethodBase method => Declaration.IsVisible(method) && !accessors.Contains(method.MetadataToken),
            PropertyInfo property => property.GetAccessors(nonPublic: true).Any(Declaration.IsVisible),
            EventInfo @event => @event.AddMethod is { } adder && Declaration.IsVisible(adder),
            FieldInfo field => Declaration.IsVisible(field) && !field.IsSpecialName,
            _ => false,
        });
    }

    private static bool IsVisible(Type type) =>
        type.IsPublic || ((type.IsNestedPublic || type.IsNestedFamily || type.IsNestedFamORAssem) && IsVisible(type.DeclaringType!));
}
