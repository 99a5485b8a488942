using CrmLeadSla.SdkSurface.Tests.SurfaceCheck;

namespace CrmLeadSla.SdkSurface.Tests;

/// <summary>
/// The comparison itself, on small surfaces compiled here: it must report every way a stand-in can
/// stray from the real assembly, or the surface check could pass without checking anything.
/// </summary>
public sealed class SurfaceComparisonTests
{
    [Fact]
    public void A_stand_in_declaring_a_subset_of_the_real_surface_passes()
    {
        var offences = Offences(
            real: "namespace Sdk { public sealed class Entity { public Entity(string logicalName) { } public string LogicalName { get; set; } public void Clear() { } } public interface IUnused { } }",
            standIn: "namespace Sdk { public sealed class Entity { public Entity(string logicalName) { } public string LogicalName { get; set; } } }");

        Assert.Empty(offences);
    }

    [Fact]
    public void A_type_the_real_assembly_lacks_is_reported()
    {
        var offences = Offences(
            real: "namespace Sdk { public sealed class Entity { } }",
            standIn: "namespace Sdk { public sealed class Entity { } public static class EntityExtensions { } }");

        Assert.Contains(offences, o => o.StartsWith("Sdk.EntityExtensions: the real assembly has no such public type", StringComparison.Ordinal));
    }

    [Fact]
    public void A_type_the_real_assembly_keeps_internal_is_reported()
    {
        var offences = Offences(
            real: "namespace Sdk { internal sealed class Cache { } }",
            standIn: "namespace Sdk { public sealed class Cache { } }");

        Assert.Contains(offences, o => o.StartsWith("Sdk.Cache: the real assembly has no such public type", StringComparison.Ordinal));
    }

    [Fact]
    public void A_member_the_real_type_lacks_is_reported()
    {
        var offences = Offences(
            real: "namespace Sdk { public sealed class Entity { public string LogicalName { get; set; } } }",
            standIn: "namespace Sdk { public sealed class Entity { public string LogicalName { get; set; } public bool IsNew() => true; } }");

        Assert.Equal(["Sdk.Entity: 'public System.Boolean IsNew()' is not in the real type"], offences);
    }

    [Fact]
    public void The_public_constructor_the_compiler_adds_is_reported_when_the_real_type_has_none()
    {
        var offences = Offences(
            real: "namespace Sdk { public class Context { internal Context() { } } }",
            standIn: "namespace Sdk { public class Context { } }");

        Assert.Equal(["Sdk.Context: 'public .ctor()' is not in the real type"], offences);
    }

    [Fact]
    public void A_parameter_named_differently_is_reported()
    {
        var offences = Offences(
            real: "namespace Sdk { public sealed class Entity { public Entity(string entityName) { } } }",
            standIn: "namespace Sdk { public sealed class Entity { public Entity(string logicalName) { } } }");

        Assert.Equal(["Sdk.Entity: 'public .ctor(System.String logicalName)' differs from the real 'public .ctor(System.String entityName)'"], offences);
    }

    [Theory]
    [InlineData("public int Count(string name) => 0;", "public long Count(string name) => 0;")]
    [InlineData("public void Add(string name) { }", "public void Add(object name) { }")]
    [InlineData("public void Add(params string[] names) { }", "public void Add(string[] names) { }")]
    [InlineData("public void Add(string name = null) { }", "public void Add(string name) { }")]
    [InlineData("public bool TryGet(string key, out int value) { value = 0; return true; }", "public bool TryGet(string key, ref int value) => true;")]
    [InlineData("public virtual void Run() { }", "public void Run() { }")]
    [InlineData("public static void Run() { }", "public void Run() { }")]
    [InlineData("public T Get<T>() where T : class => null;", "public T Get<T>() => default;")]
    [InlineData("public string Name { get; set; }", "public string Name { get; }")]
    [InlineData("public string Name { get; protected set; }", "public string Name { get; set; }")]
    [InlineData("public string Name { get; init; }", "public string Name { get; set; }")]
    [InlineData("public object this[string key] { get => null; set { } }", "public object this[string name] { get => null; set { } }")]
    [InlineData("public const int Limit = 1000;", "public const int Limit = 100;")]
    [InlineData("public static readonly int Limit = 1000;", "public static int Limit = 1000;")]
    [InlineData("public event System.EventHandler Changed;", "public event System.EventHandler<System.EventArgs> Changed;")]
    [InlineData("public static implicit operator Entity(string name) => null;", "public static explicit operator Entity(string name) => null;")]
    public void A_member_declared_differently_is_reported(string standInMember, string realMember)
    {
        var offences = Offences(
            real: "namespace Sdk { public class Entity { " + realMember + " } }",
            standIn: "namespace Sdk { public class Entity { " + standInMember + " } }");

        Assert.Single(offences);
    }

    [Theory]
    [InlineData("public sealed class Entity { }", "public class Entity { }")]
    [InlineData("public abstract class Entity { }", "public class Entity { }")]
    [InlineData("public static class Entity { }", "public abstract class Entity { }")]
    [InlineData("public struct Entity { }", "public sealed class Entity { }")]
    [InlineData("public interface Entity { }", "public abstract class Entity { }")]
    [InlineData("public class Entity : System.Exception { }", "public class Entity : System.ApplicationException { }")]
    [InlineData("public class Entity : System.IDisposable { public void Dispose() { } }", "public class Entity { public void Dispose() { } }")]
    [InlineData("public class Entity<T> where T : class { }", "public class Entity<T> { }")]
    [InlineData("public interface Entity<out T> { }", "public interface Entity<T> { }")]
    [InlineData("public enum Entity : long { A }", "public enum Entity { A }")]
    [InlineData("[System.Flags] public enum Entity { A }", "public enum Entity { A }")]
    public void A_type_declared_differently_is_reported(string standInType, string realType)
    {
        var offences = Offences(real: "namespace Sdk { " + realType + " }", standIn: "namespace Sdk { " + standInType + " }");

        Assert.Contains(offences, o => o.Contains("declared", StringComparison.Ordinal));
    }

    [Fact]
    public void An_enum_value_that_differs_is_reported()
    {
        var offences = Offences(
            real: "namespace Sdk { public enum OperationStatus { Failed = 0, Canceled = 1, Retry = 2 } }",
            standIn: "namespace Sdk { public enum OperationStatus { Failed = 0, Retry = 1 } }");

        Assert.Equal(["Sdk.OperationStatus: 'Retry = 1' differs from the real 'Retry = 2'"], offences);
    }

    [Fact]
    public void Attribute_usage_that_differs_is_reported()
    {
        var offences = Offences(
            real: "namespace Sdk { [System.AttributeUsage(System.AttributeTargets.Property)] public sealed class InputAttribute : System.Attribute { } }",
            standIn: "namespace Sdk { [System.AttributeUsage(System.AttributeTargets.Property, AllowMultiple = true)] public sealed class InputAttribute : System.Attribute { } }");

        Assert.Contains(offences, o => o.StartsWith("Sdk.InputAttribute: attribute usage", StringComparison.Ordinal));
    }

    [Fact]
    public void A_protected_member_is_compared_like_a_public_one()
    {
        var offences = Offences(
            real: "namespace Sdk { public abstract class Activity { protected abstract void Execute(object context); } }",
            standIn: "namespace Sdk { public abstract class Activity { protected abstract void Execute(string context); } }");

        Assert.Single(offences);
    }

    [Fact]
    public void Internal_members_of_the_stand_in_are_its_own_business()
    {
        var offences = Offences(
            real: "namespace Sdk { public sealed class Entity { } }",
            standIn: "namespace Sdk { public sealed class Entity { internal int version; internal void Touch() { } private protected void Reset() { } } internal sealed class Store { } }");

        Assert.Empty(offences);
    }

    [Fact]
    public void The_report_counts_the_types_and_members_it_checked()
    {
        using var real = new CompiledSurface("namespace Sdk { public sealed class Entity { public Entity() { } public string Name { get; set; } } public enum Mode { Sync, Async } }");
        using var standIn = new CompiledSurface("namespace Sdk { public sealed class Entity { public Entity() { } public string Name { get; set; } } public enum Mode { Sync, Async } }");

        var report = SurfaceComparison.Compare(standIn.Assembly, real.Assembly, "fixture");

        Assert.Equal((2, 4), (report.TypesChecked, report.MembersChecked));
    }

    private static IReadOnlyList<string> Offences(string real, string standIn)
    {
        using var realSurface = new CompiledSurface(real);
        using var standInSurface = new CompiledSurface(standIn);
        return SurfaceComparison.Compare(standInSurface.Assembly, realSurface.Assembly, "fixture").Offences;
    }
}
