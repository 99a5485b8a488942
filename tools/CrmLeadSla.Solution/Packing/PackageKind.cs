namespace CrmLeadSla.Solution.Packing;

/// <summary>Whether the packed solution can be changed after import.</summary>
public enum PackageKind
{
    /// <summary>For development environments: components stay editable; removing the solution keeps them.</summary>
    Unmanaged,

    /// <summary>For test and production: components are locked; removing the solution removes them.</summary>
    Managed,
}
