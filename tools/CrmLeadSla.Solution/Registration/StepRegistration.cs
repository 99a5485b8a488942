namespace CrmLeadSla.Solution.Registration;

/// <summary>Event pipeline stages (sdkmessageprocessingstep.stage).</summary>
public enum PipelineStage
{
    /// <summary>Before the main operation, outside the database transaction.</summary>
    PreValidation = 10,
    /// <summary>Before the main operation, inside the transaction: changes to Target are saved with it.</summary>
    PreOperation = 20,
    /// <summary>The platform's own operation.</summary>
    MainOperation = 30,
    /// <summary>After the main operation; inside the transaction when synchronous.</summary>
    PostOperation = 40,
}

/// <summary>Execution mode (sdkmessageprocessingstep.mode).</summary>
public enum StepMode
{
    /// <summary>Runs in the caller's request.</summary>
    Synchronous = 0,
    /// <summary>Runs after commit as a system job.</summary>
    Asynchronous = 1,
}

/// <summary>Which entity images a step receives (sdkmessageprocessingstepimage.imagetype).</summary>
public enum ImageKind
{
    /// <summary>The row as it was before the operation.</summary>
    PreImage = 0,
    /// <summary>The row as it is after the operation.</summary>
    PostImage = 1,
    /// <summary>Both.</summary>
    Both = 2,
}

/// <summary>An entity image registered on a step.</summary>
/// <param name="Alias">Key in PreEntityImages / PostEntityImages.</param>
/// <param name="Kind">Pre, post or both.</param>
/// <param name="Attributes">Columns of the image; empty means all columns.</param>
/// <param name="MessagePropertyName">The request parameter that names the row (Target, Id, LeadId…).</param>
public sealed record StepImage(string Alias, ImageKind Kind, IReadOnlyList<string> Attributes, string MessagePropertyName = "Target");

/// <summary>One plug-in step registration (sdkmessageprocessingstep), declared once and read by everything.</summary>
public sealed record StepRegistration
{
    /// <summary>Step id.</summary>
    public required Guid Id { get; init; }

    /// <summary>Step name as shown to admins.</summary>
    public required string Name { get; init; }

    /// <summary>Full name of the IPlugin class, e.g. <c>CrmLeadSla.Plugins.LeadScoringPlugin</c>.</summary>
    public required string PluginTypeName { get; init; }

    /// <summary>Message name: Create, Update, Delete, QualifyLead…</summary>
    public required string Message { get; init; }

    /// <summary>Primary table, or null for every table.</summary>
    public string? PrimaryEntity { get; init; }

    /// <summary>Secondary table (Associate and a few others), or null.</summary>
    public string? SecondaryEntity { get; init; }

    /// <summary>Stage 10, 20 or 40.</summary>
    public required PipelineStage Stage { get; init; }

    /// <summary>Synchronous or asynchronous.</summary>
    public StepMode Mode { get; init; } = StepMode.Synchronous;

    /// <summary>Execution order within the stage, lowest first.</summary>
    public int Rank { get; init; } = 1;

    /// <summary>Update steps run only when one of these columns is in Target; empty means any column.</summary>
    public IReadOnlyList<string> FilteringAttributes { get; init; } = [];

    /// <summary>Entity images the step receives.</summary>
    public IReadOnlyList<StepImage> Images { get; init; } = [];

    /// <summary>Unsecure configuration string passed to the plug-in's constructor.</summary>
    public string? UnsecureConfiguration { get; init; }

    /// <summary>Secure configuration string passed to the plug-in's constructor.</summary>
    public string? SecureConfiguration { get; init; }

    /// <summary>The user the step runs as (impersonatinguserid); null runs as the calling user.</summary>
    public Guid? RunAsUserId { get; init; }

    /// <summary>Disabled steps are kept but never run.</summary>
    public bool IsEnabled { get; init; } = true;

    /// <summary>Asynchronous steps only: delete the system job when it succeeds.</summary>
    public bool AsyncAutoDelete { get; init; }
}
