using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Faults;

/// <summary>The faults the local Dataverse throws, shaped as Dataverse throws them over the SDK.</summary>
public static class Fault
{
    /// <summary>A fault with the given Dataverse error code and message.</summary>
    public static FaultException<OrganizationServiceFault> Of(int errorCode, string message) =>
        new(new OrganizationServiceFault { ErrorCode = errorCode, Message = message }, new FaultReason(message));

    /// <summary>The row does not exist.</summary>
    public static FaultException<OrganizationServiceFault> ObjectDoesNotExist(string table, Guid id) =>
        Of(ErrorCodes.ObjectDoesNotExist, $"{table} With Id = {id:D} Does Not Exist");

    /// <summary>The table has no such column.</summary>
    public static FaultException<OrganizationServiceFault> AttributeNotFound(string table, string column) =>
        Of(ErrorCodes.AttributeNotFound, $"'{table}' entity doesn't contain attribute with Name = '{column}' and NameMapping = 'Logical'.");

    /// <summary>The organization has no such table.</summary>
    public static FaultException<OrganizationServiceFault> EntityNotFound(string table) =>
        Of(ErrorCodes.EntityNotFound, $"The entity with a name = '{table}' with namemapping = 'Logical' was not found in the MetadataCache.");
}
