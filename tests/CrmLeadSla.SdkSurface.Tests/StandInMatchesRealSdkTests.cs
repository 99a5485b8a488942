using CrmLeadSla.SdkSurface.Tests.SurfaceCheck;
using Xunit.Abstractions;

namespace CrmLeadSla.SdkSurface.Tests;

/// <summary>
/// The stand-in under tools/XrmSdk may declare only what Microsoft's assemblies declare, exactly as
/// they declare it: code that compiles against the stand-in then compiles against the real SDK.
/// </summary>
public sealed class StandInMatchesRealSdkTests(ITestOutputHelper output)
{
    private const string HowToRun =
        "Microsoft's SDK binaries were not given: run `dotnet test tests/CrmLeadSla.SdkSurface.Tests -p:XrmSdkPath=DIR` "
        + "with DIR holding Microsoft.Xrm.Sdk.dll, Microsoft.Crm.Sdk.Proxy.dll and Microsoft.Xrm.Sdk.Workflow.dll 9.0.2.x.";

    [SkippableTheory]
    [InlineData("Microsoft.Xrm.Sdk", "net462")]
    [InlineData("Microsoft.Xrm.Sdk", "net10.0")]
    [InlineData("Microsoft.Crm.Sdk.Proxy", "net462")]
    [InlineData("Microsoft.Crm.Sdk.Proxy", "net10.0")]
    [InlineData("Microsoft.Xrm.Sdk.Workflow", "net462")]
    [InlineData("Microsoft.Xrm.Sdk.Workflow", "net10.0")]
    public void Stand_in_declares_nothing_the_real_sdk_assembly_lacks(string assemblyName, string framework)
    {
        var sdkFolder = SurfaceCheckLocations.XrmSdkPath;
        Skip.If(sdkFolder is null, HowToRun);

        var real = Directory.GetFiles(sdkFolder, "*.dll");
        var report = Check(assemblyName, framework, real);

        output.WriteLine(report.Describe());
        Assert.True(report.Offences.Count == 0, report.Describe());
    }

    [Fact]
    public void Stand_in_System_Activities_declares_nothing_the_net_framework_one_lacks()
    {
        var report = Check("System.Activities", "net10.0", realAssemblies: []);

        output.WriteLine(report.Describe());
        Assert.True(report.Offences.Count == 0, report.Describe());
    }

    /// <summary>Both SDKs are .NET Framework 4.6.2 assemblies; the stand-in is checked per target framework.</summary>
    private static SurfaceReport Check(string assemblyName, string framework, string[] realAssemblies)
    {
        var standIns = SurfaceCheckLocations.StandIns(framework);
        using var standInContext = framework == "net462"
            ? MetadataContexts.NetFramework462(standIns)
            : MetadataContexts.CurrentDotNet(standIns);
        using var realContext = MetadataContexts.NetFramework462(realAssemblies);

        var standIn = standInContext.LoadFromAssemblyPath(SurfaceCheckLocations.StandIn(assemblyName, framework));
        var real = realContext.LoadFromAssemblyName(assemblyName);
        var report = SurfaceComparison.Compare(standIn, real, $"{assemblyName} ({framework})");

        // An empty comparison would pass whatever the stand-in declared; every stand-in has types.
        Assert.True(report.TypesChecked > 0, $"{report.Label}: no public type found in {standIn.Location}.");
        return report;
    }
}
