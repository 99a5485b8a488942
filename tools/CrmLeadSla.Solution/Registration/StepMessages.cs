namespace CrmLeadSla.Solution.Registration;

/// <summary>A platform message a plug-in step may be registered on.</summary>
/// <param name="Name">Message name, e.g. <c>Update</c> (case-sensitive, as Dataverse names it).</param>
/// <param name="SdkMessageId">
/// The message's sdkmessageid, the same in every organization: a solution names a step's message by it. Null when it is
/// not known here (CreateMultiple and UpdateMultiple, added after the organization the ids were read from).
/// </param>
/// <param name="ImageProperty">The request parameter that names the row for entity images; null when the message has no images.</param>
internal sealed record StepMessage(string Name, Guid? SdkMessageId, string? ImageProperty)
{
    /// <summary>True when filtering attributes narrow the step (column updates only; Dataverse ignores them elsewhere).</summary>
    public bool HasFilteringAttributes => Name is "Update" or "UpdateMultiple";
}

/// <summary>
/// The messages steps may be registered on, in one place for the source reader, the packer (which writes each step's
/// SdkMessageId) and the importer (which resolves a step's message from it).
/// </summary>
internal static class StepMessages
{
    private static readonly StepMessage[] All =
    [
        new("Create", new("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8"), "id"),
        new("Update", new("20bebb1b-ea3e-db11-86a7-000a3a5473e8"), "Target"),
        new("Delete", new("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8"), "Target"),
        new("Assign", new("8cbdbb1b-ea3e-db11-86a7-000a3a5473e8"), "Target"),
        new("SetState", new("1cbebb1b-ea3e-db11-86a7-000a3a5473e8"), "EntityMoniker"),
        new("SetStateDynamicEntity", new("1dbebb1b-ea3e-db11-86a7-000a3a5473e8"), "EntityMoniker"),
        new("Merge", new("dbbdbb1b-ea3e-db11-86a7-000a3a5473e8"), "Target"),
        new("GrantAccess", new("c5bdbb1b-ea3e-db11-86a7-000a3a5473e8"), "Target"),
        new("ModifyAccess", new("dcbdbb1b-ea3e-db11-86a7-000a3a5473e8"), "Target"),
        new("RevokeAccess", new("11bebb1b-ea3e-db11-86a7-000a3a5473e8"), "Target"),
        new("QualifyLead", new("644c3365-b36c-431e-b76b-5c3e48adee55"), "LeadId"),
        new("Win", new("27bebb1b-ea3e-db11-86a7-000a3a5473e8"), null),
        new("Lose", new("d1bdbb1b-ea3e-db11-86a7-000a3a5473e8"), null),
        new("Retrieve", new("f2bdbb1b-ea3e-db11-86a7-000a3a5473e8"), null),
        new("RetrieveMultiple", new("03bebb1b-ea3e-db11-86a7-000a3a5473e8"), null),
        new("Associate", new("16e7c888-3b24-448b-b7da-ebfe9b681762"), null),
        new("Disassociate", new("bdfc191d-fc56-493a-a6b1-cb0c47a22ecc"), null),
        new("CreateMultiple", null, null),
        new("UpdateMultiple", null, null),
    ];

    /// <summary>Every message's name, in the order above.</summary>
    public static IEnumerable<string> Names => All.Select(m => m.Name);

    /// <summary>The names of the messages whose SdkMessageId is known.</summary>
    public static IEnumerable<string> NamesWithIds => All.Where(m => m.SdkMessageId is not null).Select(m => m.Name);

    /// <summary>The message with this name (case-sensitive), or null.</summary>
    public static StepMessage? Named(string name) => All.FirstOrDefault(m => m.Name == name);

    /// <summary>The message with this SdkMessageId, or null.</summary>
    public static StepMessage? WithId(Guid id) => All.FirstOrDefault(m => m.SdkMessageId == id);
}
