using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>The words users know for SLA clocks, used in clock names, tasks and e-mails.</summary>
    public static class SlaWording
    {
        /// <summary>The promise as users call it, e.g. "First contact", "Erstkontakt".</summary>
        public static Text NameOf(SlaKind kind) => Text.Of(kind switch
        {
            SlaKind.HandOver => TextKey.ClockHandOver,
            SlaKind.Accept => TextKey.ClockAccept,
            SlaKind.FirstContact => TextKey.ClockFirstContact,
            _ => TextKey.ClockQualify,
        });

        /// <summary>The promise inside a sentence, e.g. "first contact", "den Erstkontakt".</summary>
        public static Text InSentence(SlaKind kind) => Text.Of(kind switch
        {
            SlaKind.HandOver => TextKey.ClockHandOverInSentence,
            SlaKind.Accept => TextKey.ClockAcceptInSentence,
            SlaKind.FirstContact => TextKey.ClockFirstContactInSentence,
            _ => TextKey.ClockQualifyInSentence,
        });
    }
}
