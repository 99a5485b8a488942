using System.Activities;

namespace CrmLeadSla.SdkSurface.Tests.WorkflowHost;

/// <summary>Adds business hours to a start: one required input, one optional, one output.</summary>
public sealed class AddHours : CodeActivity
{
    [RequiredArgument]
    public InArgument<DateTime> Start { get; set; } = null!;

    public InArgument<int> Hours { get; set; } = null!;

    public OutArgument<DateTime> Due { get; set; } = null!;

    protected override void Execute(CodeActivityContext context) =>
        Due.Set(context, Start.Get(context).AddHours(Hours.Get(context)));
}

/// <summary>Returns what the host's clock extension says.</summary>
public sealed class ReadClock : CodeActivity<DateTime>
{
    public OutArgument<string> Source { get; set; } = null!;

    protected override DateTime Execute(CodeActivityContext context)
    {
        var clock = context.GetExtension<IClock>();
        Source.Set(context, clock.Name);
        return clock.Now;
    }
}

/// <summary>Doubles a number: a result and another output.</summary>
public sealed class Doubling : CodeActivity<int>
{
    public InArgument<int> Value { get; set; } = null!;

    public OutArgument<bool> WasNegative { get; set; } = null!;

    protected override int Execute(CodeActivityContext context)
    {
        WasNegative.Set(context, Value.Get(context) < 0);
        return 2 * Value.Get(context);
    }
}

/// <summary>Captures the context and the extension it found, to look at them after the run.</summary>
public sealed class CaptureContext : CodeActivity
{
    public ActivityContext? Captured { get; private set; }

    public IClock? Clock { get; private set; }

    protected override void Execute(CodeActivityContext context)
    {
        Captured = context;
        Clock = context.GetExtension<IClock>();
    }
}

public sealed class Refuse : CodeActivity
{
    protected override void Execute(CodeActivityContext context) => throw new InvalidOperationException("refused by the activity");
}

public interface IClock
{
    string Name { get; }

    DateTime Now { get; }
}

public sealed class FixedClock(string name, DateTime now) : IClock
{
    public string Name { get; } = name;

    public DateTime Now { get; } = now;
}
