namespace CrmLeadSla.LocalDataverse;

/// <summary>
/// The organization's clock. It stands still by default: tests and simulations set it and move it forward. Told to
/// run (<see cref="RunWith"/>), it moves with a time source from where it stands — the wall clock for an organization
/// served to people — and can still be set or moved forward.
/// </summary>
public sealed class Clock
{
    // One immutable reading, swapped whole, so a reader never sees a time from one state and a source from another.
    private State state;

    /// <summary>Starts the clock, standing, at the given UTC time.</summary>
    public Clock(DateTime utcNow) => state = new State(Utc(utcNow).Ticks, null, 0);

    /// <summary>The current time (UTC).</summary>
    public DateTime UtcNow => Volatile.Read(ref state).Now;

    /// <summary>True when the clock moves with a time source.</summary>
    public bool IsRunning => Volatile.Read(ref state).Source is not null;

    /// <summary>Moves the clock forward (or back, with a negative span); a running clock keeps running from there.</summary>
    public void Advance(TimeSpan span) => Change(s => s with { Ticks = s.Ticks + span.Ticks });

    /// <summary>Sets the clock; a local or unspecified time is taken as UTC. A running clock keeps running from there.</summary>
    public void Set(DateTime utcNow) => Change(s => s with { Ticks = Utc(utcNow).Ticks, Anchor = s.Source?.GetTimestamp() ?? 0 });

    /// <summary>Lets the clock run with <paramref name="source"/> (e.g. <see cref="TimeProvider.System"/>) from the time it shows now.</summary>
    public void RunWith(TimeProvider source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Change(s => new State(s.Now.Ticks, source, source.GetTimestamp()));
    }

    private static DateTime Utc(DateTime time) => time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time;

    private void Change(Func<State, State> change)
    {
        while (true)
        {
            var seen = Volatile.Read(ref state);
            if (ReferenceEquals(Interlocked.CompareExchange(ref state, change(seen), seen), seen))
            {
                return;
            }
        }
    }

    // Ticks: the time shown when the source read Anchor (or always, with no source).
    private sealed record State(long Ticks, TimeProvider? Source, long Anchor)
    {
        public DateTime Now => new(Ticks + (Source?.GetElapsedTime(Anchor).Ticks ?? 0), DateTimeKind.Utc);
    }
}
