namespace CrmLeadSla.Solution.Registration;

/// <summary>
/// The sdkmessageid of the platform messages a step may be registered on. A solution names a step's message by this id,
/// which is the same in every Dataverse organization: the packer writes it, the importer resolves a step's message from it.
/// CreateMultiple and UpdateMultiple are missing: their ids are not known here, so steps on them cannot be packed.
/// </summary>
internal static class SdkMessageIds
{
    private static readonly Dictionary<string, Guid> Ids = new(StringComparer.Ordinal)
    {
        ["Assign"] = new("8cbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Associate"] = new("16e7c888-3b24-448b-b7da-ebfe9b681762"),
        ["Create"] = new("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Delete"] = new("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Disassociate"] = new("bdfc191d-fc56-493a-a6b1-cb0c47a22ecc"),
        ["GrantAccess"] = new("c5bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Lose"] = new("d1bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Merge"] = new("dbbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["ModifyAccess"] = new("dcbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["QualifyLead"] = new("644c3365-b36c-431e-b76b-5c3e48adee55"),
        ["Retrieve"] = new("f2bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["RetrieveMultiple"] = new("03bebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["RevokeAccess"] = new("11bebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["SetState"] = new("1cbebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["SetStateDynamicEntity"] = new("1dbebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Update"] = new("20bebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Win"] = new("27bebb1b-ea3e-db11-86a7-000a3a5473e8"),
    };

    private static readonly Dictionary<Guid, string> Messages = Ids.ToDictionary(p => p.Value, p => p.Key);

    /// <summary>The platform id of a message, or null when it is not known here.</summary>
    public static Guid? For(string message) => Ids.TryGetValue(message, out var id) ? id : null;

    /// <summary>The message with this platform id, or null when it is not known here.</summary>
    public static string? MessageOf(Guid id) => Messages.GetValueOrDefault(id);

    /// <summary>The messages whose ids are known, by name.</summary>
    public static IEnumerable<string> Known => Ids.Keys.Order(StringComparer.Ordinal);
}
