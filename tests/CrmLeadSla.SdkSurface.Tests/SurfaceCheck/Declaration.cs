using System.Globalization;
using System.Reflection;

namespace CrmLeadSla.SdkSurface.Tests.SurfaceCheck;

/// <summary>
/// The declaration of a type or member as one line of C#-like text holding everything a caller's
/// source depends on: kind, modifiers, base type, interfaces, generic constraints, parameter types
/// and names, return type, accessors, constant values. Two declarations are the same iff their
/// texts are equal.
/// </summary>
internal static class Declaration
{
    public static string OfType(Type type)
    {
        var text = Visibility(type) + " " + Kind(type) + " " + TypeName.Of(type);
        if (type.IsEnum)
        {
            text += " : " + TypeName.Of(type.GetEnumUnderlyingType());
            if (HasAttribute(type, "System.FlagsAttribute"))
            {
                text = "[Flags] " + text;
            }

            return text;
        }

        var bases = new List<string>();
        if (type.BaseType is { } baseType && !type.IsValueType && !IsDelegate(type))
        {
            bases.Add(TypeName.Of(baseType));
        }

        // Interfaces that come with the base type are the base type's (and differ by platform:
        // System.Attribute adds _Attribute on .NET Framework only); the base type is compared by name.
        var inherited = type.BaseType?.GetInterfaces().Select(TypeName.Of).ToHashSet(StringComparer.Ordinal) ?? [];
        bases.AddRange(type.GetInterfaces().Select(TypeName.Of).Where(i => !inherited.Contains(i)).Order(StringComparer.Ordinal));
        if (bases.Count > 0)
        {
            text += " : " + string.Join(", ", bases);
        }

        return text + Constraints(type.IsGenericTypeDefinition ? type.GetGenericArguments() : []);
    }

    /// <summary>Who may apply an attribute class, and how: part of its contract.</summary>
    public static string? AttributeUsageOf(Type type)
    {
        if (!IsAttributeClass(type))
        {
            return null;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            var usage = current.GetCustomAttributesData()
                .FirstOrDefault(a => a.AttributeType.FullName == "System.AttributeUsageAttribute");
            if (usage is not null)
            {
                var targets = (AttributeTargets)(int)usage.ConstructorArguments[0].Value!;
                var named = usage.NamedArguments.ToDictionary(a => a.MemberName, a => a.TypedValue.Value);
                var allowMultiple = named.TryGetValue("AllowMultiple", out var multiple) && (bool)multiple!;
                var inherited = !named.TryGetValue("Inherited", out var inherits) || (bool)inherits!;
                return string.Create(CultureInfo.InvariantCulture, $"[AttributeUsage({targets}, AllowMultiple = {allowMultiple}, Inherited = {inherited})]");
            }
        }

        return null;
    }

    public static string OfMember(MemberInfo member) => member switch
    {
        ConstructorInfo constructor => Visibility(constructor) + StaticModifier(constructor) + " .ctor" + Parameters(constructor.GetParameters()),
        MethodInfo method => OfMethod(method),
        PropertyInfo property => OfProperty(property),
        FieldInfo field => OfField(field),
        EventInfo @event => OfEvent(@event),
        _ => throw new ArgumentException($"Unexpected member kind {member.MemberType}.", nameof(member)),
    };

    private static string OfMethod(MethodInfo method)
    {
        var generic = method.IsGenericMethodDefinition
            ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">"
            : string.Empty;
        return Visibility(method) + Modifiers(method) + " " + Returned(method.ReturnParameter) + " " + method.Name + generic
            + Parameters(method.GetParameters()) + Constraints(method.IsGenericMethodDefinition ? method.GetGenericArguments() : []);
    }

    private static string OfProperty(PropertyInfo property)
    {
        var accessors = new List<MethodInfo>();
        var text = new List<string>();
        if (property.GetMethod is { } getter && IsVisible(getter))
        {
            accessors.Add(getter);
            text.Add(Visibility(getter) + " get;");
        }

        if (property.SetMethod is { } setter && IsVisible(setter))
        {
            accessors.Add(setter);
            var init = setter.ReturnParameter.GetRequiredCustomModifiers()
                .Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
            text.Add(Visibility(setter) + (init ? " init;" : " set;"));
        }

        // The property is as visible as its most visible accessor; each accessor states its own.
        var widest = accessors.OrderBy(a => a.IsPublic ? 0 : 1).First();
        var indexParameters = property.GetIndexParameters();
        var name = indexParameters.Length > 0 ? "this" + Parameters(indexParameters, "[", "]") : property.Name;
        return (Modifiers(widest) + " " + TypeName.Of(property.PropertyType) + " " + name).TrimStart() + " { " + string.Join(" ", text) + " }";
    }

    private static string OfField(FieldInfo field)
    {
        if (field.DeclaringType!.IsEnum)
        {
            return field.Name + " = " + Convert.ToString(field.GetRawConstantValue(), CultureInfo.InvariantCulture);
        }

        var modifiers = field.IsLiteral ? " const" : (field.IsStatic ? " static" : string.Empty) + (field.IsInitOnly ? " readonly" : string.Empty);
        var value = field.IsLiteral ? " = " + Literal(field.GetRawConstantValue()) : string.Empty;
        return Visibility(field) + modifiers + " " + TypeName.Of(field.FieldType) + " " + field.Name + value;
    }

    private static string OfEvent(EventInfo @event)
    {
        var adder = @event.AddMethod!;
        return Visibility(adder) + Modifiers(adder) + " event " + TypeName.Of(@event.EventHandlerType!) + " " + @event.Name;
    }

    private static string Parameters(ParameterInfo[] parameters, string open = "(", string close = ")") =>
        open + string.Join(", ", parameters.Select(Parameter)) + close;

    private static string Parameter(ParameterInfo parameter)
    {
        var text = TypeName.Of(parameter.ParameterType) + " " + parameter.Name;
        if (parameter.ParameterType.IsByRef)
        {
            text = (parameter.IsOut ? "out " : parameter.IsIn ? "in " : "ref ") + text;
        }

        if (parameter.GetCustomAttributesData().Any(a => a.AttributeType.FullName == "System.ParamArrayAttribute"))
        {
            text = "params " + text;
        }

        if (parameter.IsOptional)
        {
            text += " = " + (parameter.HasDefaultValue ? Literal(parameter.RawDefaultValue) : "?");
        }

        return text;
    }

    private static string Returned(ParameterInfo returned)
    {
        var type = returned.ParameterType;
        return type.IsByRef ? "ref " + TypeName.Of(type) : TypeName.Of(type);
    }

    private static string Constraints(Type[] genericParameters)
    {
        var clauses = new List<string>();
        foreach (var parameter in genericParameters)
        {
            var constraints = new List<string>();
            var special = parameter.GenericParameterAttributes & GenericParameterAttributes.SpecialConstraintMask;
            if (special.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
            {
                constraints.Add("struct");
            }
            else if (special.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
            {
                constraints.Add("class");
            }

            constraints.AddRange(parameter.GetGenericParameterConstraints()
                .Where(c => c.FullName != "System.ValueType")
                .Select(TypeName.Of)
                .Order(StringComparer.Ordinal));
            if (special.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint)
                && !special.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
            {
                constraints.Add("new()");
            }

            if (constraints.Count > 0)
            {
                clauses.Add(" where " + parameter.Name + " : " + string.Join(", ", constraints));
            }
        }

        return string.Concat(clauses);
    }

    private static string Modifiers(MethodBase method)
    {
        if (method.IsStatic)
        {
            return " static";
        }

        if (method.IsAbstract)
        {
            return " abstract";
        }

        if (!method.IsVirtual)
        {
            return string.Empty;
        }

        var newSlot = (method.Attributes & MethodAttributes.NewSlot) != 0;
        if (newSlot)
        {
            // virtual + final + newslot is how a plain method implementing an interface is emitted.
            return method.IsFinal ? string.Empty : " virtual";
        }

        return method.IsFinal ? " sealed override" : " override";
    }

    private static string StaticModifier(MethodBase method) => method.IsStatic ? " static" : string.Empty;

    private static string Visibility(MethodBase method) => method.IsPublic ? "public" : "protected";

    private static string Visibility(FieldInfo field) => field.IsPublic ? "public" : "protected";

    private static string Visibility(Type type) => type.IsPublic || type.IsNestedPublic ? "public" : "protected";

    public static bool IsVisible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    public static bool IsVisible(FieldInfo field) => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly;

    private static string Kind(Type type)
    {
        if (type.IsInterface)
        {
            return "interface";
        }

        if (type.IsEnum)
        {
            return "enum";
        }

        if (type.IsValueType)
        {
            return "struct";
        }

        if (IsDelegate(type))
        {
            return "delegate";
        }

        return (type.IsAbstract, type.IsSealed) switch
        {
            (true, true) => "static class",
            (true, false) => "abstract class",
            (false, true) => "sealed class",
            _ => "class",
        };
    }

    private static bool IsDelegate(Type type) => type.BaseType?.FullName == "System.MulticastDelegate";

    private static bool IsAttributeClass(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.FullName == "System.Attribute")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAttribute(Type type, string fullName) =>
        type.GetCustomAttributesData().Any(a => a.AttributeType.FullName == fullName);

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string text => "\"" + text + "\"",
        bool flag => flag ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };
}
