namespace CrmLeadSla.Solution.Packing;

/// <summary>
/// The sdkmessageid of the platform messages steps are registered on. A solution names a step's message by this id,
/// which is the same in every Dataverse organization. Messages missing here (QualifyLead, Win, Lose…) are written
/// without an id and reported by <see cref="SolutionZip.UnresolvedMessages"/>.
/// </summary>
internal static class SdkMessageIds
{
    private static readonly Dictionary<string, Guid> Ids = new(StringComparer.Ordinal)
    {
        ["Assign"] = new("8cbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Create"] = new("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Delete"] = new("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["GrantAccess"] = new("c5bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Merge"] = new("dbbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["ModifyAccess"] = new("dcbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Retrieve"] = new("f2bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["RetrieveMultiple"] = new("03bebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["RevokeAccess"] = new("11bebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["SetState"] = new("1cbebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["SetStateDynamicEntity"] = new("1dbebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Update"] = new("20bebb1b-ea3e-db11-86a7-000a3a5473e8"),
    };

    /// <summary>The platform id of a message, or null when the packer does not know it.</summary>
    public static Guid? For(string message) => Ids.TryGetValue(message, out var id) ? id : null;
}
