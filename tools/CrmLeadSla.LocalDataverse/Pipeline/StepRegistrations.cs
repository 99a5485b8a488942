using CrmLeadSla.Solution.Registration;

namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>A fixed list of step registrations: the solution's records, or steps declared in code.</summary>
public sealed class StepRegistrations : IStepRegistrationSource
{
    private readonly List<StepRegistration> steps;

    /// <summary>Creates the source from the given steps.</summary>
    public StepRegistrations(IEnumerable<StepRegistration> steps) => this.steps = steps.ToList();

    /// <inheritdoc />
    public IEnumerable<StepRegistration> Steps() => steps;
}
