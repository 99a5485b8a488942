namespace CrmLeadSla.LocalDataverse;

/// <summary>The organization's clock: tests and simulations set it and move it forward; time never passes by itself.</summary>
public sealed class Clock
{
    /// <summary>Starts the clock at the given UTC time.</summary>
    public Clock(DateTime utcNow) => Set(utcNow);

    /// <summary>The current time (UTC).</summary>
    public DateTime UtcNow { get; private set; }

    /// <summary>Moves the clock forward (or back, with a negative span).</summary>
    public void Advance(TimeSpan span) => UtcNow += span;

    /// <summary>Sets the clock; a local or unspecified time is taken as UTC.</summary>
    public void Set(DateTime utcNow) => UtcNow = DateTime.SpecifyKind(utcNow.Kind == DateTimeKind.Local ? utcNow.ToUniversalTime() : utcNow, DateTimeKind.Utc);
}
