namespace CrmLeadSla.LocalDataverse;

/// <summary>The organization's clock: tests and simulations set it and move it forward; time never passes by itself.</summary>
public sealed class Clock
{
    // DateTime is two words wide on some platforms: its ticks are kept in a long read and written atomically.
    private long ticks;

    /// <summary>Starts the clock at the given UTC time.</summary>
    public Clock(DateTime utcNow) => Set(utcNow);

    /// <summary>The current time (UTC).</summary>
    public DateTime UtcNow => new(Interlocked.Read(ref ticks), DateTimeKind.Utc);

    /// <summary>Moves the clock forward (or back, with a negative span).</summary>
    public void Advance(TimeSpan span) => Interlocked.Add(ref ticks, span.Ticks);

    /// <summary>Sets the clock; a local or unspecified time is taken as UTC.</summary>
    public void Set(DateTime utcNow) => Interlocked.Exchange(ref ticks, (utcNow.Kind == DateTimeKind.Local ? utcNow.ToUniversalTime() : utcNow).Ticks);
}
