using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages;

/// <summary>
/// One handler per message: the main operation (stage 30). Handlers are discovered by reflection: every
/// non-abstract IMessageHandler in the LocalDataverse assembly with a public parameterless constructor is
/// registered under its MessageName.
/// </summary>
/// <remarks>
/// Requests reach a handler as plain <see cref="OrganizationRequest"/>s (a copy of the caller's, as over
/// the wire): read the parameters by name (<c>request["Target"]</c>), never cast to the typed request class.
/// </remarks>
public interface IMessageHandler
{
    /// <summary>The message name, e.g. <c>Create</c>, matched case-insensitively.</summary>
    string MessageName { get; }

    /// <summary>
    /// The row the message is about: the pipeline's PrimaryEntityName/PrimaryEntityId and the images' row
    /// (Id may be Guid.Empty before a Create).
    /// </summary>
    EntityReference PrimaryRecord(OrganizationRequest request);

    /// <summary>Runs inside the transaction, after pre-operation steps, before post-operation steps.</summary>
    OrganizationResponse Execute(OrganizationRequest request, OperationContext context);
}
