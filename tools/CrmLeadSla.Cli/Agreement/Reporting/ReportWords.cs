namespace CrmLeadSla.Cli.Agreement.Reporting;

/// <summary>
/// Every word of the report in English and German — table titles and headings, the dashboard's headings, chart titles,
/// legends and axes, units — picked by <see cref="UserLanguage"/>, so the console, the CSV files and the dashboard say
/// the same thing in the reader's language.
/// </summary>
internal static class ReportWords
{
    // Runs.
    public static string WithSla => UserLanguage.Pick("with the SLA", "mit SLA");

    public static string WithoutSla => UserLanguage.Pick("without the SLA", "ohne SLA");

    // Units.
    public static string Percent(string number) => UserLanguage.Pick($"{number}%", $"{number} %");

    public static string Minutes(long minutes) => UserLanguage.Pick($"{minutes} min", $"{minutes} Min.");

    public static string Hours(long hours) => UserLanguage.Pick($"{hours} h", $"{hours} Std.");

    public static string DaysAndHours(long days, long hours) => hours == 0
        ? UserLanguage.Pick($"{days} d", $"{days} T.")
        : UserLanguage.Pick($"{days} d {hours} h", $"{days} T. {hours} Std.");

    public static string HoursUnit => UserLanguage.Pick("hours", "Stunden");

    public static string Yes => UserLanguage.Pick("yes", "ja");

    public static string No => UserLanguage.Pick("no", "nein");

    // Clocks and their outcome.
    public static string ClockKind(string kind) => kind switch
    {
        "Handover" => UserLanguage.Pick("hand-over", "Übergabe"),
        "Accept" => UserLanguage.Pick("accept", "Annahme"),
        "FirstContact" => UserLanguage.Pick("first contact", "Erstkontakt"),
        "Qualify" => UserLanguage.Pick("qualify", "Qualifizierung"),
        _ => kind,
    };

    public static string Met => UserLanguage.Pick("met", "eingehalten");

    public static string Breached => UserLanguage.Pick("breached", "verletzt");

    public static string Open => UserLanguage.Pick("open", "offen");

    public static string Cancelled => UserLanguage.Pick("cancelled", "aufgehoben");

    public static string MetPercent => UserLanguage.Pick("met %", "eingehalten %");

    /// <summary>The business time clocks stood paused while their leads waited on the customer.</summary>
    public static string Paused => UserLanguage.Pick("paused waiting on the customer", "pausiert (Warten auf den Kunden)");

    // Headings shared by several tables.
    public static string Stage => UserLanguage.Pick("stage", "Phase");

    public static string Leads => UserLanguage.Pick("leads", "Leads");

    public static string HandedOver => UserLanguage.Pick("handed over", "übergeben");

    public static string NeverWorked => UserLanguage.Pick("never worked", "nie bearbeitet");

    public static string NeverWorkedPercent => UserLanguage.Pick("never worked %", "nie bearbeitet %");

    public static string Accepted => UserLanguage.Pick("accepted", "angenommen");

    public static string Rejections => UserLanguage.Pick("rejections", "Ablehnungen");

    public static string Promised => UserLanguage.Pick("promised", "zugesagt");

    // Key figures.
    public static string KeyFigures => UserLanguage.Pick("Key figures", "Kennzahlen");

    public static string Figure => UserLanguage.Pick("figure", "Kennzahl");

    public static string HandedOverMql => UserLanguage.Pick("handed over (MQL)", "übergeben (MQL)");

    public static string AcceptedSal => UserLanguage.Pick("accepted (SAL)", "angenommen (SAL)");

    public static string QualifiedSql => UserLanguage.Pick("qualified (SQL)", "qualifiziert (SQL)");

    public static string Won => UserLanguage.Pick("won", "gewonnen");

    public static string ClocksMet => UserLanguage.Pick("clocks met", "Fristen eingehalten");

    public static string ClocksBreached => UserLanguage.Pick("clocks breached", "Fristen verletzt");

    public static string SideBySide(string first, string second) => UserLanguage.Pick($"Side by side: {first} and {second}", $"Nebeneinander: {first} und {second}");

    // Tables.
    public static string FunnelTitle => UserLanguage.Pick("Funnel: leads per stage and conversion to the next stage", "Trichter: Leads je Phase und Umwandlung in die nächste Phase");

    public static string LeadsNow => UserLanguage.Pick("leads now", "Leads jetzt");

    public static string EverReached => UserLanguage.Pick("ever reached", "je erreicht");

    public static string ConversionPercent => UserLanguage.Pick("conversion to next %", "Umwandlung in nächste %");

    public static string TimeInStageTitle => UserLanguage.Pick("Time in stage (stays that ended)", "Verweildauer je Phase (beendete Aufenthalte)");

    public static string Stays => UserLanguage.Pick("stays", "Aufenthalte");

    public static string Median => UserLanguage.Pick("median", "Median");

    public static string P90 => UserLanguage.Pick("p90", "p90");

    public static string NeverWorkedTitle => UserLanguage.Pick(
        "Leads never worked: handed over, never accepted, rejected or returned by sales",
        "Nie bearbeitete Leads: übergeben, vom Vertrieb nie angenommen, abgelehnt oder zurückgegeben");

    public static string ClocksTitle => UserLanguage.Pick("SLA clocks per kind and team", "SLA-Fristen je Art und Team");

    public static string RepsTitle => UserLanguage.Pick("Sales clocks per rep: met and breached per promise", "Vertriebsfristen je Vertriebsmitarbeiter: eingehalten und verletzt je Zusage");

    public static string Kind => UserLanguage.Pick("kind", "Art");

    public static string Team => UserLanguage.Pick("team", "Team");

    public static string ClocksByWeekTitle(string zone) => UserLanguage.Pick(
        $"SLA clocks met and breached per week (week starting Monday, {zone})",
        $"SLA-Fristen eingehalten und verletzt je Woche (Woche ab Montag, {zone})");

    public static string Week => UserLanguage.Pick("week", "Woche");

    public static string RejectionsTitle => UserLanguage.Pick("Rejections by agreed reason", "Ablehnungen nach vereinbartem Grund");

    public static string Reason => UserLanguage.Pick("reason", "Grund");

    public static string CommitmentTitle(string zone) => UserLanguage.Pick(
        $"Marketing's monthly commitment: leads handed over per month ({zone})",
        $"Monatliche Zusage des Marketings: übergebene Leads je Monat ({zone})");

    public static string Month => UserLanguage.Pick("month", "Monat");

    public static string GradeBehaviourTitle => UserLanguage.Pick(
        "Grade × behaviour (1: 50+ points, 2: 25–49, 3: 10–24, 4: under 10): leads and how many sales accepted",
        "Einstufung × Verhalten (1: ab 50 Punkte, 2: 25–49, 3: 10–24, 4: unter 10): Leads und wie viele der Vertrieb annahm");

    public static string Cell => UserLanguage.Pick("cell", "Feld");

    public static string AcceptedPercent => UserLanguage.Pick("accepted %", "angenommen %");

    // The dashboard.
    public static string Dashboard => UserLanguage.Pick("Lead SLA dashboard", "Lead-SLA-Dashboard");

    public static string ComparedWith(string first, string second) => UserLanguage.Pick($"{first} compared with {second}", $"{first} im Vergleich zu {second}");

    public static string NeverWorkedDifference(string first, string firstShare, string second, string secondShare) => UserLanguage.Pick(
        $"Never worked: {firstShare} of the handed-over leads {first}, {secondShare} {second}.",
        $"Nie bearbeitet: {firstShare} der übergebenen Leads {first}, {secondShare} {second}.");

    public static string WonDifference(string first, string firstWon, string second, string secondWon) => UserLanguage.Pick(
        $"Won: {firstWon} {first}, {secondWon} {second}.",
        $"Gewonnen: {firstWon} {first}, {secondWon} {second}.");

    public static string MarketingScorecard => UserLanguage.Pick("Marketing: the hand-over", "Marketing: die Übergabe");

    public static string SalesScorecard => UserLanguage.Pick("Sales: accept, first contact, qualify", "Vertrieb: Annahme, Erstkontakt, Qualifizierung");

    public static string FunnelSection => UserLanguage.Pick("The funnel in detail", "Der Trichter im Einzelnen");

    public static string TablesSection => UserLanguage.Pick("The tables", "Die Tabellen");

    public static string LeadsBehindFigures => UserLanguage.Pick("The leads behind the figures", "Die Leads hinter den Zahlen");

    public static string NoHandOverClocks(string run) => UserLanguage.Pick(
        $"The run {run} has no hand-over clocks: marketing's hand-over was not timed in it.",
        $"Der Lauf {run} hat keine Übergabefristen: die Übergabe durch das Marketing wurde darin nicht gemessen.");

    public static string NoClocks(string run) => UserLanguage.Pick($"The run {run} has no SLA clocks.", $"Der Lauf {run} hat keine SLA-Fristen.");

    public static string NoRejections => UserLanguage.Pick("Sales rejected no lead.", "Der Vertrieb hat keinen Lead abgelehnt.");

    // Charts: titles, axes, legends.
    public static string FunnelChart => UserLanguage.Pick("Leads that reached each stage", "Leads, die jede Phase erreicht haben");

    public static string HandOverChart => UserLanguage.Pick("Hand-over clocks: met and breached", "Übergabefristen: eingehalten und verletzt");

    public static string CommitmentChart => UserLanguage.Pick("Leads handed over per month and the leads promised", "Übergebene Leads je Monat und die zugesagten Leads");

    public static string SalesClocksChart => UserLanguage.Pick("Sales clocks per promise: met and breached", "Vertriebsfristen je Zusage: eingehalten und verletzt");

    public static string RepChart => UserLanguage.Pick("Sales clocks per rep: met and breached", "Vertriebsfristen je Vertriebsmitarbeiter: eingehalten und verletzt");

    public static string ClocksOverTimeChart => UserLanguage.Pick("SLA clocks met and breached per week", "SLA-Fristen je Woche: eingehalten und verletzt");

    public static string RejectionsChart => UserLanguage.Pick("Rejections by agreed reason", "Ablehnungen nach vereinbartem Grund");

    public static string TimeInStageChart => UserLanguage.Pick("Time in stage: median of the stays that ended", "Verweildauer je Phase: Median der beendeten Aufenthalte");

    public static string GradeBehaviourChart => UserLanguage.Pick("Grade × behaviour: leads, shaded by the share sales accepted", "Einstufung × Verhalten: Leads, schattiert nach dem vom Vertrieb angenommenen Anteil");

    public static string Clocks => UserLanguage.Pick("clocks", "Fristen");

    public static string Days => UserLanguage.Pick("days", "Tage");

    public static string WeekStarting => UserLanguage.Pick("week starting Monday", "Woche ab Montag");

    public static string Grade => UserLanguage.Pick("grade", "Einstufung");

    public static string BehaviourBand => UserLanguage.Pick("behaviour (1: 50+ points, 2: 25–49, 3: 10–24, 4: under 10)", "Verhalten (1: ab 50 Punkte, 2: 25–49, 3: 10–24, 4: unter 10)");

    public static string Promise => UserLanguage.Pick("promise", "Zusage");

    public static string Run => UserLanguage.Pick("run", "Lauf");

    public static string Rep => UserLanguage.Pick("rep", "Vertriebsmitarbeiter");

    public static string ShareAccepted => UserLanguage.Pick("share sales accepted", "vom Vertrieb angenommener Anteil");

    public static string Series(string series, string run) => $"{series} ({run})";

    // The lists behind a figure.
    public static string Name => UserLanguage.Pick("name", "Name");

    public static string Company => UserLanguage.Pick("company", "Firma");

    public static string Owner => UserLanguage.Pick("owner", "Besitzer");

    public static string Index => UserLanguage.Pick("index", "Index");

    public static string Created => UserLanguage.Pick("created", "erstellt");

    public static string InStageSince => UserLanguage.Pick("in stage since", "in Phase seit");

    public static string LeadCount(string count) => UserLanguage.Pick($"{count} leads", $"{count} Leads");

    public static string More(string count) => UserLanguage.Pick($"… and {count} more: see leads.csv.", $"… und {count} weitere: siehe leads.csv.");

    public static string DashboardWritten(string path) => UserLanguage.Pick($"Dashboard: {path}", $"Dashboard: {path}");

    public static string None => UserLanguage.Pick("(none)", "(keine)");
}
