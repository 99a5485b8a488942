namespace CrmLeadSla.LocalDataverse.Service;

/// <summary>One call to an organization service of the local Dataverse.</summary>
/// <param name="Message">The message, e.g. Retrieve.</param>
/// <param name="Table">The primary table of the request, when it has one.</param>
/// <param name="Depth">1 for a top-level call, more for nested calls.</param>
/// <param name="FromPlugin">True when a plug-in made the call through its IOrganizationServiceFactory.</param>
/// <param name="FromWorkflow">True when a workflow made the call: an update step, or a custom activity through its IOrganizationServiceFactory.</param>
public sealed record CountedRequest(string Message, string? Table, int Depth, bool FromPlugin, bool FromWorkflow = false);
