using CrmLeadSla.LocalDataverse.Faults;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages.Special;

/// <summary>
/// The Targets of CreateMultiple and UpdateMultiple: an EntityCollection of rows of one table
/// (EntityCollection.EntityName), at most <see cref="MaxRows"/> of them.
/// </summary>
internal static class BulkTargets
{
    /// <summary>Dataverse's limit for standard tables (elastic tables allow fewer).</summary>
    public const int MaxRows = 1000;

    /// <summary>The request's Targets, checked.</summary>
    public static EntityCollection Of(OrganizationRequest request)
    {
        var targets = RequestParameters.Required<EntityCollection>(request, "Targets");
        if (string.IsNullOrEmpty(targets.EntityName))
        {
            throw Fault.Of(ErrorCodes.InvalidArgument, "The Targets collection must name its table in EntityName.");
        }

        if (targets.Entities.Count > MaxRows)
        {
            throw Fault.Of(
                ErrorCodes.InvalidArgument,
                $"The Targets collection holds {targets.Entities.Count} rows; at most {MaxRows} are allowed in one request.");
        }

        var stranger = targets.Entities.FirstOrDefault(e => !string.Equals(e.LogicalName, targets.EntityName, StringComparison.OrdinalIgnoreCase));
        if (stranger is not null)
        {
            throw Fault.Of(
                ErrorCodes.InvalidArgument,
                $"Every row of Targets must belong to '{targets.EntityName}'; found a '{stranger.LogicalName}' row.");
        }

        return targets;
    }

    /// <summary>The primary record of a bulk message: the table, no single row.</summary>
    public static EntityReference PrimaryRecord(OrganizationRequest request) =>
        new(RequestParameters.Required<EntityCollection>(request, "Targets").EntityName, Guid.Empty);
}
