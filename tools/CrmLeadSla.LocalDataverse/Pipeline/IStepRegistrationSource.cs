using CrmLeadSla.Solution.Registration;

namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>Where plug-in step registrations come from: the solution's step records, or code (tests, tools).</summary>
public interface IStepRegistrationSource
{
    /// <summary>The registered steps.</summary>
    IEnumerable<StepRegistration> Steps();
}
