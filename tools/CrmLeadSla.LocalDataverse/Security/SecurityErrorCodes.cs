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
}
