using System.Globalization;
using System.Reflection;
using Xunit.Sdk;

namespace CrmLeadSla.Cli.Tests;

/// <summary>Runs a test in one culture (texts and numbers), whatever the machine's is, and restores it afterwards.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
internal sealed class UseCultureAttribute(string name) : BeforeAfterTestAttribute
{
    private CultureInfo? culture;
    private CultureInfo? userInterface;

    public override void Before(MethodInfo methodUnderTest)
    {
        culture = CultureInfo.CurrentCulture;
        userInterface = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    public override void After(MethodInfo methodUnderTest)
    {
        CultureInfo.CurrentCulture = culture!;
        CultureInfo.CurrentUICulture = userInterface!;
    }
}
