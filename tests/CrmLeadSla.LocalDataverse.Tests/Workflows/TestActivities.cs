using System.Activities;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmLeadSla.LocalDataverse.Tests.Workflows;

/// <summary>Greets a lead with its points: reads two inputs, writes one output.</summary>
public sealed class GreetingActivity : CodeActivity
{
    [Input("Name")]
    public InArgument<string> Name { get; set; } = new();

    [Input("Points")]
    [Default("5")]
    public InArgument<int> Points { get; set; } = new();

    [Output("Greeting")]
    public OutArgument<string> Greeting { get; set; } = new();

    protected override void Execute(CodeActivityContext context) =>
        Greeting.Set(context, $"{Name.Get(context)} has {Points.Get(context)} points");
}

/// <summary>Hands back what the workflow context says about the run, and traces it.</summary>
public sealed class ContextEchoActivity : CodeActivity
{
    [Output("Primary row")]
    [ReferenceTarget("lead")]
    public OutArgument<EntityReference> Primary { get; set; } = new();

    [Output("Runs as")]
    [ReferenceTarget("systemuser")]
    public OutArgument<EntityReference> RunsAs { get; set; } = new();

    [Output("Real time")]
    public OutArgument<bool> RealTime { get; set; } = new();

    protected override void Execute(CodeActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var workflow = context.GetExtension<IWorkflowContext>();
        context.GetExtension<ITracingService>().Trace("Running on {0}", workflow.PrimaryEntityName);
        Primary.Set(context, new EntityReference(workflow.PrimaryEntityName, workflow.PrimaryEntityId));
        RunsAs.Set(context, new EntityReference("systemuser", workflow.UserId));
        RealTime.Set(context, workflow.WorkflowMode == 1);
    }
}

/// <summary>Creates an account as the workflow's user through the organization service factory.</summary>
public sealed class CreateAccountActivity : CodeActivity
{
    [Output("Account")]
    [ReferenceTarget("account")]
    public OutArgument<EntityReference> Account { get; set; } = new();

    protected override void Execute(CodeActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var workflow = context.GetExtension<IWorkflowContext>();
        var service = context.GetExtension<IOrganizationServiceFactory>().CreateOrganizationService(workflow.UserId);
        Account.Set(context, new EntityReference("account", service.Create(new Entity("account") { ["name"] = "From workflow" })));
    }
}

/// <summary>Refuses to run, as an activity refuses a rejection without an agreed reason.</summary>
public sealed class RefusingActivity : CodeActivity
{
    protected override void Execute(CodeActivityContext context) =>
        throw new InvalidPluginExecutionException("A rejection needs an agreed reason.");
}

/// <summary>Badly declared: an EntityReference input without [ReferenceTarget].</summary>
public sealed class UntargetedReferenceActivity : CodeActivity
{
    [Input("Lead")]
    public InArgument<EntityReference> Lead { get; set; } = new();

    protected override void Execute(CodeActivityContext context)
    {
    }
}

/// <summary>Badly declared: an OptionSetValue input without [AttributeTarget].</summary>
public sealed class UntargetedOptionActivity : CodeActivity
{
    [Input("Grade")]
    public InArgument<OptionSetValue> Grade { get; set; } = new();

    protected override void Execute(CodeActivityContext context)
    {
    }
}

/// <summary>Badly declared: a Guid argument, which a workflow cannot bind.</summary>
public sealed class GuidArgumentActivity : CodeActivity
{
    [Input("Id")]
    public InArgument<Guid> Id { get; set; } = new();

    protected override void Execute(CodeActivityContext context)
    {
    }
}

/// <summary>Badly declared: an output without [Output].</summary>
public sealed class UnmarkedOutputActivity : CodeActivity
{
    public OutArgument<string> Result { get; set; } = new();

    protected override void Execute(CodeActivityContext context)
    {
    }
}

/// <summary>Judges a subject: "bad" is not valid, with a message saying why.</summary>
public sealed class VerdictActivity : CodeActivity
{
    [Input("Subject")]
    public InArgument<string> Subject { get; set; } = new();

    [Output("Is valid")]
    public OutArgument<bool> IsValid { get; set; } = new();

    [Output("Message")]
    public OutArgument<string> Message { get; set; } = new();

    protected override void Execute(CodeActivityContext context)
    {
        var bad = Subject.Get(context) == "bad";
        IsValid.Set(context, !bad);
        Message.Set(context, bad ? "A subject of 'bad' is not allowed. Choose another subject." : string.Empty);
    }
}
