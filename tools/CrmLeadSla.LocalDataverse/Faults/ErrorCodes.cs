namespace CrmLeadSla.LocalDataverse.Faults;

/// <summary>
/// Dataverse's error codes (OrganizationServiceFault.ErrorCode) the local Dataverse raises, in one place.
/// Codes marked "unverified" in docs/local-dataverse.md are the nearest known code, not checked against a live organization.
/// </summary>
public static class ErrorCodes
{
    /// <summary>0x80040217 ObjectDoesNotExist: "{table} With Id = {id} Does Not Exist".</summary>
    public const int ObjectDoesNotExist = -2147220969;

    /// <summary>0x80040237 DuplicateRecord: a create with an id already in use.</summary>
    public const int DuplicateRecord = -2147220937;

    /// <summary>0x80041103 QueryBuilderNoAttribute: a column the table does not have.</summary>
    public const int AttributeNotFound = -2147217149;

    /// <summary>0x80041102 QueryBuilderNoEntity: a table the organization does not have.</summary>
    public const int EntityNotFound = -2147217150;

    /// <summary>0x80040203 InvalidArgument: e.g. a value of the wrong type, a lookup to a table it cannot target.</summary>
    public const int InvalidArgument = -2147220989;

    /// <summary>0x80044331: a string longer than the column's maximum length (unverified).</summary>
    public const int StringLengthTooLong = -2147204303;

    /// <summary>0x8004431A: a number or option value outside the column's range (unverified).</summary>
    public const int ValueOutOfRange = -2147204326;

    /// <summary>0x80040278: a statuscode that does not belong to the statecode (unverified).</summary>
    public const int InvalidStateCodeStatusCode = -2147220872;

    /// <summary>0x8004F6A0: a delete refused by a Restrict relationship (unverified).</summary>
    public const int RestrictedDelete = -2147158368;

    /// <summary>0x80040265 IsvAborted: a plug-in threw InvalidPluginExecutionException.</summary>
    public const int PluginFault = -2147220891;

    /// <summary>0x80040224 IsvUnExpected: a plug-in threw any other exception (unverified).</summary>
    public const int PluginUnexpected = -2147220956;

    /// <summary>0x80045F02: depth limit reached, the call is aborted as an infinite loop (unverified).</summary>
    public const int InfiniteLoop = -2147197182;

    /// <summary>0x80040251: a call in a transaction an earlier failure already rolled back (unverified).</summary>
    public const int NoActiveTransaction = -2147220911;

    /// <summary>0x80044150 SqlError "Generic SQL error.": e.g. a deadlock victim (SQL number 1205).</summary>
    public const int GenericSqlError = -2147204784;

    /// <summary>A deadlock surfaces as the generic SQL error.</summary>
    public const int SqlDeadlock = GenericSqlError;

    /// <summary>0x80044151 SqlTimeoutError "SQL timeout expired.": e.g. a lock waited for too long.</summary>
    public const int SqlTimeout = -2147204783;

    /// <summary>0x80060882 ConcurrencyVersionMismatch: "The version of the existing record doesn't match the RowVersion property provided."</summary>
    public const int ConcurrencyVersionMismatch = -2147088254;

    /// <summary>0x80060883: IfRowVersionMatches without a RowVersion on the request's record (unverified).</summary>
    public const int ConcurrencyVersionNotProvided = -2147088253;

    /// <summary>0x80040216 UnExpected: e.g. a message the organization has no handler for.</summary>
    public const int Unexpected = -2147220970;
}
