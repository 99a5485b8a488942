using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>The faults a query can raise, with Dataverse's error codes and messages.</summary>
internal static class QueryFaults
{
    /// <summary>InvalidXml: FetchXML that is not well formed or breaks the fetch schema.</summary>
    public const int InvalidXml = -2147220991;

    /// <summary>InvalidArgument: a value of the wrong type or count, a bad paging setting.</summary>
    public const int InvalidArgument = -2147220989;

    /// <summary>NotSupported: a query feature the local Dataverse does not implement.</summary>
    public const int NotSupported = -2147220715;

    /// <summary>QueryBuilderNoEntity: an unknown table.</summary>
    public const int NoEntity = -2147217150;

    /// <summary>QueryBuilderNoAttribute: an unknown column.</summary>
    public const int NoAttribute = -2147217149;

    /// <summary>QueryBuilderAttribute_With_Aggregate: a plain column in an aggregate query.</summary>
    public const int AttributeWithAggregate = -2147217145;

    /// <summary>QueryBuilderAlias_Does_Not_Exist: a condition or order names an unknown link alias.</summary>
    public const int AliasDoesNotExist = -2147217142;

    /// <summary>QueryBuilderNoAlias: an aggregate column without an alias.</summary>
    public const int NoAlias = -2147217141;

    /// <summary>QueryBuilderByAttributeMismatch: QueryByAttribute with unequal attribute and value counts.</summary>
    public const int ByAttributeMismatch = -2147217137;

    /// <summary>QueryBuilderByAttributeNonEmpty: QueryByAttribute without attributes.</summary>
    public const int ByAttributeNonEmpty = -2147217136;

    /// <summary>QueryBuilderInvalidConditionOperator: an operator unknown, unsupported, or wrong for the column.</summary>
    public const int InvalidConditionOperator = -2147217120;

    /// <summary>QueryBuilderInvalidJoinOperator: a link type unknown or unsupported.</summary>
    public const int InvalidJoinOperator = -2147217119;

    /// <summary>More than 15 link-entities in one query.</summary>
    public const int TooManyLinks = -2147204339;

    /// <summary>AggregateQueryRecordLimit: an aggregate over more than 50,000 rows.</summary>
    public const int AggregateQueryRecordLimit = -2147164125;

    /// <summary>A fault as the organization service throws it.</summary>
    public static FaultException<OrganizationServiceFault> Fault(int errorCode, string message) =>
        new(new OrganizationServiceFault { ErrorCode = errorCode, Message = message }, new FaultReason(message));

    /// <summary>The table is not in the metadata.</summary>
    public static FaultException<OrganizationServiceFault> UnknownTable(string table) =>
        Fault(NoEntity, $"The entity with a name = '{table}' with namemapping = 'Logical' was not found in the MetadataCache.");

    /// <summary>The column is not in the table's metadata.</summary>
    public static FaultException<OrganizationServiceFault> UnknownColumn(string table, string column) =>
        Fault(NoAttribute, $"'{table}' entity doesn't contain attribute with Name = '{column}' and NameMapping = 'Logical'.");

    /// <summary>A feature the local Dataverse knowingly does not implement.</summary>
    public static FaultException<OrganizationServiceFault> Unsupported(string what) =>
        Fault(NotSupported, $"{what} is not supported by the local Dataverse.");
}
