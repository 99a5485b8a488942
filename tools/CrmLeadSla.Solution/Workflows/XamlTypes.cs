namespace CrmLeadSla.Solution.Workflows;

/// <summary>
/// The value types a classic workflow binds, by their .NET full name: how its XAML names each (<c>x:Int32</c>,
/// <c>mxs:EntityReference</c>) and which <c>WorkflowPropertyType</c> the designer's <c>CreateCrmType</c> makes a
/// constant of it with.
/// </summary>
public static class XamlTypes
{
    /// <summary>The XAML language namespace (<c>x:</c>): its String, Int32, Boolean, Decimal, Double and Object are the .NET types.</summary>
    public const string XamlLanguage = "http://schemas.microsoft.com/winfx/2006/xaml";

    private static readonly Dictionary<string, (string Token, string PropertyType)> ByClrName = new(StringComparer.Ordinal)
    {
        ["System.String"] = ("x:String", "String"),
        ["System.Int32"] = ("x:Int32", "Integer"),
        ["System.Boolean"] = ("x:Boolean", "Boolean"),
        ["System.Decimal"] = ("x:Decimal", "Decimal"),
        ["System.Double"] = ("x:Double", "Float"),
        ["System.DateTime"] = ("s:DateTime", "DateTime"),
        ["Microsoft.Xrm.Sdk.EntityReference"] = ("mxs:EntityReference", "EntityReference"),
        ["Microsoft.Xrm.Sdk.Money"] = ("mxs:Money", "Money"),
        ["Microsoft.Xrm.Sdk.OptionSetValue"] = ("mxs:OptionSetValue", "OptionSetValue"),
    };

    /// <summary>True when a workflow can bind a value of the type.</summary>
    public static bool IsBindable(string clrName) => ByClrName.ContainsKey(clrName);

    /// <summary>The XAML name, e.g. <c>x:Int32</c> for <c>System.Int32</c>.</summary>
    public static string Token(string clrName) => ByClrName[clrName].Token;

    /// <summary>The <c>WorkflowPropertyType</c> member a constant of the type is made with, e.g. <c>Integer</c>.</summary>
    public static string PropertyType(string clrName) => ByClrName[clrName].PropertyType;

    /// <summary>
    /// The .NET full name a XAML type name stands for, its prefix resolved by <paramref name="namespaceOf"/>:
    /// <c>x:Int32</c> → <c>System.Int32</c>, <c>mxs:EntityReference</c> with mxs = <c>clr-namespace:Microsoft.Xrm.Sdk;…</c>
    /// → <c>Microsoft.Xrm.Sdk.EntityReference</c>; null when the prefix is unknown or not a CLR namespace.
    /// </summary>
    public static string? ClrName(string token, Func<string, string?> namespaceOf)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(namespaceOf);
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var name = token[(colon + 1)..];
        var uri = namespaceOf(token[..colon]);
        if (uri == XamlLanguage)
        {
            return "System." + name;
        }

        const string Clr = "clr-namespace:";
        if (uri is null || !uri.StartsWith(Clr, StringComparison.Ordinal))
        {
            return null;
        }

        var semicolon = uri.IndexOf(';', StringComparison.Ordinal);
        var ns = semicolon < 0 ? uri[Clr.Length..] : uri[Clr.Length..semicolon];
        return ns.Length == 0 ? name : ns + "." + name;
    }
}
