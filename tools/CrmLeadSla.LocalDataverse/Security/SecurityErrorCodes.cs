namespace CrmLeadSla.LocalDataverse.Security;

/// <summary>The Dataverse error codes the privilege checks fail with (OrganizationServiceFault.ErrorCode).</summary>
public static class SecurityErrorCodes
{
    /// <summary>0x80040220 PrivilegeDenied: the caller holds the privilege at no depth at all.</summary>
    public const int PrivilegeDenied = -2147220960;

    /// <summary>0x80048306: the caller holds the privilege, but at a depth that does not reach the row.</summary>
    public const int AccessDenied = -2147187962;

    /// <summary>0x80040225 UserNotEnabled: the caller is a disabled user.</summary>
    public const int UserNotEnabled = -2147220955;

    /// <summary>0x80040217 ObjectDoesNotExist: the caller is no user the organization knows.</summary>
    public const int ObjectDoesNotExist = -2147220969;

    /// <summary>0x8004F502 AttributePrivilegeCreateIsMissing: a create sets a secured column no profile of the caller lets it set.</summary>
    public const int AttributeCreateMissing = -2147158782;

    /// <summary>0x8004F507 AttributePermissionUpdateIsMissingDuringUpdate: an update changes a secured column no profile of the caller lets it change.</summary>
    public const int AttributeUpdateMissing = -2147158777;
}
