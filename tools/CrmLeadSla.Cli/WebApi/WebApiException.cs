using System.Net;
using CrmLeadSla.Cli.Environments;

namespace CrmLeadSla.Cli.WebApi;

/// <summary>An error answer of the Web API: status, Dataverse error code (e.g. 0x80040217) and message.</summary>
public sealed class WebApiException(HttpStatusCode status, string code, string message)
    : Exception($"{message} ({code}, HTTP {(int)status})")
{
    public HttpStatusCode Status { get; } = status;

    public string Code { get; } = code;

    public string Reason { get; } = message;
}
