using CrmLeadSla.Solution.Source;
using CrmLeadSla.Solution.Workflows;

namespace CrmLeadSla.LocalDataverse;

/// <summary>
/// The components an organization keeps for its installed solutions besides metadata, roles, field security profiles
/// and steps: views, forms and workflows. Replaced whole on every install, so readers see one install or the next.
/// </summary>
internal sealed record InstalledComponents(
    IReadOnlyList<ViewDefinition> Views,
    IReadOnlyList<FormDefinition> Forms,
    IReadOnlyList<WorkflowRegistration> Workflows)
{
    public static readonly InstalledComponents None = new([], [], []);

    /// <summary>These components with the installed ones added; one with the id of a kept one replaces it.</summary>
    public InstalledComponents With(
        IReadOnlyList<ViewDefinition> views,
        IReadOnlyList<FormDefinition> forms,
        IReadOnlyList<WorkflowRegistration> workflows) =>
        new(Replace(Views, views, v => v.Id), Replace(Forms, forms, f => f.Id), Replace(Workflows, workflows, w => w.Id));

    private static List<T> Replace<T>(IReadOnlyList<T> kept, IReadOnlyList<T> installed, Func<T, Guid> idOf) =>
        [.. kept.Where(k => installed.All(i => idOf(i) != idOf(k))), .. installed];
}
