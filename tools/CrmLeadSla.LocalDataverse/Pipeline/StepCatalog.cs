using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>
/// The enabled steps of the organization, and which of them an event runs: same message, the primary
/// table or any table, the stage and mode, in rank order; an Update step with filtering attributes only
/// when Target holds one of them.
/// </summary>
public sealed class StepCatalog
{
    // Replaced whole on every change (never changed in place), so events on other threads read a consistent list.
    private List<StepRegistration> steps = [];
    private readonly Lock sync = new();
    private readonly Action<StepRegistration> registered;

    /// <summary>Creates an empty catalog; <paramref name="registered"/> is told of every step added or replaced (the organization writes its row).</summary>
    public StepCatalog(Action<StepRegistration> registered) => this.registered = registered;

    /// <summary>
    /// Adds the steps of a source; later registrations of equal rank run after earlier ones. A step with the id of a
    /// registered one replaces it in its place (a solution upgrade or a second import of the same solution).
    /// </summary>
    public void Add(IStepRegistrationSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        foreach (var step in source.Steps())
        {
            lock (sync)
            {
                var changed = steps.ToList();
                var index = changed.FindIndex(s => s.Id == step.Id);
                if (index >= 0)
                {
                    changed[index] = step;
                }
                else
                {
                    changed.Add(step);
                }

                Volatile.Write(ref steps, changed);
            }

            registered(step);
        }
    }

    /// <summary>
    /// Applies a committed <c>sdkmessageprocessingstep</c> row to the step with its id (see <see cref="StepRow.Applied"/>);
    /// the step keeps its place among steps of equal rank. A row of an unknown step changes nothing.
    /// </summary>
    public void Apply(Entity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        lock (sync)
        {
            var changed = steps.ToList();
            var index = changed.FindIndex(s => s.Id == row.Id);
            if (index >= 0)
            {
                changed[index] = StepRow.Applied(changed[index], row);
                Volatile.Write(ref steps, changed);
            }
        }
    }

    /// <summary>Every registered step, disabled ones included.</summary>
    public IReadOnlyList<StepRegistration> All => Volatile.Read(ref steps);

    /// <summary>The steps the event runs at this stage and mode, in execution order.</summary>
    public IReadOnlyList<StepRegistration> For(string message, string primaryEntity, PipelineStage stage, StepMode mode, ParameterCollection inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return Volatile.Read(ref steps)
            .Where(s => s.IsEnabled && s.Stage == stage && s.Mode == mode)
            .Where(s => string.Equals(s.Message, message, StringComparison.OrdinalIgnoreCase))
            .Where(s => s.PrimaryEntity is null || string.Equals(s.PrimaryEntity, primaryEntity, StringComparison.OrdinalIgnoreCase))
            .Where(s => PassesFilteringAttributes(s, inputs))
            .OrderBy(s => s.Rank)
            .ToList();
    }

    private static bool PassesFilteringAttributes(StepRegistration step, ParameterCollection inputs) =>
        step.FilteringAttributes.Count == 0
        || !string.Equals(step.Message, "Update", StringComparison.OrdinalIgnoreCase)
        || (inputs.TryGetValue("Target", out var target) && target is Entity entity
            && step.FilteringAttributes.Any(entity.Contains));
}
