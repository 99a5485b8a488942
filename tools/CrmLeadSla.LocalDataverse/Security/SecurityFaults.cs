using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Security;

/// <summary>The faults a failed privilege or access check throws, worded as Dataverse words them.</summary>
internal static class SecurityFaults
{
    private const int EnglishLanguageCode = 1033;

    /// <summary>The caller holds the privilege at no depth (the privilege check fails).</summary>
    public static FaultException<OrganizationServiceFault> PrivilegeDenied(
        Caller caller, string privilegeName, string? table, TableDefinition? definition, int objectTypeCode)
    {
        var user = caller.User;
        var roleCount = caller.Holdings.Select(h => h.Role.Definition.Id).Distinct().Count();
        var privilegeCount = caller.Holdings.SelectMany(h => h.Role.PrivilegeNames).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var displayName = definition?.DisplayName.In(EnglishLanguageCode);
        var localizedName = string.IsNullOrEmpty(displayName) ? string.Empty : $" (LocalizedName='{displayName}')";
        return Fault(
            SecurityErrorCodes.PrivilegeDenied,
            $"Principal user (Id={user.Id}, type=8, roleCount={roleCount}, privilegeCount={privilegeCount}, accessMode='0 Read-Write', "
            + $"businessUnitId={user.BusinessUnitId}), is missing {privilegeName} privilege (Id={PrivilegeNames.IdOf(privilegeName)})"
            + (table is null ? string.Empty : $" on OTC={objectTypeCode} for entity '{table}'{localizedName}") + $". context.Caller={user.Id}. "
            + "Consider adding missed privilege to one of the principal (user/team) roles.");
    }

    /// <summary>The caller holds the privilege, but no depth of it reaches the row (the access check fails).</summary>
    public static FaultException<OrganizationServiceFault> AccessDenied(Caller caller, AccessRight right, string table, Guid rowId) =>
        Fault(
            SecurityErrorCodes.AccessDenied,
            $"Principal with id {caller.User.Id} does not have {right}Access right(s) for record with id {rowId} of entity {table}.");

    /// <summary>A create sets a secured column the caller may not set (Microsoft's documented message).</summary>
    public static FaultException<OrganizationServiceFault> AttributeCreateMissing() =>
        Fault(SecurityErrorCodes.AttributeCreateMissing, "The user does not have create permissions to a secured field. The requested operation could not be completed.");

    /// <summary>An update changes a secured column the caller may not change (Microsoft's documented message).</summary>
    public static FaultException<OrganizationServiceFault> AttributeUpdateMissing() =>
        Fault(SecurityErrorCodes.AttributeUpdateMissing, "The user doesn't have AttributePrivilegeUpdate and not granted shared access for a secured attribute during update operation");

    /// <summary>The caller is a disabled user.</summary>
    public static FaultException<OrganizationServiceFault> UserNotEnabled(Guid userId) =>
        Fault(SecurityErrorCodes.UserNotEnabled, $"The specified user(Id = {userId}) is disabled. Consider enabling this user.");

    /// <summary>A call on behalf of the SYSTEM user (the local Dataverse's choice: SYSTEM is no user one can act for).</summary>
    public static FaultException<OrganizationServiceFault> SystemNotImpersonable() =>
        Fault(ErrorCodes.InvalidArgument, "The SYSTEM user cannot be impersonated: set CallerId (MSCRMCallerID) to the id of an enabled user.");

    /// <summary>The caller is no user of the organization.</summary>
    public static FaultException<OrganizationServiceFault> UnknownUser(Guid userId) =>
        Fault(SecurityErrorCodes.ObjectDoesNotExist, $"systemuser With Id = {userId} Does Not Exist");

    private static FaultException<OrganizationServiceFault> Fault(int errorCode, string message) =>
        new(new OrganizationServiceFault { ErrorCode = errorCode, Message = message }, new FaultReason(message));
}
