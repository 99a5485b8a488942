using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Faults;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages.Special;

/// <summary>
/// ExecuteMultiple: runs each request of Requests in order, each in a transaction of its own (ExecuteMultiple
/// is not a transaction: a failed request leaves the earlier ones saved). Settings.ContinueOnError decides
/// whether a fault stops the batch; Settings.ReturnResponses whether successful responses are returned
/// (faults always are). At most <see cref="MaxBatchSize"/> requests; no ExecuteMultiple inside one.
/// </summary>
public sealed class ExecuteMultipleHandler : IMessageHandler
{
    /// <summary>Dataverse's default maximum batch size.</summary>
    public const int MaxBatchSize = 1000;

    /// <inheritdoc />
    public string MessageName => "ExecuteMultiple";

    /// <inheritdoc />
    public EntityReference PrimaryRecord(OrganizationRequest request) => new(string.Empty, Guid.Empty);

    /// <inheritdoc />
    public OrganizationResponse Execute(OrganizationRequest request, OperationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        BatchRequestRule.RefuseFromPlugin(context, MessageName);
        var requests = RequestParameters.Required<OrganizationRequestCollection>(request, "Requests");
        var settings = RequestParameters.Required<ExecuteMultipleSettings>(request, "Settings");
        DemandBatchShape(requests);

        var responses = new ExecuteMultipleResponseItemCollection();
        var isFaulted = false;
        for (var index = 0; index < requests.Count; index++)
        {
            var item = Run(context, requests[index], index);
            isFaulted |= item.Fault is not null;
            if (item.Fault is not null || settings.ReturnResponses)
            {
                responses.Add(item);
            }

            if (item.Fault is not null && !settings.ContinueOnError)
            {
                break;
            }
        }

        var response = new OrganizationResponse { ResponseName = MessageName };
        response.Results["Responses"] = responses;
        response.Results["IsFaulted"] = isFaulted;
        return response;
    }

    private static void DemandBatchShape(OrganizationRequestCollection requests)
    {
        if (requests.Count > MaxBatchSize)
        {
            // Clients read the limit from the fault to split the batch.
            var fault = new OrganizationServiceFault
            {
                ErrorCode = ErrorCodes.InvalidArgument,
                Message = $"The number of requests ({requests.Count}) exceeds the maximum batch size of {MaxBatchSize}.",
            };
            fault.ErrorDetails["MaxBatchSize"] = MaxBatchSize;
            throw new FaultException<OrganizationServiceFault>(fault, new FaultReason(fault.Message));
        }

        if (requests.Any(r => string.Equals(r.RequestName, "ExecuteMultiple", StringComparison.OrdinalIgnoreCase)))
        {
            throw Fault.Of(ErrorCodes.InvalidArgument, "An ExecuteMultiple request cannot contain another ExecuteMultiple request.");
        }
    }

    private static ExecuteMultipleResponseItem Run(OperationContext context, OrganizationRequest request, int index)
    {
        try
        {
            // Each request commits or rolls back on its own, as a separate request of the caller would.
            return new ExecuteMultipleResponseItem { RequestIndex = index, Response = context.IndependentService.Execute(request) };
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            return new ExecuteMultipleResponseItem { RequestIndex = index, Fault = fault.Detail };
        }
    }
}
