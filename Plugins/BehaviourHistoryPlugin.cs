using CrmLeadSla.Plugins.Pipeline;
using CrmLeadSla.Plugins.Funnel;

namespace CrmLeadSla.Plugins
{
    /// <summary>
    /// Keeps the behaviour history of a handed-over lead as it was: pre-operation on Update (of the columns scoring
    /// reads) and Delete of lsla_interaction, with a pre-image "pre". A Lead SLA Sales or Marketing user's change or
    /// deletion of an interaction of a lead the history shows handed over is refused with the reason; anyone else's (an
    /// administrator's correction) is recorded in the lead's history (<see cref="FrozenBehaviour"/>).
    /// Registrations: Solution/PluginAssemblies/CrmLeadSla.Plugins.xml.
    /// </summary>
    public sealed class BehaviourHistoryPlugin : PluginBase
    {
        /// <summary>Alias of the pre-image holding the interaction before the update or delete.</summary>
        public const string PreImageAlias = "pre";

        /// <inheritdoc />
        protected override void ExecuteStep(PluginStepContext step) => FrozenBehaviour.Judge(step, step.PreImage(PreImageAlias));
    }
}
