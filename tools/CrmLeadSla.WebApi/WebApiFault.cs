using System.Globalization;
using System.Net;
using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Faults;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.WebApi;

/// <summary>
/// An error answered in Dataverse's shape: an HTTP status and <c>{"error":{"code":"0x80040217","message":"…"}}</c>,
/// the code being the OrganizationServiceFault's ErrorCode in hexadecimal.
/// </summary>
public sealed class WebApiFault : Exception
{
    /// <summary>0x8006088a: the URL names a resource the service does not have.</summary>
    public const int ResourceNotFound = unchecked((int)0x8006088a);

    /// <summary>0x80060888: a query option the service cannot parse or does not support (unverified beyond the URI parser's messages).</summary>
    public const int QueryNotValid = unchecked((int)0x80060888);

    /// <summary>0x80048d19: the request itself is refused (its content type, its size); the code is unverified.</summary>
    public const int RequestRefused = unchecked((int)0x80048d19);

    /// <summary>0x80072322: the number of requests exceeded the service-protection limit.</summary>
    public const int TooManyRequests = unchecked((int)0x80072322);

    private const int PrivilegeDenied = -2147220960;
    private const int AccessDenied = -2147187962;
    private const int SecuredColumnCreate = -2147158782;
    private const int SecuredColumnUpdate = -2147158777;

    /// <summary>An error with status, Dataverse error code and message.</summary>
    public WebApiFault(HttpStatusCode status, int errorCode, string message)
        : base(message)
    {
        Status = status;
        ErrorCode = errorCode;
    }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode Status { get; }

    /// <summary>The Dataverse error code.</summary>
    public int ErrorCode { get; }

    /// <summary>The code as the body writes it, e.g. <c>0x80040217</c>.</summary>
    public string Code => "0x" + ErrorCode.ToString("x8", CultureInfo.InvariantCulture);

    /// <summary>A bad request (400) with InvalidArgument.</summary>
    public static WebApiFault BadRequest(string message) => new(HttpStatusCode.BadRequest, ErrorCodes.InvalidArgument, message);

    /// <summary>A query option refused (400), with the URI parser's message or the reason it is not supported.</summary>
    public static WebApiFault QueryRefused(string message) => new(HttpStatusCode.BadRequest, QueryNotValid, message);

    /// <summary>A URL the service does not know (404).</summary>
    public static WebApiFault NotFound(string message) => new(HttpStatusCode.NotFound, ResourceNotFound, message);

    /// <summary>The fault of the organization service, with the status Dataverse answers it with.</summary>
    public static WebApiFault From(FaultException<OrganizationServiceFault> fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        var code = fault.Detail.ErrorCode;
        var status = code switch
        {
            ErrorCodes.ObjectDoesNotExist => HttpStatusCode.NotFound,
            ErrorCodes.DuplicateRecord or ErrorCodes.ConcurrencyVersionMismatch => HttpStatusCode.PreconditionFailed,
            PrivilegeDenied or AccessDenied or SecuredColumnCreate or SecuredColumnUpdate => HttpStatusCode.Forbidden,
            _ => HttpStatusCode.BadRequest,
        };
        return new WebApiFault(status, code, fault.Detail.Message ?? fault.Message);
    }
}
