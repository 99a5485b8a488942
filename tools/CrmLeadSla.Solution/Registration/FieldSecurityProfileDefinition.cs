namespace CrmLeadSla.Solution.Registration;

/// <summary>What a field security profile allows on one secured column (fieldpermission).</summary>
/// <param name="Table">The column's table.</param>
/// <param name="Column">The secured column.</param>
/// <param name="CanRead">Members may read the column.</param>
/// <param name="CanUpdate">Members may change it.</param>
/// <param name="CanCreate">Members may set it on create.</param>
public sealed record FieldPermission(string Table, string Column, bool CanRead, bool CanUpdate, bool CanCreate);

/// <summary>A field security profile (fieldsecurityprofile): the secured columns its members may read, change or set.</summary>
/// <param name="Id">Profile id.</param>
/// <param name="Name">Profile name.</param>
/// <param name="Permissions">One entry per secured column.</param>
public sealed record FieldSecurityProfileDefinition(Guid Id, string Name, IReadOnlyList<FieldPermission> Permissions)
{
    /// <summary>What the profile is for.</summary>
    public string? Description { get; init; }
}
