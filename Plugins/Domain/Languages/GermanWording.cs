using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;

namespace CrmLeadSla.Plugins.Domain.Languages
{
    /// <summary>
    /// Every text in German, in the white paper's terms (Lead-Übergabe, Annahme, Ablehnungsgrund, Nurturing,
    /// Reaktivierung, Erstkontakt) and addressing the reader as "Sie". Names users know (stages, fields) are the
    /// solution's German labels. After a colon a whole sentence starts with a capital, as German writes it.
    /// </summary>
    internal static class GermanWording
    {
        /// <summary>Numbers and dates as German writes them: "1.234,5", "30.03.2026", "15:00 Uhr" (the "Uhr" is in the templates).</summary>
        public static IFormatProvider Format { get; } = GermanFormat();

        /// <summary>The templates by key.</summary>
        public static IReadOnlyDictionary<TextKey, string> Texts { get; } = new ReadOnlyDictionary<TextKey, string>(new Dictionary<TextKey, string>
        {
            [TextKey.ListOr] = "{0} oder {1}",
            [TextKey.FieldNamed] = "{0} ({1})",

            [TextKey.StageInquiry] = "Anfrage",
            [TextKey.StageMql] = "MQL",
            [TextKey.StageSal] = "SAL",
            [TextKey.StageSql] = "SQL",
            [TextKey.StageWon] = "Gewonnen",
            [TextKey.StageNurture] = "Nurturing",
            [TextKey.StageDisqualified] = "Disqualifiziert",
            [TextKey.StageExcluded] = "Ausgeschlossen",
            [TextKey.ActorSystem] = "Das System",
            [TextKey.ActorMarketing] = "Das Marketing",
            [TextKey.ActorSales] = "Der Vertrieb",
            [TextKey.ActorSystemInSentence] = "das System",
            [TextKey.ActorMarketingInSentence] = "das Marketing",
            [TextKey.ActorSalesInSentence] = "der Vertrieb",

            [TextKey.MoveRefused] = "{0} kann einen Lead nicht von {1} nach {2} verschieben: {3}. {4}.",
            [TextKey.OnlyActorsMayMove] = "Diesen Schritt darf nur {0} ausführen, und zwar wenn {1}",

            [TextKey.WhenScoringHandsOver] = "der Lead die Einstufung und die Verhaltensschwelle des Bewertungsmodells erreicht",
            [TextKey.HowScoringHandsOver] = "Überlassen Sie die Lead-Übergabe der Bewertung, oder bitten Sie das Marketing darum",
            [TextKey.WhenMarketingHandsOver] = "das Marketing den Lead an den Vertrieb übergibt",
            [TextKey.HowMarketingHandsOver] = "Bitten Sie das Marketing um die Lead-Übergabe",
            [TextKey.WhenMarketingKeepsNurturing] = "das Marketing den Lead prüft und ihn weiter im Nurturing betreut, statt ihn zu übergeben",
            [TextKey.HowMarketingKeepsNurturing] = "Bitten Sie das Marketing, den Lead zu prüfen",
            [TextKey.WhenSalesAccepts] = "der Vertrieb den übergebenen Lead annimmt",
            [TextKey.HowSalesAccepts] = "Bitten Sie den zuständigen Vertriebsmitarbeiter um die Annahme des Leads",
            [TextKey.WhenSalesRejectsToNurture] = "der Vertrieb den Lead mit einem vereinbarten Ablehnungsgrund ablehnt, der ihn ins Nurturing zurückgibt",
            [TextKey.WhenSalesRejectsToDisqualified] = "der Vertrieb den Lead mit einem vereinbarten Ablehnungsgrund ablehnt, der ihn disqualifiziert",
            [TextKey.HowSalesRejects] = "Bitten Sie den zuständigen Vertriebsmitarbeiter, den Lead mit einem vereinbarten Ablehnungsgrund abzulehnen",
            [TextKey.WhenSalesQualifies] = "der Vertrieb den Lead qualifiziert und eine Verkaufschance entsteht",
            [TextKey.HowSalesQualifies] = "Bitten Sie den zuständigen Vertriebsmitarbeiter, den Lead zu qualifizieren",
            [TextKey.WhenSalesReturns] = "der Vertrieb den angenommenen Lead mit einem vereinbarten Grund ins Nurturing zurückgibt",
            [TextKey.HowSalesReturns] = "Bitten Sie den zuständigen Vertriebsmitarbeiter, den Lead mit einem vereinbarten Grund ins Nurturing zurückzugeben",
            [TextKey.WhenOpportunityWon] = "die Verkaufschance des Leads gewonnen ist",
            [TextKey.HowOpportunityWon] = "Schließen Sie die Verkaufschance des Leads als gewonnen; der Lead folgt",
            [TextKey.WhenOpportunityLost] = "die Verkaufschance des Leads verloren ist",
            [TextKey.HowOpportunityLost] = "Schließen Sie die Verkaufschance des Leads als verloren; der Lead folgt",
            [TextKey.WhenReactivationDue] = "das Datum der Reaktivierung des Leads erreicht ist",
            [TextKey.HowReactivationDue] = "Warten Sie das Datum der Reaktivierung ab",
            [TextKey.WhenBehaviourRequalifies] = "das Verhalten des Leads die Schwelle des Bewertungsmodells wieder erreicht",
            [TextKey.HowBehaviourRequalifies] = "Warten Sie, bis das Verhalten des Leads ihn wieder qualifiziert",
            [TextKey.WhenExclusionRuleMatches] = "eine Ausschlussregel (Bestandskunde, Wettbewerber, Partner, eigene Mitarbeiter) auf den Lead zutrifft",
            [TextKey.HowExclusionRuleMatches] = "Bitten Sie einen Administrator, eine Ausschlussregel anzulegen, die auf den Lead zutrifft",

            [TextKey.AlreadyAtStage] = "Der Lead steht bereits auf {0}",
            [TextKey.NothingToDo] = "Es ist nichts zu tun",
            [TextKey.WonIsFinal] = "Ein gewonnener Lead ist abgeschlossen",
            [TextKey.WonIsFinalInstead] = "Legen Sie für neues Geschäft mit diesem Kunden einen neuen Lead oder eine neue Verkaufschance an",
            [TextKey.DisqualifiedIsFinal] = "Ein disqualifizierter Lead ist abgeschlossen",
            [TextKey.DisqualifiedIsFinalInstead] = "Legen Sie einen neuen Lead an, wenn der Interessent mit echtem Bedarf zurückkommt",
            [TextKey.ExcludedForGood] = "Ein ausgeschlossener Lead bleibt endgültig außerhalb des Prozesses",
            [TextKey.ExcludedForGoodInstead] = "Wurde er irrtümlich ausgeschlossen, bitten Sie einen Administrator, die Ausschlussregeln zu korrigieren, und legen Sie den Lead neu an",
            [TextKey.NoWayBackToInquiry] = "Ein übergebener Lead geht nicht zurück auf Anfrage, auch wenn seine Bewertung sinkt",
            [TextKey.NoWayBackToInquiryInstead] = "Bitten Sie den Vertrieb, ihn anzunehmen oder mit einem vereinbarten Ablehnungsgrund abzulehnen",
            [TextKey.AcceptBeforeQualifying] = "Der Vertrieb muss einen Lead annehmen, bevor er ihn qualifiziert",
            [TextKey.AcceptBeforeQualifyingInstead] = "Nehmen Sie den Lead zuerst an, und qualifizieren Sie ihn dann",
            [TextKey.AcceptedOnlyReturned] = "Einen angenommenen Lead kann der Vertrieb nur ins Nurturing zurückgeben",
            [TextKey.AcceptedOnlyReturnedInstead] = "Geben Sie ihn mit einem vereinbarten Grund ins Nurturing zurück",
            [TextKey.WonOnlyThroughOpportunity] = "Ein Lead ist erst gewonnen, wenn seine Verkaufschance gewonnen ist",
            [TextKey.WonOnlyThroughOpportunityInstead] = "Qualifizieren Sie den Lead zuerst; wird seine Verkaufschance gewonnen, folgt der Lead",
            [TextKey.HandOverBeforeAccepting] = "Ein Lead muss als MQL übergeben sein, bevor der Vertrieb ihn annehmen kann",
            [TextKey.HandOverBeforeAcceptingInstead] = "Warten Sie auf die Lead-Übergabe durch das Marketing, oder bitten Sie das Marketing darum",
            [TextKey.NoSuchStep] = "Diesen Schritt gibt es im Trichter nicht",
            [TextKey.MovesFromStage] = "Von {0} kann ein Lead nach {1} wechseln",

            [TextKey.NotQualified] = "Der Lead ist nicht qualifiziert, also gibt es keine Verkaufschance",
            [TextKey.NotQualifiedInstead] = "Qualifizieren Sie den Lead; mit seiner Verkaufschance wechselt er nach SQL",
            [TextKey.NoExclusionReason] = "Es wurde kein Ausschlussgrund angegeben",
            [TextKey.NoExclusionReasonInstead] = "Schließen Sie Leads über eine Ausschlussregel aus; sie hält den Grund fest",
            [TextKey.MqlCriteriaNotMet] = "Der Lead erreicht die Einstufung und die Verhaltensschwelle des Bewertungsmodells noch nicht",
            [TextKey.MqlCriteriaNotMetInstead] = "Lassen Sie die Bewertung weiterlaufen, oder bitten Sie das Marketing um die Lead-Übergabe",
            [TextKey.RequalificationNotMet] = "Das Verhalten des Leads erreicht die Schwelle des Bewertungsmodells noch nicht wieder",
            [TextKey.RequalificationNotMetInstead] = "Warten Sie auf das Datum seiner Reaktivierung oder auf weitere Aktivität",
            [TextKey.ExcludedNeverHandedOver] = "Der Lead ist vom Prozess ausgeschlossen ({0}), und ausgeschlossene Leads werden nie übergeben",
            [TextKey.ExcludedNeverHandedOverInstead] = "Lassen Sie ihn außerhalb des Trichters, oder bitten Sie einen Administrator, die Ausschlussregeln zu korrigieren, falls er nicht ausgeschlossen sein soll",
            [TextKey.NoRejectionReason] = "Es wurde kein vereinbarter Ablehnungsgrund angegeben",
            [TextKey.NoRejectionReasonInstead] = "Wählen Sie im Feld {0} einen der vereinbarten Ablehnungsgründe",
            [TextKey.ReasonNoLongerAgreed] = "Der Ablehnungsgrund „{0}“ ist nicht mehr vereinbart",
            [TextKey.ReasonNoLongerAgreedInstead] = "Wählen Sie einen aktiven vereinbarten Grund",
            [TextKey.ReasonRequiresComment] = "Der Ablehnungsgrund „{0}“ verlangt einen Kommentar",
            [TextKey.ReasonRequiresCommentInstead] = "Begründen Sie die Entscheidung im Feld {0}",
            [TextKey.ReasonDisqualifies] = "Der Ablehnungsgrund „{0}“ disqualifiziert den Lead",
            [TextKey.ReasonDisqualifiesRejectInstead] = "Verschieben Sie ihn nach Disqualifiziert, oder wählen Sie einen Grund, der ihn ins Nurturing zurückgibt",
            [TextKey.ReasonDisqualifiesReturnInstead] = "Wählen Sie einen Grund, der ihn ins Nurturing zurückgibt; ein angenommener Lead kann nicht disqualifiziert werden",
            [TextKey.ReasonReturnsToNurturing] = "Der Ablehnungsgrund „{0}“ gibt den Lead ins Nurturing zurück",
            [TextKey.ReasonReturnsToNurturingInstead] = "Verschieben Sie ihn nach Nurturing, oder wählen Sie einen Grund, der ihn disqualifiziert",
            [TextKey.NoReactivationDate] = "Der Lead hat kein Datum für die Reaktivierung",
            [TextKey.NoReactivationDateInstead] = "Warten Sie, bis sein Verhalten ihn wieder qualifiziert",
            [TextKey.DueBackOn] = "Der Lead kommt erst am {0:dd.MM.yyyy} zurück",
            [TextKey.DueBackOnInstead] = "Warten Sie bis dahin oder bis sein Verhalten ihn wieder qualifiziert",
            [TextKey.ReasonNotListed] = "Der Ablehnungsgrund „{0}“ gehört nicht zu den Gründen der Vereinbarung „{1}“",
            [TextKey.ReasonNotListedInstead] = "Wählen Sie einen Grund, den die Vereinbarung nennt, oder bitten Sie einen Administrator, ihn in die Vereinbarung aufzunehmen",

            [TextKey.ExcludedByTrait] = "{0} (gekennzeichnet als {1})",
            [TextKey.ExcludedByEmailDomain] = "{0} (E-Mail-Domäne {1})",
            [TextKey.TraitExistingCustomer] = "Bestandskunde",
            [TextKey.TraitCompetitor] = "Wettbewerber",
            [TextKey.TraitPartner] = "Partner",
            [TextKey.TraitOwnStaff] = "eigene Mitarbeiter",

            [TextKey.HandOverWithoutAgreement] = "Der Lead kann nicht übergeben werden: Er nennt keine {0}, und bei keiner aktiven Vereinbarung steht das Feld {1} auf Ja. Wählen Sie die Vereinbarung des Leads, oder bitten Sie einen Administrator, eine Vereinbarung als Standard zu markieren.",
            [TextKey.StepWithoutImage] = "Der Schritt des Trichters ist ohne sein Abbild „{0}“ registriert. Bitten Sie einen Administrator, die Lead-SLA-Lösung erneut zu importieren.",
            [TextKey.CustomerWaitRefused] = "Nur der Besitzer des Leads oder ein Administrator kann {0} ändern: Die Spalte hält die SLA-Fristen des Besitzers an und lässt sie weiterlaufen. Bitten Sie den Besitzer des Leads darum, oder lassen Sie sich den Lead zuerst zuweisen.",
            [TextKey.MeasuredColumnsRefused] = "{0} kann {1} nicht ändern: Diese Spalten messen die Vereinbarung, daher schreibt sie nur die Lösung. Lassen Sie sie, wie sie sind; ein Administrator kann sie korrigieren, und die Korrektur wird im Verlauf des Leads festgehalten.",

            [TextKey.BehaviourHistoryChangeRefused] = "{0} kann eine Interaktion eines bereits übergebenen Leads nicht ändern: Das Verhalten, nach dem der Lead bewertet wurde, bleibt ab der Übergabe, wie es war. Erfassen Sie stattdessen eine neue Interaktion; ein Administrator kann diese korrigieren, und die Korrektur wird im Verlauf des Leads festgehalten.",
            [TextKey.BehaviourHistoryDeleteRefused] = "{0} kann eine Interaktion eines bereits übergebenen Leads nicht löschen: Das Verhalten, nach dem der Lead bewertet wurde, bleibt ab der Übergabe, wie es war. Lassen Sie sie, wie sie ist; ein Administrator kann sie korrigieren, und die Korrektur wird im Verlauf des Leads festgehalten.",

            [TextKey.StepCouldNotComplete] = "{0} konnte nicht abgeschlossen werden: {1}",
            [TextKey.StepFailedUnexpectedly] = "{0} ist unerwartet fehlgeschlagen ({1}). Es wurde nichts gespeichert; versuchen Sie es erneut, oder nennen Sie Ihrem Administrator die Korrelations-ID {2}.",

            [TextKey.ClockHandOver] = "Lead-Übergabe",
            [TextKey.ClockAccept] = "Annahme",
            [TextKey.ClockFirstContact] = "Erstkontakt",
            [TextKey.ClockQualify] = "Qualifizierung",
            [TextKey.ClockHandOverInSentence] = "die Lead-Übergabe",
            [TextKey.ClockAcceptInSentence] = "die Annahme",
            [TextKey.ClockFirstContactInSentence] = "den Erstkontakt",
            [TextKey.ClockQualifyInSentence] = "die Qualifizierung",
            [TextKey.EscalationSubject] = "SLA verletzt: {0} für {1}",
            [TextKey.EscalationDescription] = "Die Frist für {0} aus der Vereinbarung „{1}“ ist am {2:dd.MM.yyyy} um {2:HH:mm} Uhr ({3}) abgelaufen. {4} ist dafür verantwortlich: {5}",
            [TextKey.EscalationHandOverNow] = "Übergeben Sie den Lead jetzt an den Vertrieb.",
            [TextKey.EscalationAcceptNow] = "Nehmen Sie den Lead jetzt an, oder lehnen Sie ihn mit einem vereinbarten Ablehnungsgrund ab.",
            [TextKey.EscalationContactNow] = "Nehmen Sie jetzt den Erstkontakt mit dem Lead auf.",
            [TextKey.EscalationQualifyNow] = "Qualifizieren Sie den Lead jetzt, oder geben Sie ihn mit einem vereinbarten Grund ins Nurturing zurück.",

            [TextKey.AgreementGone] = "Die SLA-Vereinbarung {0} existiert nicht mehr. Wählen Sie eine andere Vereinbarung für den Lead, oder bitten Sie einen Administrator, sie wiederherzustellen.",
            [TextKey.AgreementHoursUnsound] = "Die SLA-Vereinbarung „{0}“ kann erst verwendet werden, wenn ihre Geschäftszeiten korrigiert sind:{1}",
            [TextKey.CalendarNoWorkingDay] = "Die Vereinbarung hat keinen Arbeitstag, also könnte nie eine Frist fällig werden. Wählen Sie im Feld {0} mindestens einen Tag (z. B. Montag bis Freitag).",
            [TextKey.CalendarEndsBeforeStart] = "Der Geschäftstag endet ({0} Uhr), bevor oder wenn er beginnt ({1} Uhr); Geschäftszeiten über Mitternacht hinweg werden nicht unterstützt. Geben Sie im Feld {2} eine spätere Zeit desselben Tages an als im Feld {3}.",
            [TextKey.CalendarNoStart] = "Der Geschäftstag hat keinen Beginn. Geben Sie im Feld {0} die Minuten nach Mitternacht an (z. B. {1} für {2} Uhr).",
            [TextKey.CalendarNoEnd] = "Der Geschäftstag hat kein Ende. Geben Sie im Feld {0} die Minuten nach Mitternacht an (z. B. {1} für {2} Uhr).",
            [TextKey.CalendarMinuteOutsideDay] = "Das Feld {0} enthält {1} und liegt damit außerhalb eines Tages. Geben Sie dort einen Wert zwischen 0 und 1440 Minuten nach Mitternacht an (z. B. {2} für {3} Uhr).",
            [TextKey.CalendarNoTimeZone] = "Die Vereinbarung hat keine Zeitzone für ihre Geschäftszeiten. Geben Sie im Feld {0} eine Windows-Zeitzonen-ID wie „W. Europe Standard Time“ an.",
            [TextKey.CalendarUnknownTimeZone] = "Die Zeitzone „{0}“ im Feld {1} ist auf diesem Server unbekannt. Geben Sie dort eine Windows-Zeitzonen-ID wie „W. Europe Standard Time“ oder „Pacific Standard Time“ an.",
            [TextKey.NegativeBusinessHours] = "Das Argument „Business hours“ ist {0}; eine Frist kann keine negative Zeit einräumen. Geben Sie 0 oder mehr Geschäftsstunden an.",
            [TextKey.ComplianceCheckWithoutSubject] = "Die Prüfung der SLA-Einhaltung braucht einen Lead, eine SLA-Vereinbarung oder beides. Setzen Sie im Workflow-Schritt das Argument „Lead“ oder „SLA agreement“.",
            [TextKey.PageBoundsOutOfRange] = "„Leads per page“ ist {0} und „Pages per run“ {1}. Setzen Sie „Leads per page“ auf einen Wert zwischen 1 und 5000 und „Pages per run“ auf 1 oder mehr.",
            [TextKey.LeadWithoutAgreement] = "Der Lead „{0}“ hat keine SLA-Vereinbarung, also sind seine Fristen und vereinbarten Ablehnungsgründe unbekannt. Setzen Sie das Feld {1} des Leads, und führen Sie den Workflow dann erneut aus.",
            [TextKey.PluginServiceMissing] = "Die Plattform hat dem Plug-in {0} nicht bereitgestellt.",
            [TextKey.ActivityServiceMissing] = "Der Workflow hat der Aktivität {0} nicht bereitgestellt.",
            [TextKey.StepSettingUnknown] = "Die Schrittkonfiguration enthält die unbekannte Einstellung „{0}“; bekannt sind leadscoringstep, pagesize und pagesperrun.",
            [TextKey.StepSettingNotPositive] = "Die Einstellung „{0}“ der Schrittkonfiguration muss eine ganze Zahl größer als 0 sein, nicht „{1}“.",
            [TextKey.StepSettingNotAnId] = "Die Einstellung „{0}“ der Schrittkonfiguration muss die ID des Schritts der Lead-Bewertung sein, z. B. 5f1c2a3b-0000-0000-0000-000000000001, nicht „{1}“.",

            [TextKey.ExplanationFit] = "Eignung",
            [TextKey.ExplanationNoRuleMatched] = "keine Regel hat gegriffen",
            [TextKey.ExplanationBehaviour] = "Verhalten",
            [TextKey.ExplanationNoInteractionCounts] = "keine Interaktion zählt",

            [TextKey.RuleCannotBeSaved] = "Die Bewertungsregel kann nicht gespeichert werden. Bitte korrigieren Sie:{0}",
            [TextKey.ModelCannotBeSaved] = "Das Bewertungsmodell kann nicht gespeichert werden. Bitte korrigieren Sie:{0}",
            [TextKey.ActiveModelCannotScore] = "Das aktive Bewertungsmodell „{0}“ kann keine Leads bewerten. Korrigieren Sie die Einstellungen des Modells, oder deaktivieren Sie es:{1}",
            [TextKey.SecondActiveModel] = "Deaktivieren Sie zuerst das Modell „{0}“: Es kann immer nur ein Bewertungsmodell aktiv sein. Setzen Sie danach {1} bei diesem Modell auf Ja, oder speichern Sie dieses Modell mit {1} auf Nein.",
            [TextKey.TooManyActiveRules] = "Das Bewertungsmodell hat bereits {0} aktive Regeln, mehr darf ein Modell nicht haben ({1}). Deaktivieren oder löschen Sie zuerst eine Regel des Modells, oder speichern Sie diese Regel mit {2} auf Nein.",
            [TextKey.GradeANotAboveB] = "Die Einstufung A braucht mehr Eignungspunkte als B: Die Schwelle für A ({0}) liegt nicht über der Schwelle für B ({1}). Geben Sie im Feld {2} eine Zahl über {1} ein.",
            [TextKey.GradeBNotAboveC] = "Die Einstufung B braucht mehr Eignungspunkte als C: Die Schwelle für B ({0}) liegt nicht über der Schwelle für C ({1}). Geben Sie im Feld {2} eine Zahl über {1} ein.",
            [TextKey.NegativeHalfLife] = "Die Halbwertszeit kann nicht negativ sein (sie ist {0}). Geben Sie im Feld {1} die Tage ein, nach denen sich die Verhaltenspunkte halbieren, oder 0 für keinen Verfall.",
            [TextKey.NegativeMqlThreshold] = "Die MQL-Schwelle kann nicht negativ sein (sie ist {0}). Geben Sie im Feld {1} die Verhaltenspunkte ein, die ein Lead braucht, z. B. 50.",
            [TextKey.RuleWithoutName] = "Die Regel hat keinen Namen, den die Erläuterung der Bewertung aber zeigt. Geben Sie im Feld {0} einen Namen ein.",
            [TextKey.FitRuleTakesNoCap] = "Eine Eignungsregel gibt ihre Punkte nur einmal und hat deshalb keine Obergrenze. Leeren Sie das Feld {0}.",
            [TextKey.FitRuleWithoutAttribute] = "Eine Eignungsregel prüft eine Spalte des Leads. Geben Sie im Feld {0} den logischen Namen der Spalte ein, z. B. jobtitle.",
            [TextKey.BehaviourRuleWithoutType] = "Eine Verhaltensregel zählt eine Art von Interaktion. Wählen Sie sie im Feld {0}.",
            [TextKey.NotAnInteractionType] = "{0} ist kein Interaktionstyp. Wählen Sie einen im Feld {1}.",
            [TextKey.NegativeCap] = "Die Obergrenze kann nicht negativ sein (sie ist {0}). Geben Sie im Feld {1} 0 oder mehr ein, oder lassen Sie es für keine Obergrenze leer.",
            [TextKey.LeadHasNoColumn] = "Der Lead hat keine Spalte „{0}“. Geben Sie im Feld {1} den logischen Namen einer seiner Spalten ein, z. B. jobtitle.",
            [TextKey.InteractionHasNoColumn] = "Die Interaktion hat keine Spalte „{0}“. Geben Sie im Feld {1} den logischen Namen einer ihrer Spalten ein, z. B. lsla_url, oder lassen Sie es leer, damit jede Interaktion des Typs zählt.",
            [TextKey.RuleWithoutOperator] = "Die Regel hat keinen Operator. Wählen Sie im Feld {1}, wie „{0}“ verglichen wird.",
            [TextKey.OperatorDoesNotFit] = "Der Operator „{0}“ passt nicht zu „{1}“, einer Spalte vom Typ {2}. Wählen Sie im Feld {4} {3}.",
            [TextKey.OneOfOperators] = "einen dieser Operatoren: {0}",
            [TextKey.NothingToCompare] = "Die Regel hat keinen Vergleichswert. Geben Sie den Text im Feld {0} ein.",
            [TextKey.EmptyList] = "Die Liste im Feld {0} ist leer. Geben Sie die Einträge durch Semikolons getrennt ein, z. B. {1}.",
            [TextKey.NoNumber] = "Die Regel hat keine Vergleichszahl. Geben Sie im Feld {0} eine Zahl ein, z. B. 250000.",
            [TextKey.NoLowerBound] = "Zwischen braucht eine Untergrenze. Geben Sie im Feld {0} die kleinste Zahl ein, die zählt, z. B. 200.",
            [TextKey.NoUpperBound] = "Zwischen braucht eine Obergrenze. Geben Sie im Feld {0} die größte Zahl ein, die zählt, z. B. 1000.",
            [TextKey.NotANumber] = "{0}: „{1}“ ist keine Zahl. Geben Sie im Feld {3} eine Zahl ein, z. B. {2}.",
            [TextKey.LowerAboveUpper] = "Die Untergrenze {0} ist größer als die Obergrenze {1}. Geben Sie die kleinere Zahl im Feld {2} und die größere im Feld {3} ein.",
            [TextKey.NoOption] = "Die Regel hat keine Vergleichsoption. Geben Sie im Feld {1} einen Optionswert ein, z. B. {0}.",
            [TextKey.NotAnOptionValue] = "Der Wert „{0}“ ist kein Optionswert. Geben Sie im Feld {2} die Zahl einer Option ein, z. B. {1}.",
            [TextKey.NotAnOptionOf] = "Der Optionswert {0} ist keine Option von „{1}“. Geben Sie im Feld {3} einen dieser Werte ein: {2}.",
            [TextKey.NotYesOrNo] = "Der Wert „{0}“ ist weder Ja noch Nein. Geben Sie im Feld {1} true oder false ein.",
            [TextKey.NotARecordId] = "Der Wert „{0}“ ist keine Datensatz-ID. Geben Sie im Feld {1} die ID des Datensatzes ein, z. B. 5f1c2a3b-0000-0000-0000-000000000001.",
            [TextKey.ColumnValueUnreadable] = "Die Bewertung kann einen Spaltenwert vom Typ {0} nicht lesen. Entfernen Sie die Regel, die diese Spalte liest, oder bitten Sie Ihren Administrator, die Bewertung zu erweitern.",

            [TextKey.OperatorEquals] = "Gleich",
            [TextKey.OperatorDoesNotEqual] = "Ungleich",
            [TextKey.OperatorContains] = "Enthält",
            [TextKey.OperatorDoesNotContain] = "Enthält nicht",
            [TextKey.OperatorBeginsWith] = "Beginnt mit",
            [TextKey.OperatorEndsWith] = "Endet mit",
            [TextKey.OperatorInList] = "In Liste",
            [TextKey.OperatorNotInList] = "Nicht in Liste",
            [TextKey.OperatorContainsAnyKeyword] = "Enthält eines der Stichwörter",
            [TextKey.OperatorGreaterThan] = "Größer als",
            [TextKey.OperatorGreaterThanOrEqual] = "Größer oder gleich",
            [TextKey.OperatorLessThan] = "Kleiner als",
            [TextKey.OperatorLessThanOrEqual] = "Kleiner oder gleich",
            [TextKey.OperatorBetween] = "Zwischen",
            [TextKey.OperatorIsSet] = "Ist gesetzt",
            [TextKey.OperatorIsNotSet] = "Ist nicht gesetzt",
            [TextKey.OperatorEmailDomainInList] = "E-Mail-Domäne in Liste",
            [TextKey.OperatorEmailDomainNotInList] = "E-Mail-Domäne nicht in Liste",
            [TextKey.KindText] = "Text",
            [TextKey.KindNumber] = "Zahl",
            [TextKey.KindChoice] = "Auswahl",
            [TextKey.KindChoices] = "Mehrfachauswahl",
            [TextKey.KindYesNo] = "Ja/Nein",
            [TextKey.KindLookup] = "Nachschlagen",
            [TextKey.KindDateTime] = "Datum und Uhrzeit",
            [TextKey.UnknownOption] = "{0}",

            [TextKey.LabelLeadRejectionReason] = "Ablehnungsgrund",
            [TextKey.LabelLeadRejectionComment] = "Ablehnungskommentar",
            [TextKey.LabelLeadSlaAgreement] = "SLA-Vereinbarung",
            [TextKey.LabelLeadHandedOverOn] = "Übergeben am",
            [TextKey.LabelLeadAcceptDueOn] = "Annahme fällig am",
            [TextKey.LabelLeadFirstContactDueOn] = "Erstkontakt fällig am",
            [TextKey.LabelLeadHandOverDueOn] = "Übergabe fällig am",
            [TextKey.LabelLeadSlaStatus] = "SLA-Status",
            [TextKey.LabelLeadStageChangedOn] = "Phase geändert am",
            [TextKey.LabelLeadExcluded] = "Ausgenommen",
            [TextKey.LabelLeadExclusionReason] = "Ausnahmegrund",
            [TextKey.LabelLeadReactivateOn] = "Reaktivieren am",
            [TextKey.LabelLeadWaitingOnCustomer] = "Wartet auf den Kunden",
            [TextKey.LabelAgreementIsDefault] = "Ist Standard",
            [TextKey.LabelAgreementTimeZone] = "Zeitzone",
            [TextKey.LabelAgreementWorkdayStart] = "Arbeitsbeginn",
            [TextKey.LabelAgreementWorkdayEnd] = "Arbeitsende",
            [TextKey.LabelAgreementWorkingDays] = "Arbeitstage",
            [TextKey.LabelRuleName] = "Name",
            [TextKey.LabelRuleAttribute] = "Attribut",
            [TextKey.LabelRuleOperator] = "Operator",
            [TextKey.LabelRuleValue] = "Wert",
            [TextKey.LabelRuleValueTo] = "Wert bis",
            [TextKey.LabelRuleInteractionType] = "Interaktionstyp",
            [TextKey.LabelRuleMaxPoints] = "Höchstpunktzahl",
            [TextKey.LabelRuleIsActive] = "Ist aktiv",
            [TextKey.LabelModelIsActive] = "Ist aktiv",
            [TextKey.LabelGradeAThreshold] = "Schwelle für A",
            [TextKey.LabelGradeBThreshold] = "Schwelle für B",
            [TextKey.LabelMqlThreshold] = "MQL-Schwelle",
            [TextKey.LabelDecayHalfLifeDays] = "Halbwertszeit (Tage)",
        });

        // The invariant culture with German separators, patterns and names: the same on every server.
        private static CultureInfo GermanFormat()
        {
            var format = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            format.NumberFormat.NumberDecimalSeparator = ",";
            format.NumberFormat.NumberGroupSeparator = ".";
            format.NumberFormat.PercentDecimalSeparator = ",";
            format.NumberFormat.PercentGroupSeparator = ".";
            var dates = format.DateTimeFormat;
            dates.ShortDatePattern = "dd.MM.yyyy";
            dates.LongDatePattern = "d. MMMM yyyy";
            dates.ShortTimePattern = "HH:mm";
            dates.LongTimePattern = "HH:mm:ss";
            dates.AMDesignator = string.Empty;
            dates.PMDesignator = string.Empty;
            dates.MonthNames = new[] { "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember", string.Empty };
            dates.MonthGenitiveNames = dates.MonthNames;
            dates.AbbreviatedMonthNames = new[] { "Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez", string.Empty };
            dates.AbbreviatedMonthGenitiveNames = dates.AbbreviatedMonthNames;
            dates.DayNames = new[] { "Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag" };
            dates.AbbreviatedDayNames = new[] { "So", "Mo", "Di", "Mi", "Do", "Fr", "Sa" };
            return CultureInfo.ReadOnly(format);
        }
    }
}
