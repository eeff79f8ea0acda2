//! Every string the interface shows, in all five languages. A table instead of an i18n crate:
//! the macro makes a missing translation a compile error, and it costs the bundle nothing
//! beyond the strings themselves. Coaching messages live with their rules in `coach`.

use crate::coach::Lang;

macro_rules! texts {
    ($name:ident { $($key:ident => [$en:expr, $sv:expr, $de:expr, $nb:expr, $nl:expr $(,)?],)* }) => {
        /// An interface text in the five languages, joined for [`Lang::pick`].
        ///
        /// A constant per text rather than an enum indexing one table: a bundle links only the
        /// texts its code names (the Follow-up bundle carried all 360 in five languages; taking
        /// out the rest saved about 23 kB gzipped), and a text costs no (pointer, length) row
        /// per language.
        #[derive(Clone, Copy, PartialEq, Eq)]
        pub struct $name(&'static str);

        #[allow(non_upper_case_globals)]
        impl $name {
            $(pub const $key: $name =
                $name(concat!($en, "\u{1f}", $sv, "\u{1f}", $de, "\u{1f}", $nb, "\u{1f}", $nl));)*

            pub const ALL: &'static [$name] = &[$($name::$key,)*];
        }

        impl Translated for $name {
            fn in_lang(self, lang: Lang) -> &'static str {
                lang.pick(self.0)
            }
        }

        /// The English text: what a failed test names.
        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(Lang::En.pick(self.0))
            }
        }
    };
}

/// A table of interface texts. There are two, so that the practice bundle's texts are not in the
/// app's bundle and the other way round: a table the code never reads is left out of the build.
pub trait Translated: Copy {
    fn in_lang(self, lang: Lang) -> &'static str;
}

pub fn t(lang: Lang, text: impl Translated) -> &'static str {
    text.in_lang(lang)
}

texts! { Text {
    TabToday => ["Today", "Idag", "Heute", "I dag", "Vandaag"],
    TabFollowUp => ["Follow-up", "Uppföljning", "Nachfassen", "Oppfølging", "Opvolging"],
    TabOpener => ["Opener", "Öppning", "Gesprächseinstieg", "Åpning", "Opening"],
    TabPractice => ["Practice", "Träna", "Üben", "Øv", "Oefenen"],
    TabSettings => ["Settings", "Inställningar", "Einstellungen", "Innstillinger", "Instellingen"],
    Tagline => [
        "Your coach before the call",
        "Din coach inför samtalet",
        "Ihr Coach vor dem Anruf",
        "Din coach før samtalen",
        "Je coach voor het gesprek",
    ],
    SettingsLanguageHeading => ["Language", "Språk", "Sprache", "Språk", "Taal"],
    InterfaceLanguage => [
        "Interface language",
        "Gränssnittets språk",
        "Sprache der Oberfläche",
        "Språk i grensesnittet",
        "Taal van de interface",
    ],
    BrowserLanguage => [
        "Same as the browser",
        "Samma som webbläsaren",
        "Wie im Browser",
        "Samme som nettleseren",
        "Zelfde als de browser",
    ],
    ProfileHeading => ["Your profile", "Din profil", "Ihr Profil", "Din profil", "Je profiel"],
    Experience => ["Experience", "Erfarenhet", "Erfahrung", "Erfaring", "Ervaring"],
    ExperienceNew => [
        "New to sales",
        "Ny som säljare",
        "Neu im Vertrieb",
        "Ny som selger",
        "Nieuw in sales",
    ],
    ExperienceExperienced => [
        "Experienced",
        "Erfaren",
        "Erfahren",
        "Erfaren",
        "Ervaren",
    ],
    Product => ["What you sell", "Vad du säljer", "Was Sie verkaufen", "Hva du selger", "Wat je verkoopt"],
    ProductVolume => [
        "A volume product (phone plans, electricity, …)",
        "En volymprodukt (mobilabonnemang, el, …)",
        "Ein Massenprodukt (Handyverträge, Strom, …)",
        "Et volumprodukt (mobilabonnement, strøm, …)",
        "Een volumeproduct (telefoonabonnementen, energie, …)",
    ],
    ProductConsidered => [
        "A considered purchase (several talks before a decision)",
        "Ett övervägt köp (flera samtal före beslut)",
        "Eine überlegte Anschaffung (mehrere Gespräche vor der Entscheidung)",
        "Et gjennomtenkt kjøp (flere samtaler før en beslutning)",
        "Een weloverwogen aankoop (meerdere gesprekken voor een besluit)",
    ],
    StopRuleHeading => [
        "When to let a lead go (L1)",
        "När du släpper ett lead (L1)",
        "Wann Sie einen Lead loslassen (L1)",
        "Når du slipper et lead (L1)",
        "Wanneer je een lead loslaat (L1)",
    ],
    StopRuleHelp => [
        "Decide in advance how many unanswered attempts a lead gets. Some trainers stop after two or three; research on fresh inbound leads found six or more attempts worth making.",
        "Bestäm i förväg hur många obesvarade försök ett lead får. Vissa tränare slutar efter två eller tre; forskning om färska inkommande leads visar att sex försök eller fler lönar sig.",
        "Legen Sie vorher fest, wie viele unbeantwortete Versuche ein Lead bekommt. Manche Trainer hören nach zwei oder drei auf; Untersuchungen zu frischen Inbound-Leads fanden sechs oder mehr Versuche lohnend.",
        "Bestem på forhånd hvor mange ubesvarte forsøk et lead får. Noen trenere gir seg etter to eller tre; forskning på ferske innkommende leads fant at seks forsøk eller flere lønner seg.",
        "Bepaal vooraf hoeveel onbeantwoorde pogingen een lead krijgt. Sommige trainers stoppen na twee of drie; onderzoek naar verse inbound leads vond zes pogingen of meer de moeite waard.",
    ],
    ColdAttempts => [
        "Unanswered attempts before letting a cold lead go",
        "Obesvarade försök innan du släpper ett kallt lead",
        "Unbeantwortete Versuche, bevor Sie einen kalten Lead loslassen",
        "Ubesvarte forsøk før du slipper et kaldt lead",
        "Onbeantwoorde pogingen voordat je een koude lead loslaat",
    ],
    InboundAttempts => [
        "Unanswered attempts before letting an inbound lead go",
        "Obesvarade försök innan du släpper ett inkommande lead",
        "Unbeantwortete Versuche, bevor Sie einen Inbound-Lead loslassen",
        "Ubesvarte forsøk før du slipper et innkommende lead",
        "Onbeantwoorde pogingen voordat je een inbound lead loslaat",
    ],
    FollowUpHeading => [
        "Follow-up timing (T1)",
        "Tid för uppföljning (T1)",
        "Zeitpunkt zum Nachfassen (T1)",
        "Tidspunkt for oppfølging (T1)",
        "Moment van opvolgen (T1)",
    ],
    FollowUpWindow => [
        "Default follow-up window in days",
        "Standardtid till uppföljning i dagar",
        "Standardfrist bis zum Nachfassen in Tagen",
        "Standard tid til oppfølging i dager",
        "Standaardtermijn voor opvolging in dagen",
    ],
    WorkingHoursFrom => [
        "Working hours from",
        "Arbetstid från",
        "Arbeitszeit von",
        "Arbeidstid fra",
        "Werktijd van",
    ],
    WorkingHoursTo => ["to", "till", "bis", "til", "tot"],
    WorkingHours => ["Working hours", "Arbetstid", "Arbeitszeit", "Arbeidstid", "Werktijd"],
    Saved => ["Saved.", "Sparat.", "Gespeichert.", "Lagret.", "Opgeslagen."],
    ProblemAttempts => [
        "Attempts must be between 1 and 20. Not saved.",
        "Antal försök måste vara mellan 1 och 20. Inte sparat.",
        "Die Versuche müssen zwischen 1 und 20 liegen. Nicht gespeichert.",
        "Antall forsøk må være mellom 1 og 20. Ikke lagret.",
        "Het aantal pogingen moet tussen 1 en 20 liggen. Niet opgeslagen.",
    ],
    ProblemWindow => [
        "The follow-up window must be 1 to 14 days: never more than two weeks (T4). Not saved.",
        "Tiden till uppföljning måste vara 1 till 14 dagar: aldrig mer än två veckor (T4). Inte sparat.",
        "Die Frist muss 1 bis 14 Tage betragen: nie mehr als zwei Wochen (T4). Nicht gespeichert.",
        "Tiden til oppfølging må være 1 til 14 dager: aldri mer enn to uker (T4). Ikke lagret.",
        "De termijn moet 1 tot 14 dagen zijn: nooit meer dan twee weken (T4). Niet opgeslagen.",
    ],
    ProblemHours => [
        "Working hours must start before they end. Not saved.",
        "Arbetstiden måste börja innan den slutar. Inte sparat.",
        "Die Arbeitszeit muss beginnen, bevor sie endet. Nicht gespeichert.",
        "Arbeidstiden må begynne før den slutter. Ikke lagret.",
        "De werktijd moet beginnen voordat hij eindigt. Niet opgeslagen.",
    ],
    ProblemTime => [
        "Enter the time as hours and minutes, such as 09:00. Not saved.",
        "Ange tiden i timmar och minuter, till exempel 09:00. Inte sparat.",
        "Geben Sie die Zeit in Stunden und Minuten an, etwa 09:00. Nicht gespeichert.",
        "Skriv tiden som timer og minutter, for eksempel 09:00. Ikke lagret.",
        "Vul de tijd in als uren en minuten, bijvoorbeeld 09:00. Niet opgeslagen.",
    ],
    NoticeNotPersisted => [
        "This browser blocks storage here, so nothing you enter will be kept after you close the page.",
        "Webbläsaren blockerar lagring här, så inget du skriver sparas när du stänger sidan.",
        "Der Browser blockiert hier die Speicherung, daher bleibt nichts erhalten, wenn Sie die Seite schließen.",
        "Nettleseren blokkerer lagring her, så ingenting du skriver blir tatt vare på når du lukker siden.",
        "De browser blokkeert hier opslag, dus niets wat je invoert blijft bewaard als je de pagina sluit.",
    ],
    NoticeStorageFull => [
        "The browser's storage for this site is full. Your data is shown, but changes cannot be saved until there is room: download a backup (Settings), then free space, for example by clearing other sites' data.",
        "Webbläsarens lagring för den här webbplatsen är full. Dina data visas, men ändringar kan inte sparas förrän det finns plats: ladda ner en säkerhetskopia (Inställningar) och frigör sedan utrymme, till exempel genom att rensa andra webbplatsers data.",
        "Der Speicher des Browsers für diese Website ist voll. Ihre Daten werden angezeigt, aber Änderungen können erst gespeichert werden, wenn wieder Platz ist: Laden Sie eine Sicherung herunter (Einstellungen) und schaffen Sie dann Platz, etwa indem Sie die Daten anderer Websites löschen.",
        "Nettleserens lagring for dette nettstedet er full. Dataene dine vises, men endringer kan ikke lagres før det er plass: last ned en sikkerhetskopi (Innstillinger), og frigjør deretter plass, for eksempel ved å slette data fra andre nettsteder.",
        "De opslag van de browser voor deze site is vol. Je gegevens worden getoond, maar wijzigingen kunnen pas worden opgeslagen als er ruimte is: download een back-up (Instellingen) en maak daarna ruimte vrij, bijvoorbeeld door gegevens van andere sites te wissen.",
    ],
    NoticeSettingReset => [
        "A saved setting was out of range, so its default is used. Check it in Settings:",
        "En sparad inställning låg utanför det tillåtna, så standardvärdet används. Kontrollera den under Inställningar:",
        "Eine gespeicherte Einstellung lag außerhalb des zulässigen Bereichs; es gilt der Standardwert. Prüfen Sie sie unter Einstellungen:",
        "En lagret innstilling var utenfor det tillatte, så standardverdien brukes. Sjekk den under Innstillinger:",
        "Een opgeslagen instelling lag buiten het toegestane bereik; de standaardwaarde wordt gebruikt. Controleer die bij Instellingen:",
    ],
    NoticeCorrupt => [
        "Some saved data could not be read. It was set aside under the key below, and everything else was loaded.",
        "En del sparad data kunde inte läsas. Den lades undan under nyckeln nedan, och allt annat laddades.",
        "Einige gespeicherte Daten waren nicht lesbar. Sie wurden unter dem Schlüssel unten beiseitegelegt; alles andere wurde geladen.",
        "Noe lagret data kunne ikke leses. Det ble lagt til side under nøkkelen nedenfor, og alt annet ble lastet.",
        "Sommige opgeslagen gegevens konden niet worden gelezen. Ze zijn apart gezet onder de sleutel hieronder; al het andere is geladen.",
    ],
    NoticeNewerSchema => [
        "Your data was saved by a newer version of warmcall. It is shown, but changes are not saved, so nothing is overwritten. Reload to get the newer version.",
        "Dina data sparades av en nyare version av warmcall. De visas, men ändringar sparas inte, så inget skrivs över. Ladda om för att få den nyare versionen.",
        "Ihre Daten wurden von einer neueren warmcall-Version gespeichert. Sie werden angezeigt, aber Änderungen werden nicht gespeichert, damit nichts überschrieben wird. Laden Sie neu, um die neuere Version zu erhalten.",
        "Dataene dine ble lagret av en nyere versjon av warmcall. De vises, men endringer lagres ikke, så ingenting blir overskrevet. Last inn på nytt for å få den nyere versjonen.",
        "Je gegevens zijn opgeslagen door een nieuwere versie van warmcall. Ze worden getoond, maar wijzigingen worden niet opgeslagen, zodat niets wordt overschreven. Herlaad om de nieuwere versie te krijgen.",
    ],
    NoticeMigrationFailed => [
        "Your data from an older version could not be upgraded. It is left as it was, and changes are not saved for now.",
        "Dina data från en äldre version kunde inte uppgraderas. De lämnas som de var, och ändringar sparas inte tills vidare.",
        "Ihre Daten aus einer älteren Version konnten nicht aktualisiert werden. Sie bleiben unverändert; Änderungen werden vorerst nicht gespeichert.",
        "Dataene dine fra en eldre versjon kunne ikke oppgraderes. De er latt være som de var, og endringer lagres ikke foreløpig.",
        "Je gegevens uit een oudere versie konden niet worden bijgewerkt. Ze blijven zoals ze waren, en wijzigingen worden voorlopig niet opgeslagen.",
    ],
    SaveFull => [
        "Not saved: the browser's storage for this site is full. Your previous data is intact.",
        "Inte sparat: webbläsarens lagring för den här sidan är full. Dina tidigare data är kvar.",
        "Nicht gespeichert: Der Speicher des Browsers für diese Seite ist voll. Ihre bisherigen Daten sind erhalten.",
        "Ikke lagret: nettleserens lagring for dette nettstedet er full. De tidligere dataene dine er i behold.",
        "Niet opgeslagen: de opslag van de browser voor deze site is vol. Je eerdere gegevens zijn intact.",
    ],
    SaveBlocked => [
        "Not saved: the browser blocked storage.",
        "Inte sparat: webbläsaren blockerade lagringen.",
        "Nicht gespeichert: Der Browser hat die Speicherung blockiert.",
        "Ikke lagret: nettleseren blokkerte lagringen.",
        "Niet opgeslagen: de browser blokkeerde de opslag.",
    ],
    SaveReadOnly => [
        "Not saved: this data belongs to a newer version of warmcall.",
        "Inte sparat: dessa data hör till en nyare version av warmcall.",
        "Nicht gespeichert: Diese Daten gehören zu einer neueren warmcall-Version.",
        "Ikke lagret: disse dataene hører til en nyere versjon av warmcall.",
        "Niet opgeslagen: deze gegevens horen bij een nieuwere versie van warmcall.",
    ],
    SaveMigrationFailed => [
        "Not saved: your older data could not be upgraded, and it is left as it was.",
        "Inte sparat: dina äldre data kunde inte uppgraderas och lämnas som de var.",
        "Nicht gespeichert: Ihre älteren Daten konnten nicht aktualisiert werden und bleiben unverändert.",
        "Ikke lagret: de eldre dataene dine kunne ikke oppgraderes og er latt være som de var.",
        "Niet opgeslagen: je oudere gegevens konden niet worden bijgewerkt en blijven zoals ze waren.",
    ],
    SaveUnreadable => [
        "Not saved: the stored version of this could not be read and is kept as it is, so it is not lost.",
        "Inte sparat: den sparade versionen kunde inte läsas och behålls som den är, så att den inte går förlorad.",
        "Nicht gespeichert: Die gespeicherte Fassung war nicht lesbar und bleibt erhalten, damit nichts verloren geht.",
        "Ikke lagret: den lagrede versjonen kunne ikke leses og beholdes som den er, så den ikke går tapt.",
        "Niet opgeslagen: de opgeslagen versie kon niet worden gelezen en blijft bewaard, zodat ze niet verloren gaat.",
    ],
    NoticeCorruptKept => [
        "Some saved data could not be read, and there was no room to set it aside. It is kept under the key below, and changes to it are not saved until you free some space.",
        "En del sparad data kunde inte läsas, och det fanns inte plats att lägga undan den. Den behålls under nyckeln nedan, och ändringar i den sparas inte förrän du frigör utrymme.",
        "Einige gespeicherte Daten waren nicht lesbar, und es war kein Platz, sie beiseitezulegen. Sie bleiben unter dem Schlüssel unten erhalten; Änderungen daran werden erst gespeichert, wenn Platz frei ist.",
        "Noe lagret data kunne ikke leses, og det var ikke plass til å legge det til side. Det beholdes under nøkkelen nedenfor, og endringer i det lagres ikke før du frigjør plass.",
        "Sommige opgeslagen gegevens konden niet worden gelezen en er was geen ruimte om ze apart te zetten. Ze blijven onder de sleutel hieronder staan; wijzigingen worden pas opgeslagen als er ruimte vrijkomt.",
    ],
    SaveOther => [
        "Not saved: the browser reported an error.",
        "Inte sparat: webbläsaren rapporterade ett fel.",
        "Nicht gespeichert: Der Browser meldete einen Fehler.",
        "Ikke lagret: nettleseren rapporterte en feil.",
        "Niet opgeslagen: de browser meldde een fout.",
    ],
    Dismiss => ["Dismiss", "Stäng", "Schließen", "Lukk", "Sluiten"],
    CrashTitle => [
        "warmcall stopped working",
        "warmcall slutade fungera",
        "warmcall funktioniert nicht mehr",
        "warmcall sluttet å virke",
        "warmcall werkt niet meer",
    ],
    CrashHelp => [
        "Something went wrong inside the widget. Your saved data is not affected. Reload to start it again.",
        "Något gick fel i widgeten. Dina sparade data påverkas inte. Ladda om för att starta den igen.",
        "Im Widget ist etwas schiefgegangen. Ihre gespeicherten Daten sind nicht betroffen. Laden Sie neu, um es wieder zu starten.",
        "Noe gikk galt i widgeten. De lagrede dataene dine er ikke berørt. Last inn på nytt for å starte den igjen.",
        "Er ging iets mis in de widget. Je opgeslagen gegevens zijn niet aangetast. Herlaad om hem opnieuw te starten.",
    ],
    Reload => ["Reload", "Ladda om", "Neu laden", "Last inn på nytt", "Herladen"],
    FollowUpIntro => [
        "Prepare the first lines of your next contact: name what you agreed, ask as if they did what they promised, and propose a day and time.",
        "Förbered de första meningarna i nästa kontakt: nämn vad ni kom överens om, fråga som om kunden gjort det de lovade och föreslå dag och tid.",
        "Bereiten Sie die ersten Sätze Ihres nächsten Kontakts vor: nennen Sie, was vereinbart war, fragen Sie so, als hätte der Kunde sein Versprechen gehalten, und schlagen Sie Tag und Uhrzeit vor.",
        "Forbered de første setningene i neste kontakt: nevn det dere ble enige om, spør som om kunden har gjort det de lovet, og foreslå dag og tid.",
        "Bereid de eerste zinnen van je volgende contact voor: noem wat jullie afspraken, vraag alsof de klant deed wat hij beloofde, en stel een dag en tijd voor.",
    ],
    LastConversation => ["Last conversation", "Förra samtalet", "Letztes Gespräch", "Forrige samtale", "Vorig gesprek"],
    // The name decides the greeting (coach::greeting): the example says which form to type.
    FieldContact => [
        "Contact name (Anna; Ms Holm for a formal greeting)",
        "Kontaktens namn (t.ex. Anna)",
        "Name des Kontakts (Frau Berger; Anna für „Hallo“)",
        "Kontaktens navn (f.eks. Anna)",
        "Naam van het contact (Sanne; mevrouw De Vries voor „Goedendag“)",
    ],
    FieldTopic => [
        "What you talked about (e.g. the new price list)",
        "Vad ni pratade om (t.ex. den nya prislistan)",
        "Worüber Sie gesprochen haben (z. B. den neuen Rahmenvertrag)",
        "Hva dere snakket om (f.eks. den nye prislisten)",
        "Waarover jullie spraken (bijv. de nieuwe prijslijst)",
    ],
    FieldPromise => [
        "What the customer was going to do (e.g. check the budget with the board)",
        "Vad kunden skulle göra (t.ex. kolla budgeten med styrelsen)",
        "Was der Kunde tun wollte, mit dem Verb am Ende (z. B. mir die Zahlen schicken)",
        "Hva kunden skulle gjøre (f.eks. sjekke budsjettet med styret)",
        "Wat de klant zou doen (bijv. het budget met het bestuur bekijken)",
    ],
    FieldDue => ["By when", "Till när", "Bis wann", "Innen når", "Uiterlijk"],
    FieldCustomerTime => [
        "What they said about timing (e.g. after 17:00, Tuesdays, in a month)",
        "Vad de sa om tid (t.ex. efter 17, tisdagar, om en månad)",
        "Was der Kunde zum Zeitpunkt sagte (z. B. nach 17 Uhr, dienstags, in einem Monat)",
        "Hva de sa om tidspunkt (f.eks. etter kl. 17, tirsdager, om en måned)",
        "Wat ze over het moment zeiden (bijv. na 17.00, op dinsdag, over een maand)",
    ],
    CustomerTimeNotUnderstood => [
        "The coach did not understand this time, so it uses the timing rules.",
        "Coachen förstod inte den här tiden och följer tidsreglerna.",
        "Der Coach hat diese Zeitangabe nicht verstanden und folgt den Zeitregeln.",
        "Coachen forsto ikke dette tidspunktet og følger tidsreglene.",
        "De coach begreep dit tijdstip niet en volgt de tijdregels.",
    ],
    FieldStage => ["Where the deal is", "Var affären står", "Stand des Geschäfts", "Hvor handelen står", "Waar de deal staat"],
    StageFirstContact => ["First contact", "Första kontakt", "Erstkontakt", "Første kontakt", "Eerste contact"],
    StageInDialogue => ["In dialogue", "I dialog", "Im Gespräch", "I dialog", "In gesprek"],
    StageOfferOut => ["Offer sent", "Offert skickad", "Angebot verschickt", "Tilbud sendt", "Offerte verstuurd"],
    StageClosingAttempted => ["Tried to close", "Försökt avsluta", "Abschluss versucht", "Forsøkt å lukke", "Afsluiten geprobeerd"],
    FieldThinking => [
        "They said they need to think about it",
        "De sa att de behöver fundera",
        "Der Kunde will es sich überlegen",
        "De sa at de må tenke på det",
        "Ze zeiden dat ze erover moeten nadenken",
    ],
    FieldLargeDeal => ["A large deal", "En stor affär", "Ein großes Geschäft", "En stor handel", "Een grote deal"],
    FieldConversationLang => [
        "Language of the conversation",
        "Samtalets språk",
        "Sprache des Gesprächs",
        "Samtalens språk",
        "Taal van het gesprek",
    ],
    DetectLanguage => [
        "Detect from what I write",
        "Känn igen från det jag skriver",
        "Aus meinem Text erkennen",
        "Gjenkjenn fra det jeg skriver",
        "Herkennen uit wat ik schrijf",
    ],
    DetectedLang => ["Detected: {lang}", "Igenkänt språk: {lang}", "Erkannte Sprache: {lang}", "Gjenkjent språk: {lang}", "Herkende taal: {lang}"],
    DetectedLangHint => [
        "The coach writes in it. To use another language, choose it above.",
        "Coachen skriver på det. Vill du ha ett annat språk väljer du det ovan.",
        "Der Coach schreibt in dieser Sprache. Für eine andere wählen Sie sie oben aus.",
        "Coachen skriver på det. Vil du ha et annet språk, velger du det ovenfor.",
        "De coach schrijft in die taal. Wil je een andere, kies die dan hierboven.",
    ],
    LangNothingWritten => [
        "The coach will write in the language you use in the fields above. Until then it uses the interface language: {lang}.",
        "Coachen skriver på det språk du använder i fälten ovan. Tills vidare blir det gränssnittets språk: {lang}.",
        "Der Coach schreibt in der Sprache, in der Sie die Felder oben ausfüllen. Bis dahin nimmt er die Sprache der Oberfläche: {lang}.",
        "Coachen skriver på språket du bruker i feltene ovenfor. Inntil videre blir det språket i grensesnittet: {lang}.",
        "De coach schrijft in de taal waarin je de velden hierboven invult. Tot dan gebruikt hij de taal van de interface: {lang}.",
    ],
    LangUnsure => [
        "Not sure which language you are writing (too little text, or more than one language), so the coach uses the interface language: {lang}. Choose the conversation's language above to set it.",
        "Det går inte att säga säkert vilket språk du skriver på (för lite text, eller flera språk), så coachen använder gränssnittets språk: {lang}. Välj samtalets språk ovan för att bestämma det.",
        "Es ist nicht sicher zu erkennen, in welcher Sprache Sie schreiben (zu wenig Text oder mehrere Sprachen). Darum nimmt der Coach die Sprache der Oberfläche: {lang}. Wählen Sie oben die Sprache des Gesprächs, um sie festzulegen.",
        "Det er ikke sikkert hvilket språk du skriver på (for lite tekst, eller flere språk), så coachen bruker språket i grensesnittet: {lang}. Velg samtalens språk ovenfor for å bestemme det.",
        "Niet zeker in welke taal je schrijft (te weinig tekst, of meer dan één taal), dus de coach gebruikt de taal van de interface: {lang}. Kies hierboven de taal van het gesprek om die vast te leggen.",
    ],
    LangGuess => ["It looks most like {lang}.", "Det liknar mest {lang}.", "Am ehesten sieht es nach {lang} aus.", "Det ligner mest på {lang}.", "Het lijkt het meest op {lang}."],
    UseLang => ["Use {lang}", "Använd {lang}", "{lang} verwenden", "Bruk {lang}", "{lang} gebruiken"],
    FieldFormal => [
        "Formal address (Sie, u, ni)",
        "Formellt tilltal (ni, Sie, u)",
        "Förmliche Anrede (Sie)",
        "Formell tiltale (Sie, u, ni)",
        "Formele aanspreekvorm (u)",
    ],
    BuildFollowUp => ["Write the follow-up", "Skriv uppföljningen", "Nachfassen formulieren", "Skriv oppfølgingen", "Schrijf de opvolging"],
    YourFollowUp => ["Your follow-up", "Din uppföljning", "Ihr Nachfassen", "Din oppfølging", "Jouw opvolging"],
    PartOpener => ["Opener (F2)", "Öppning (F2)", "Einstieg (F2)", "Åpning (F2)", "Opening (F2)"],
    PartQuestion => ["Question (F3)", "Fråga (F3)", "Frage (F3)", "Spørsmål (F3)", "Vraag (F3)"],
    PartNextStep => ["Next step, to end that contact (F4)", "Nästa steg, i slutet av samtalet (F4)", "Nächster Schritt, zum Abschluss des Gesprächs (F4)", "Neste steg, til slutt i samtalen (F4)", "Volgende stap, aan het eind van het gesprek (F4)"],
    NextContact => ["Next contact", "Nästa kontakt", "Nächster Kontakt", "Neste kontakt", "Volgend contact"],
    CustomerTimeTooFar => [
        "The customer's own time is far beyond the timing rules. Propose a nearer date and ask how it fits (F4).",
        "Kundens egen tid ligger långt bortom tidsreglerna. Föreslå ett närmare datum och fråga hur det passar (F4).",
        "Der Wunschtermin des Kunden liegt weit jenseits der Zeitregeln. Schlagen Sie einen näheren Termin vor und fragen Sie, wie er passt (F4).",
        "Kundens eget tidspunkt ligger langt utenfor tidsreglene. Foreslå en nærmere dato og spør hvordan den passer (F4).",
        "Het eigen tijdstip van de klant ligt ver buiten de tijdregels. Stel een dichterbij gelegen datum voor en vraag hoe die past (F4).",
    ],
    OutsideWorkingHours => [
        "Outside your working hours, because the customer asked for it (F6).",
        "Utanför din arbetstid, eftersom kunden bad om det (F6).",
        "Außerhalb Ihrer Arbeitszeit, weil der Kunde es so wollte (F6).",
        "Utenfor arbeidstiden din, fordi kunden ba om det (F6).",
        "Buiten je werktijd, omdat de klant erom vroeg (F6).",
    ],
    KindClosed => ["Yes/no question", "Ja/nej-fråga", "Ja/Nein-Frage", "Ja/nei-spørsmål", "Ja/nee-vraag"],
    KindAssumptive => ["Assumptive question", "Förutsättande fråga", "Voraussetzende Frage", "Forutsettende spørsmål", "Veronderstellende vraag"],
    KindOpen => ["Open question", "Öppen fråga", "Offene Frage", "Åpent spørsmål", "Open vraag"],
    KindRecap => ["Asks for a recap", "Ber om en sammanfattning", "Bittet um eine Zusammenfassung", "Ber om en oppsummering", "Vraagt om een samenvatting"],
    KindNone => ["No question yet", "Ingen fråga än", "Noch keine Frage", "Ikke noe spørsmål ennå", "Nog geen vraag"],
    CustomerCountry => ["Customers' country", "Kundernas land", "Land der Kunden", "Kundenes land", "Land van de klanten"],
    CountryFollowsLanguage => ["The conversation's language decides", "Samtalets språk avgör", "Nach der Gesprächssprache", "Samtalens språk avgjør", "Volgt de taal van het gesprek"],
    CustomerCountryHelp => [
        "Proposed calls skip this country's public holidays and the days people there take off anyway, such as Christmas Eve in Sweden.",
        "Föreslagna samtal hoppar över landets helgdagar och de dagar då folk ändå är lediga, som julafton i Sverige.",
        "Vorgeschlagene Anrufe lassen die Feiertage dieses Landes aus, auch Tage, an denen dort ohnehin kaum jemand arbeitet, etwa Heiligabend.",
        "Foreslåtte samtaler hopper over landets helligdager og dager folk likevel tar fri, som julaften i Norge.",
        "Voorgestelde gesprekken slaan de feestdagen van dit land over, en dagen waarop men daar toch vrij is, zoals Koningsdag.",
    ],
    KindUnsure => ["Can't tell", "Kan inte avgöra", "Nicht eindeutig", "Kan ikke avgjøre", "Niet te bepalen"],
    AssumedLanguage => ["Language assumed from the text:", "Språk antaget från texten:", "Aus dem Text angenommene Sprache:", "Språk antatt ut fra teksten:", "Taal aangenomen uit de tekst:"],
    TryInstead => ["Try instead:", "Prova i stället:", "Versuchen Sie stattdessen:", "Prøv heller:", "Probeer in plaats daarvan:"],
    UseThis => ["Use this", "Använd den", "Übernehmen", "Bruk denne", "Gebruik deze"],
    StepNamesDay => ["Names a day", "Nämner en dag", "Nennt einen Tag", "Nevner en dag", "Noemt een dag"],
    StepNamesTime => ["Names an exact time", "Nämner en exakt tid", "Nennt eine genaue Uhrzeit", "Nevner et nøyaktig klokkeslett", "Noemt een precieze tijd"],
    StepAsks => [
        "Asks how it fits the customer",
        "Frågar hur det passar kunden",
        "Fragt, wie es dem Kunden passt",
        "Spør hvordan det passer kunden",
        "Vraagt hoe het de klant uitkomt",
    ],
    OpenerIntro => [
        "Prepare before you dial: what do you know about them that makes this call worth their time? The coach turns it into a warm opening about them, not an advert.",
        "Förbered dig innan du ringer: vad vet du om dem som gör samtalet värt deras tid? Coachen gör det till en varm öppning om dem, inte en reklamtext.",
        "Bereiten Sie sich vor dem Wählen vor: Was wissen Sie über den Kunden, das den Anruf seine Zeit wert macht? Der Coach macht daraus einen warmen Einstieg über ihn, keine Werbung.",
        "Forbered deg før du ringer: hva vet du om dem som gjør samtalen verdt tiden deres? Coachen gjør det om til en varm åpning om dem, ikke en reklame.",
        "Bereid je voor voordat je belt: wat weet je over hen waardoor dit gesprek hun tijd waard is? De coach maakt er een warme opening over hen van, geen reclame.",
    ],
    Prospect => ["The prospect", "Kunden", "Der Interessent", "Kunden", "De prospect"],
    FieldRole => ["Role", "Roll", "Position", "Rolle", "Functie"],
    FieldCompany => ["Company", "Företag", "Unternehmen", "Bedrift", "Bedrijf"],
    FieldHook => [
        "What you found out about them (an article, a new role, an expansion, a post they wrote)",
        "Vad du har tagit reda på om dem (en artikel, en ny roll, en expansion, ett inlägg de skrivit)",
        "Was Sie über den Kunden herausgefunden haben, wie nach „Ich habe … mitbekommen“ (z. B. Ihren Vortrag auf der Messe, die neue Filiale in Köln)",
        "Hva du har funnet ut om dem (en artikkel, en ny rolle, en utvidelse, et innlegg de har skrevet)",
        "Wat je over hen hebt uitgezocht (bijv. jullie nieuwe vestiging in Eindhoven, je bericht op LinkedIn over werving)",
    ],
    FieldNeed => ["What they likely need", "Vad de troligen behöver", "Was der Kunde wahrscheinlich braucht (z. B. einen besseren Überblick, kürzere Lieferzeiten)", "Hva de trolig trenger", "Wat ze waarschijnlijk nodig hebben (bijv. kortere levertijden)"],
    FieldReason => ["Why you are calling", "Varför du ringer", "Warum Sie anrufen", "Hvorfor du ringer", "Waarom je belt (bijv. een vraag over jullie planning)"],
    FieldMutual => ["A mutual contact (optional)", "En gemensam kontakt (valfritt)", "Ein gemeinsamer Kontakt (optional)", "En felles kontakt (valgfritt)", "Een gemeenschappelijk contact (optioneel)"],
    WriteOpeners => ["Write openers", "Skriv öppningar", "Einstiege formulieren", "Skriv åpninger", "Schrijf openingen"],
    StyleHookFirst => ["Starts with what you found", "Börjar med det du hittade", "Beginnt mit Ihrer Recherche", "Starter med det du fant", "Begint met wat je vond"],
    StyleNeedFirst => ["Leads up to their need", "Leder fram till deras behov", "Führt zum Bedarf hin", "Leder fram til behovet deres", "Werkt toe naar hun behoefte"],
    StyleMutualContact => ["Starts with the mutual contact", "Börjar med den gemensamma kontakten", "Beginnt mit dem gemeinsamen Kontakt", "Starter med den felles kontakten", "Begint met het gemeenschappelijke contact"],
    YourOpener => ["Your opener", "Din öppning", "Ihr Einstieg", "Din åpning", "Jouw opening"],
    Score => ["Score", "Poäng", "Punkte", "Poeng", "Score"],
    Costs => ["costs", "kostar", "kostet", "koster", "kost"],
    ShowPrepCard => ["Show the prep card", "Visa förberedelsekortet", "Vorbereitungskarte zeigen", "Vis forberedelseskortet", "Toon de voorbereidingskaart"],
    PrepCard => ["Prep card", "Förberedelsekort", "Vorbereitungskarte", "Forberedelseskort", "Voorbereidingskaart"],
    Who => ["Who", "Vem", "Wer", "Hvem", "Wie"],
    Hook => ["Your hook", "Din krok", "Ihr Aufhänger", "Din krok", "Jouw haakje"],
    CuriousQuestions => ["Curious questions to ask", "Nyfikna frågor att ställa", "Neugierige Fragen", "Nysgjerrige spørsmål å stille", "Nieuwsgierige vragen om te stellen"],
    PurposeOfCall => ["What the call is for (W5)", "Vad samtalet är till för (W5)", "Wozu der Anruf dient (W5)", "Hva samtalen er til for (W5)", "Waar het gesprek voor is (W5)"],
    NeverDials => [
        "warmcall never dials: you set the pace (P1).",
        "warmcall ringer aldrig åt dig: du bestämmer takten (P1).",
        "warmcall wählt nie selbst: Sie bestimmen das Tempo (P1).",
        "warmcall ringer aldri for deg: du bestemmer tempoet (P1).",
        "warmcall belt nooit zelf: jij bepaalt het tempo (P1).",
    ],
    PreparedToday => ["Prepared calls today", "Förberedda samtal idag", "Vorbereitete Anrufe heute", "Forberedte samtaler i dag", "Voorbereide gesprekken vandaag"],
    PreparedHelp => [
        "Twenty prepared calls beat two hundred unprepared dials (W1). A call counts as prepared when you open its prep card, on Today, on the lead’s page or on the Opener tab: once per lead and day.",
        "Tjugo förberedda samtal slår tvåhundra oförberedda (W1). Ett samtal räknas som förberett när du öppnar dess förberedelsekort, på Idag, på leadets sida eller på fliken Öppning: en gång per lead och dag.",
        "Zwanzig vorbereitete Anrufe schlagen zweihundert unvorbereitete (W1). Ein Anruf zählt als vorbereitet, wenn Sie seine Vorbereitungskarte öffnen, unter Heute, auf der Seite des Leads oder im Tab Gesprächseinstieg: einmal pro Lead und Tag.",
        "Tjue forberedte samtaler slår to hundre uforberedte (W1). En samtale teller som forberedt når du åpner forberedelseskortet, på I dag, på leadets side eller på fanen Åpning: én gang per lead og dag.",
        "Twintig voorbereide gesprekken zijn beter dan tweehonderd onvoorbereide (W1). Een gesprek telt als voorbereid wanneer je de voorbereidingskaart opent, bij Vandaag, op de pagina van de lead of op het tabblad Opening: één keer per lead per dag.",
    ],
    DailyGoal => ["Daily goal of prepared calls", "Dagligt mål för förberedda samtal", "Tagesziel vorbereiteter Anrufe", "Daglig mål for forberedte samtaler", "Dagdoel voor voorbereide gesprekken"],
    ProblemGoal => [
        "The daily goal must be between 1 and 200. Not saved.",
        "Dagsmålet måste vara mellan 1 och 200. Inte sparat.",
        "Das Tagesziel muss zwischen 1 und 200 liegen. Nicht gespeichert.",
        "Dagsmålet må være mellom 1 og 200. Ikke lagret.",
        "Het dagdoel moet tussen 1 en 200 liggen. Niet opgeslagen.",
    ],
    // Leads and the let-go advisor (#5).
    TabLeads => ["Leads", "Leads", "Leads", "Leads", "Leads"],
    AllLeads => ["All leads", "Alla leads", "Alle Leads", "Alle leads", "Alle leads"],
    NewLead => ["New lead", "Nytt lead", "Neuer Lead", "Nytt lead", "Nieuwe lead"],
    ImportAndBackup => ["Import and backup", "Import och säkerhetskopia", "Import und Datensicherung", "Import og sikkerhetskopi", "Import en back-up"],
    Search => ["Search", "Sök", "Suchen", "Søk", "Zoeken"],
    FilterByAction => ["Next action", "Nästa steg", "Nächster Schritt", "Neste steg", "Volgende stap"],
    AllActions => ["All actions", "Alla steg", "Alle Schritte", "Alle steg", "Alle stappen"],
    LeadsShownOf => [
        "Showing {shown} of {total}",
        "Visar {shown} av {total}",
        "{shown} von {total} angezeigt",
        "Viser {shown} av {total}",
        "{shown} van {total} getoond",
    ],
    NoLeadsYet => ["No leads yet. Add one, or import a CSV file from your CRM.", "Inga leads än. Lägg till ett, eller importera en CSV-fil från ditt CRM.", "Noch keine Leads. Legen Sie einen an oder importieren Sie eine CSV-Datei aus Ihrem CRM.", "Ingen leads ennå. Legg til et, eller importer en CSV-fil fra CRM-et ditt.", "Nog geen leads. Voeg er een toe of importeer een CSV-bestand uit je CRM."],
    LetGoAny => ["Let go", "Släpp", "Abschreiben", "Gi slipp", "Loslaten"],
    MistakesSeen => ["Mistakes seen in the log", "Misstag i loggen", "Fehler im Kontaktverlauf", "Feil i loggen", "Fouten in de contacthistorie"],
    AddToCalendar => ["Add to calendar (.ics)", "Lägg till i kalendern (.ics)", "Zum Kalender hinzufügen (.ics)", "Legg til i kalenderen (.ics)", "Toevoegen aan agenda (.ics)"],
    LeadGone => ["This lead no longer exists; it may have been deleted in another tab.", "Det här leadet finns inte längre; det kan ha raderats i en annan flik.", "Diesen Lead gibt es nicht mehr; vielleicht wurde er in einem anderen Tab gelöscht.", "Dette leadet finnes ikke lenger; det kan ha blitt slettet i en annen fane.", "Deze lead bestaat niet meer; misschien is hij in een ander tabblad verwijderd."],
    LeadSaved => ["Saved.", "Sparat.", "Gespeichert.", "Lagret.", "Opgeslagen."],
    LeadConflict => ["This lead was changed in another tab after you opened it, so your changes were not saved. They are still in the form.", "Leadet ändrades i en annan flik efter att du öppnade det, så dina ändringar sparades inte. De finns kvar i formuläret.", "Dieser Lead wurde in einem anderen Tab geändert, nachdem Sie ihn geöffnet hatten. Ihre Änderungen wurden deshalb nicht gespeichert; sie stehen noch im Formular.", "Leadet ble endret i en annen fane etter at du åpnet det, så endringene dine ble ikke lagret. De står fortsatt i skjemaet.", "Deze lead is in een ander tabblad gewijzigd nadat je hem opende, dus je wijzigingen zijn niet opgeslagen. Ze staan nog in het formulier."],
    ShowNewerVersion => ["Show the newer version (drops my changes)", "Visa den nyare versionen (mina ändringar försvinner)", "Neuere Fassung anzeigen (verwirft meine Änderungen)", "Vis den nyere versjonen (forkaster endringene mine)", "Toon de nieuwere versie (mijn wijzigingen vervallen)"],
    LeadDetails => ["Lead", "Om leadet", "Angaben zum Lead", "Om leadet", "Over de lead"],
    FieldName => ["Name", "Namn", "Ansprechpartner", "Navn", "Naam"],
    FieldPhone => ["Phone", "Telefon", "Telefon", "Telefon", "Telefoon"],
    FieldEmail => ["Email", "E-post", "E-Mail", "E-post", "E-mail"],
    FieldSource => ["Source", "Källa", "Herkunft", "Kilde", "Bron"],
    FieldDealSize => ["Deal size", "Affärens storlek", "Auftragsgröße", "Størrelse på salget", "Omvang van de deal"],
    Qualification => ["Qualification", "Kvalificering", "Qualifizierung", "Kvalifisering", "Kwalificatie"],
    NeedConfirmed => ["Need confirmed", "Behovet är bekräftat", "Bedarf bestätigt", "Behovet er bekreftet", "Behoefte bevestigd"],
    DecisionMaker => ["Talking to the decision maker", "Pratar med den som bestämmer", "Im Gespräch mit dem Entscheider", "Snakker med den som bestemmer", "In gesprek met wie er beslist"],
    BuyingTiming => ["When they plan to buy (their words)", "När de tänker köpa (med deras egna ord)", "Wann der Kunde kaufen will (in seinen Worten)", "Når de har tenkt å kjøpe (med deres egne ord)", "Wanneer ze willen kopen (in hun eigen woorden)"],
    PoorFit => ["Would cost more than they bring (L6)", "Skulle kosta mer än det ger (L6)", "Würde mehr kosten, als er einbringt (L6)", "Ville koste mer enn det gir (L6)", "Zou meer kosten dan het oplevert (L6)"],
    CustomerWishes => ["The customer's wishes", "Kundens önskemål", "Wünsche des Kunden", "Kundens ønsker", "Wensen van de klant"],
    PreferredChannel => ["Preferred channel", "Önskad kanal", "Bevorzugter Kanal", "Foretrukket kanal", "Voorkeurskanaal"],
    WishedTime => ["When to contact them (their words, e.g. \"after 17:00\")", "När de vill bli kontaktade (med deras ord, t.ex. \"efter 17\")", "Wann der Kunde kontaktiert werden möchte (in seinen Worten, z. B. \"nach 17 Uhr\")", "Når de vil bli kontaktet (med deres ord, f.eks. \"etter kl. 17\")", "Wanneer ze benaderd willen worden (in hun woorden, bijv. \"na 17.00\")"],
    DoNotContactField => ["Do not contact (L7)", "Kontakta inte (L7)", "Nicht kontaktieren (L7)", "Ikke kontakt (L7)", "Niet benaderen (L7)"],
    Notes => ["Notes", "Anteckningar", "Notizen", "Notater", "Notities"],
    SaveLead => ["Save lead", "Spara leadet", "Lead speichern", "Lagre leadet", "Lead opslaan"],
    NotSet => ["Not known", "Okänt", "Unbekannt", "Ukjent", "Onbekend"],
    Yes => ["Yes", "Ja", "Ja", "Ja", "Ja"],
    No => ["No", "Nej", "Nein", "Nei", "Nee"],
    ContactLog => ["Contact log", "Kontaktlogg", "Kontaktverlauf", "Kontaktlogg", "Contacthistorie"],
    NoContactsYet => ["No contacts logged yet.", "Inga kontakter loggade än.", "Noch keine Kontakte erfasst.", "Ingen kontakter logget ennå.", "Nog geen contactmomenten vastgelegd."],
    Reached => ["Reached", "Fick kontakt", "Erreicht", "Fikk kontakt", "Bereikt"],
    NotReached => ["Not reached", "Fick inte kontakt", "Nicht erreicht", "Fikk ikke kontakt", "Niet bereikt"],
    // Asked as on the Follow-up tab, whose builder writes the log's promise into a sentence.
    Promised => ["What they were going to do", "Vad kunden skulle göra", "Was der Kunde tun wollte", "Hva kunden skulle gjøre", "Wat de klant zou doen"],
    AgreedNext => ["Agreed next contact", "Överenskommen nästa kontakt", "Vereinbarter nächster Kontakt", "Avtalt neste kontakt", "Afgesproken volgend contact"],
    InvalidDate => ["A date or time is not valid; use the date picker.", "Ett datum eller klockslag är ogiltigt; välj det i datumväljaren.", "Ein Datum oder eine Uhrzeit ist ungültig; nutzen Sie die Datumsauswahl.", "En dato eller et klokkeslett er ugyldig; bruk datovelgeren.", "Een datum of tijd klopt niet; gebruik de datumkiezer."],
    LogContact => ["Log a contact", "Logga en kontakt", "Kontakt erfassen", "Logg en kontakt", "Contactmoment vastleggen"],
    When => ["When", "När", "Wann", "Når", "Wanneer"],
    Channel => ["Channel", "Kanal", "Kanal", "Kanal", "Kanaal"],
    Outcome => ["Outcome", "Resultat", "Ergebnis", "Resultat", "Resultaat"],
    Discussed => ["What you discussed (e.g. the new price list)", "Vad ni pratade om (t.ex. den nya prislistan)", "Worüber Sie gesprochen haben (z. B. den neuen Rahmenvertrag)", "Hva dere snakket om (f.eks. den nye prislisten)", "Waarover jullie spraken (bijv. de nieuwe prijslijst)"],
    PromisedBy => ["Promised by", "Lovat till", "Zugesagt bis", "Lovet innen", "Toegezegd voor"],
    BroughtSomethingNew => ["I brought something new (a fact, an answer, a changed offer)", "Jag kom med något nytt (ett faktum, ett svar, ett ändrat erbjudande)", "Ich hatte etwas Neues (eine Information, eine Antwort, ein geändertes Angebot)", "Jeg kom med noe nytt (et faktum, et svar, et endret tilbud)", "Ik had iets nieuws (een feit, een antwoord, een aangepast aanbod)"],
    LogIt => ["Log it", "Logga", "Erfassen", "Loggfør", "Vastleggen"],
    FileUnreadable => ["The browser could not read that file.", "Webbläsaren kunde inte läsa filen.", "Der Browser konnte die Datei nicht lesen.", "Nettleseren kunne ikke lese filen.", "De browser kon het bestand niet lezen."],
    ReadAsWindows1252 => ["The file was not UTF-8, so it was read as Windows-1252 (what Excel writes). Check the names with å, ä, ö, ü below.", "Filen var inte UTF-8, så den lästes som Windows-1252 (det format Excel sparar i). Kontrollera namnen med å, ä och ö nedan.", "Die Datei war nicht in UTF-8, deshalb wurde sie als Windows-1252 gelesen (so speichert Excel). Prüfen Sie unten die Namen mit ä, ö, ü und ß.", "Filen var ikke UTF-8, så den ble lest som Windows-1252 (formatet Excel lagrer i). Sjekk navnene med æ, ø og å nedenfor.", "Het bestand was geen UTF-8 en is daarom gelezen als Windows-1252 (wat Excel opslaat). Controleer hieronder de namen met é, ë of ï."],
    MapColumns => ["Which column holds what", "Vilken kolumn innehåller vad", "Welche Spalte enthält was", "Hvilken kolonne inneholder hva", "Welke kolom bevat wat"],
    ColumnInFile => ["Column in the file", "Kolumn i filen", "Spalte in der Datei", "Kolonne i filen", "Kolom in het bestand"],
    LeadFieldHeader => ["Lead field", "Fält i leadet", "Feld im Lead", "Felt i leadet", "Veld van de lead"],
    FirstRow => ["First row", "Första raden", "Erste Zeile", "Første rad", "Eerste rij"],
    Ignore => ["Ignore", "Ignorera", "Ignorieren", "Ignorer", "Negeren"],
    RowsReady => ["Rows ready to import", "Rader klara att importera", "Importbereite Zeilen", "Rader klare til import", "Rijen klaar voor import"],
    RowsWithProblems => ["rows skipped", "överhoppade rader", "übersprungene Zeilen", "rader hoppes over", "overgeslagen rijen"],
    ImportLeads => ["Import leads", "Importera leads", "Leads importieren", "Importer leads", "Leads importeren"],
    CsvUnreadable => ["The file could not be read as CSV:", "Filen kunde inte läsas som CSV:", "Die Datei ließ sich nicht als CSV lesen:", "Filen kunne ikke leses som CSV:", "Het bestand kon niet als CSV worden gelezen:"],
    Imported => ["Leads imported", "Importerade leads", "Importierte Leads", "Importerte leads", "Geïmporteerde leads"],
    ExportCsv => ["Export leads as CSV", "Exportera leads som CSV", "Leads als CSV exportieren", "Eksporter leads som CSV", "Leads exporteren als CSV"],
    ImportCsv => ["Import leads from CSV", "Importera leads från CSV", "Leads aus CSV importieren", "Importer leads fra CSV", "Leads importeren uit CSV"],
    ImportCsvHelp => ["Export a CSV file from your CRM or spreadsheet and pick it here. You choose which column holds what and see every problem row before anything is imported; rows with a problem are skipped and nothing is half-imported.", "Exportera en CSV-fil från ditt CRM eller kalkylark och välj den här. Du bestämmer vilken kolumn som innehåller vad och ser varje rad med problem innan något importeras; rader med problem hoppas över, och inget importeras till hälften.", "Exportieren Sie eine CSV-Datei aus Ihrem CRM oder Ihrer Tabelle und wählen Sie sie hier aus. Sie legen fest, welche Spalte was enthält, und sehen jede fehlerhafte Zeile, bevor etwas importiert wird; fehlerhafte Zeilen werden übersprungen, und nichts wird nur halb importiert.", "Eksporter en CSV-fil fra CRM-et eller regnearket ditt og velg den her. Du bestemmer hvilken kolonne som inneholder hva, og ser alle rader med problemer før noe importeres; rader med problemer hoppes over, og ingenting blir halvveis importert.", "Exporteer een CSV-bestand uit je CRM of spreadsheet en kies het hier. Jij bepaalt welke kolom wat bevat en ziet elke probleemrij voordat er iets wordt geïmporteerd; rijen met een probleem worden overgeslagen en er wordt nooit iets half geïmporteerd."],
    ChooseCsv => ["CSV file", "CSV-fil", "CSV-Datei", "CSV-fil", "CSV-bestand"],
    FieldFirstName => ["First name", "Förnamn", "Vorname", "Fornavn", "Voornaam"],
    FieldLastName => ["Last name", "Efternamn", "Nachname", "Etternavn", "Achternaam"],
    Line => ["Line", "Rad", "Zeile", "Linje", "Regel"],
    DownloadBlocked => ["The browser blocked the download.", "Webbläsaren blockerade nedladdningen.", "Der Browser hat den Download blockiert.", "Nettleseren blokkerte nedlastingen.", "De browser heeft de download geblokkeerd."],
    BackupNotUtf8 => ["That file is not a warmcall backup (it is not UTF-8 text).", "Filen är ingen säkerhetskopia från warmcall (den är inte UTF-8-text).", "Diese Datei ist keine warmcall-Sicherung (sie ist kein UTF-8-Text).", "Filen er ikke en sikkerhetskopi fra warmcall (den er ikke UTF-8-tekst).", "Dit bestand is geen back-up van warmcall (het is geen UTF-8-tekst)."],
    RestoreWillReplace => ["Restoring replaces all your leads and settings with the backup's. Nothing is changed unless the whole backup can be written.", "Återställningen ersätter alla dina leads och inställningar med dem i säkerhetskopian. Inget ändras om inte hela säkerhetskopian kan skrivas.", "Beim Wiederherstellen werden alle Ihre Leads und Einstellungen durch die aus der Sicherung ersetzt. Geändert wird nur etwas, wenn sich die gesamte Sicherung schreiben lässt.", "Gjenoppretting erstatter alle leads og innstillinger med dem i sikkerhetskopien. Ingenting endres med mindre hele sikkerhetskopien kan skrives.", "Terugzetten vervangt al je leads en instellingen door die uit de back-up. Er verandert niets, tenzij de hele back-up kan worden weggeschreven."],
    NowStored => ["Now stored", "Sparat nu", "Derzeit gespeichert", "Lagret nå", "Nu opgeslagen"],
    InBackup => ["In the backup", "I säkerhetskopian", "In der Sicherung", "I sikkerhetskopien", "In de back-up"],
    RestoreNow => ["Replace with the backup", "Ersätt med säkerhetskopian", "Durch die Sicherung ersetzen", "Erstatt med sikkerhetskopien", "Vervangen door de back-up"],
    Cancel => ["Cancel", "Avbryt", "Abbrechen", "Avbryt", "Annuleren"],
    BackupInvalid => ["That backup cannot be restored:", "Säkerhetskopian kan inte återställas:", "Diese Sicherung lässt sich nicht wiederherstellen:", "Sikkerhetskopien kan ikke gjenopprettes:", "Deze back-up kan niet worden teruggezet:"],
    Restored => ["The backup was restored.", "Säkerhetskopian har återställts.", "Die Sicherung wurde wiederhergestellt.", "Sikkerhetskopien er gjenopprettet.", "De back-up is teruggezet."],
    Backup => ["Backup", "Säkerhetskopia", "Datensicherung", "Sikkerhetskopi", "Back-up"],
    BackupHelp => ["Download all your leads, their logs, your settings and your prepared-call counts as one JSON file, and restore them from it on this or another computer.", "Ladda ner alla dina leads med deras loggar, dina inställningar och antalet förberedda samtal som en enda JSON-fil, och återställ dem från den på den här eller en annan dator.", "Laden Sie alle Ihre Leads mit Kontaktverlauf, Ihre Einstellungen und Ihre Zahlen vorbereiteter Anrufe als eine JSON-Datei herunter, und stellen Sie alles daraus auf diesem oder einem anderen Computer wieder her.", "Last ned alle leads med loggene deres, innstillingene dine og antall forberedte samtaler som én JSON-fil, og gjenopprett dem fra den på denne eller en annen datamaskin.", "Download al je leads met hun contacthistorie, je instellingen en je aantallen voorbereide gesprekken als één JSON-bestand, en zet ze daarmee terug op deze of een andere computer."],
    BackupReminder => [
        "No backup for 30 days. Download one, so your leads are safe if the browser's data is cleared.",
        "Ingen säkerhetskopia på 30 dagar. Ladda ner en, så är dina leads i säkerhet om webbläsarens data rensas.",
        "Seit 30 Tagen keine Sicherung. Laden Sie eine herunter, damit Ihre Leads sicher sind, falls die Browserdaten gelöscht werden.",
        "Ingen sikkerhetskopi på 30 dager. Last ned en, så er leadsene dine trygge hvis nettleserdataene slettes.",
        "Al 30 dagen geen back-up. Download er een, zodat je leads veilig zijn als de browsergegevens worden gewist.",
    ],
    StorageHeading => ["Storage", "Lagring", "Speicher", "Lagring", "Opslag"],
    StorageUsed => [
        "This site uses {used} of the {quota} the browser allows it.",
        "Den här webbplatsen använder {used} av de {quota} som webbläsaren tillåter.",
        "Diese Website belegt {used} der {quota}, die der Browser ihr erlaubt.",
        "Dette nettstedet bruker {used} av de {quota} nettleseren tillater.",
        "Deze site gebruikt {used} van de {quota} die de browser toestaat.",
    ],
    StoragePersistent => [
        "The browser keeps this data: it does not clear it to free space.",
        "Webbläsaren behåller dessa data: de rensas inte för att frigöra utrymme.",
        "Der Browser behält diese Daten: Er löscht sie nicht, um Platz zu schaffen.",
        "Nettleseren beholder disse dataene: de slettes ikke for å frigjøre plass.",
        "De browser bewaart deze gegevens: ze worden niet gewist om ruimte vrij te maken.",
    ],
    StorageNotPersistent => [
        "The browser may clear this data when space runs low: download a backup now and then.",
        "Webbläsaren kan rensa dessa data när utrymmet tar slut: ladda ner en säkerhetskopia då och då.",
        "Der Browser kann diese Daten löschen, wenn der Platz knapp wird: Laden Sie ab und zu eine Sicherung herunter.",
        "Nettleseren kan slette disse dataene når det blir lite plass: last ned en sikkerhetskopi innimellom.",
        "De browser kan deze gegevens wissen als de ruimte opraakt: download af en toe een back-up.",
    ],
    DownloadBackup => ["Download a backup", "Ladda ner en säkerhetskopia", "Sicherung herunterladen", "Last ned en sikkerhetskopi", "Back-up downloaden"],
    RestoreFromFile => ["Restore from a backup file", "Återställ från en säkerhetskopia", "Aus einer Sicherungsdatei wiederherstellen", "Gjenopprett fra en sikkerhetskopi", "Terugzetten uit een back-upbestand"],
    LeadsWord => ["leads", "leads", "Leads", "leads", "leads"],
    ContactsWord => ["contacts", "kontakter", "Kontakte", "kontakter", "contactmomenten"],
    ToContactToday => ["To contact today", "Att kontakta idag", "Heute zu kontaktieren", "Skal kontaktes i dag", "Vandaag te benaderen"],
    TodayNothingDue => ["Nobody is due today.", "Ingen att kontakta idag.", "Heute ist niemand fällig.", "Ingen skal kontaktes i dag.", "Vandaag hoef je niemand te benaderen."],
    MoreInLeads => ["more due: see the Leads tab", "fler att kontakta: se fliken Leads", "weitere fällig: siehe Tab Leads", "flere skal kontaktes: se fanen Leads", "meer te benaderen: zie het tabblad Leads"],
    Overdue => ["overdue", "försenad", "überfällig", "forsinket", "te laat"],
    OpenLead => ["Open the lead", "Öppna leadet", "Lead öffnen", "Åpne leadet", "Open de lead"],
    LastTime => ["Last time", "Förra gången", "Zuletzt", "Sist", "Vorige keer"],
    SayFirst => ["Open with", "Börja med", "Einstieg", "Start med", "Begin met"],
    RowCellCount => ["has {found} cells instead of {expected}", "har {found} celler i stället för {expected}", "hat {found} Zellen statt {expected}", "har {found} celler i stedet for {expected}", "heeft {found} cellen in plaats van {expected}"],
    RowNoName => ["has neither a name nor a company", "har varken namn eller företag", "hat weder Namen noch Firma", "har verken navn eller bedrift", "heeft geen naam en geen bedrijf"],
    RowTooLong => ["column “{column}” is longer than {limit} characters", "kolumnen ”{column}” är längre än {limit} tecken", "Spalte „{column}“ ist länger als {limit} Zeichen", "kolonnen «{column}» er lengre enn {limit} tegn", "kolom ‘{column}’ is langer dan {limit} tekens"],
    RowUnknownValue => ["column “{column}”: value not recognised, so the default was used", "kolumnen ”{column}”: okänt värde, standardvärdet användes", "Spalte „{column}“: Wert unbekannt, der Standardwert wurde verwendet", "kolonnen «{column}»: ukjent verdi, standardverdien ble brukt", "kolom ‘{column}’: onbekende waarde, de standaardwaarde is gebruikt"],
    RowUnknownDoNotContact => ["column “{column}”: value not recognised, so the lead is marked do-not-contact to be safe (L7)", "kolumnen ”{column}”: okänt värde, så leadet markeras som ”kontakta inte” för säkerhets skull (L7)", "Spalte „{column}“: Wert unbekannt, daher wird der Lead sicherheitshalber als „nicht kontaktieren“ markiert (L7)", "kolonnen «{column}»: ukjent verdi, så leadet merkes som «ikke kontakt» for sikkerhets skyld (L7)", "kolom ‘{column}’: onbekende waarde, dus de lead wordt voor de zekerheid als ‘niet benaderen’ gemarkeerd (L7)"],
    RowDuplicateExisting => ["is already in your leads", "finns redan bland dina leads", "ist schon in Ihren Leads", "finnes allerede blant leadene dine", "staat al in je leads"],
    RowDuplicateRow => ["repeats line {line}", "upprepar rad {line}", "wiederholt Zeile {line}", "gjentar linje {line}", "herhaalt regel {line}"],
    BySameEmail => ["same email", "samma e-post", "gleiche E-Mail", "samme e-post", "zelfde e-mail"],
    BySameNameAndCompany => ["same name and company", "samma namn och företag", "gleicher Name und gleiche Firma", "samme navn og bedrift", "zelfde naam en bedrijf"],
    RowSkipped => ["skipped", "hoppas över", "übersprungen", "hoppes over", "overgeslagen"],
    CsvEmpty => ["the file is empty.", "filen är tom.", "die Datei ist leer.", "filen er tom.", "het bestand is leeg."],
    CsvUnterminatedQuote => ["a quote opened on line {line} is never closed.", "ett citattecken på rad {line} stängs aldrig.", "ein Anführungszeichen in Zeile {line} wird nie geschlossen.", "et anførselstegn på linje {line} lukkes aldri.", "een aanhalingsteken op regel {line} wordt nooit gesloten."],
    CsvTooManyRows => ["it has more than {read} rows; split it into smaller files.", "den har fler än {read} rader; dela upp den i mindre filer.", "sie hat mehr als {read} Zeilen; teilen Sie sie in kleinere Dateien auf.", "den har flere enn {read} linjer; del den opp i mindre filer.", "het heeft meer dan {read} regels; splits het in kleinere bestanden."],
    CsvTooManyColumns => ["line {line} has too many columns.", "rad {line} har för många kolumner.", "Zeile {line} hat zu viele Spalten.", "linje {line} har for mange kolonner.", "regel {line} heeft te veel kolommen."],
    CsvTooLarge => ["it is too large (stopped at line {line}); split it into smaller files.", "den är för stor (stoppade på rad {line}); dela upp den i mindre filer.", "sie ist zu groß (Abbruch bei Zeile {line}); teilen Sie sie in kleinere Dateien auf.", "den er for stor (stoppet på linje {line}); del den opp i mindre filer.", "het is te groot (gestopt bij regel {line}); splits het in kleinere bestanden."],
    DeleteLead => ["Delete this lead", "Radera leadet", "Lead löschen", "Slett leadet", "Deze lead verwijderen"],
    ConfirmDelete => [
        "Delete it, with its whole log? Click again",
        "Radera det med hela loggen? Klicka igen",
        "Mit dem ganzen Verlauf löschen? Erneut klicken",
        "Slette det med hele loggen? Klikk igjen",
        "Verwijderen met de hele historie? Klik nog eens",
    ],
    NoticePrefixRefused => [
        "This page's storage prefix is not warmcall's to use, so nothing is read from storage and nothing you enter will be kept:",
        "Sidans lagringsprefix är inte warmcalls att använda, så inget läses från lagringen och inget du skriver sparas:",
        "Das Speicherpräfix dieser Seite gehört nicht warmcall, daher wird nichts aus dem Speicher gelesen und nichts, was Sie eingeben, bleibt erhalten:",
        "Lagringsprefikset på denne siden er ikke warmcalls å bruke, så ingenting leses fra lagringen og ingenting du skriver blir tatt vare på:",
        "Het opslagprefix van deze pagina is niet van warmcall, dus er wordt niets uit de opslag gelezen en niets wat je invoert blijft bewaard:",
    ],
    NoticeUpdated => [
        "warmcall was updated to a new version; your data is unchanged.",
        "warmcall har uppdaterats till en ny version; din data är oförändrad.",
        "warmcall wurde auf eine neue Version aktualisiert; Ihre Daten sind unverändert.",
        "warmcall er oppdatert til en ny versjon; dataene dine er uendret.",
        "warmcall is bijgewerkt naar een nieuwe versie; je gegevens zijn ongewijzigd.",
    ],
    Why => ["Why?", "Varför?", "Warum?", "Hvorfor?", "Waarom?"],
    MainNav => ["Sections", "Avsnitt", "Bereiche", "Seksjoner", "Onderdelen"],
    LeadNeedsName => [
        "Give the lead a name or a company first.",
        "Ge leadet ett namn eller ett företag först.",
        "Geben Sie dem Lead zuerst einen Namen oder eine Firma.",
        "Gi leadet et navn eller en bedrift først.",
        "Geef de lead eerst een naam of een bedrijf.",
    ],
    EmptyMeansNow => [
        "Leave empty to use the moment you log it.",
        "Lämna tomt för att använda tiden när du loggar.",
        "Leer lassen, um den Zeitpunkt des Speicherns zu verwenden.",
        "La stå tomt for å bruke tidspunktet du logger.",
        "Laat leeg om het moment van vastleggen te gebruiken.",
    ],
    DeleteConflict => [
        "Another tab changed this lead a moment ago, so nothing was deleted. The newer version is shown; delete again if you still want to.",
        "En annan flik ändrade leadet nyss, så inget raderades. Den nyare versionen visas; radera igen om du fortfarande vill.",
        "Ein anderer Tab hat diesen Lead gerade geändert, daher wurde nichts gelöscht. Die neuere Fassung wird angezeigt; löschen Sie erneut, wenn Sie es weiterhin möchten.",
        "En annen fane endret leadet nettopp, så ingenting ble slettet. Den nyere versjonen vises; slett igjen om du fortsatt vil.",
        "Een ander tabblad heeft deze lead net gewijzigd, dus er is niets verwijderd. De nieuwere versie staat er nu; verwijder opnieuw als je dat nog steeds wilt.",
    ],
    Logged => ["Logged", "Loggat", "Gespeichert", "Logget", "Vastgelegd"],
    ShowMore => ["Show more", "Visa fler", "Mehr anzeigen", "Vis flere", "Meer tonen"],
    DueByToday => ["Due by today", "Att göra senast idag", "Bis heute fällig", "Forfaller senest i dag", "Uiterlijk vandaag"],
    MoreProblems => [
        "and {count} more",
        "och {count} till",
        "und {count} weitere",
        "og {count} til",
        "en nog {count}",
    ],
    ExercisesUnavailable => [
        "The exercises could not be loaded. Check the connection once and reload; after that they work offline too.",
        "Övningarna gick inte att hämta. Kontrollera anslutningen en gång och ladda om; sedan fungerar de även offline.",
        "Die Übungen konnten nicht geladen werden. Prüfen Sie einmal die Verbindung und laden Sie neu; danach gehen sie auch offline.",
        "Øvelsene kunne ikke hentes. Sjekk tilkoblingen én gang og last inn på nytt; etterpå virker de uten nett også.",
        "De oefeningen konden niet worden geladen. Controleer één keer de verbinding en laad opnieuw; daarna werken ze ook offline.",
    ],
    ExportedOn => ["exported", "exporterad", "exportiert", "eksportert", "geëxporteerd"],
    // Issue 15: first visit and empty states
    StartHeading => ["Welcome to warmcall", "Välkommen till warmcall", "Willkommen bei warmcall", "Velkommen til warmcall", "Welkom bij warmcall"],
    StartWhatItDoes => [
        "Keep a short log of every lead, and warmcall tells you who to contact today, and why.",
        "För en kort logg över varje lead, så säger warmcall vem du ska kontakta idag och varför.",
        "Führen Sie zu jedem Lead ein kurzes Protokoll, und warmcall sagt Ihnen, wen Sie heute kontaktieren sollten und warum.",
        "Før en kort logg over hvert lead, så sier warmcall hvem du bør kontakte i dag og hvorfor.",
        "Houd per lead een kort logboek bij, en warmcall zegt wie je vandaag moet benaderen, en waarom.",
    ],
    StartHowItHelps => [
        "Before each call it gives you the line to open with: the thread of your last conversation, or something specific about them.",
        "Inför varje samtal får du en öppningsfras: tråden från ert senaste samtal, eller något som gäller just dem.",
        "Vor jedem Anruf bekommen Sie einen Einstieg: den roten Faden Ihres letzten Gesprächs oder etwas, das genau diese Person betrifft.",
        "Før hver samtale får du en åpning: tråden fra forrige samtale, eller noe som gjelder akkurat dem.",
        "Voor elk gesprek krijg je een openingszin: de draad van jullie vorige gesprek, of iets wat echt over hen gaat.",
    ],
    StartWhenToStop => [
        "It also tells you when to nurture a lead or let it go, so you call the ones worth calling.",
        "Den säger också när ett lead ska vårdas eller släppas, så att du ringer dem som är värda ett samtal.",
        "warmcall sagt Ihnen auch, wann Sie einen Lead pflegen oder loslassen sollten, damit Sie nur dort anrufen, wo es sich lohnt.",
        "Den sier også når et lead bør pleies eller slippes, så du ringer dem som er verdt det.",
        "warmcall vertelt ook wanneer je een lead warm moet houden of moet loslaten, zodat je alleen belt wie het waard is.",
    ],
    TrySampleLeads => ["Try it with sample leads", "Prova med exempel-leads", "Mit Beispiel-Leads ausprobieren", "Prøv med eksempel-leads", "Probeer het met voorbeeldleads"],
    StartOwnLeads => ["Start with my own leads", "Börja med mina egna leads", "Mit meinen eigenen Leads beginnen", "Begynn med mine egne leads", "Begin met mijn eigen leads"],
    SampleBadge => ["Sample", "Exempel", "Beispiel", "Eksempel", "Voorbeeld"],
    SamplesNote => [
        "The leads marked Sample are examples, to show what warmcall advises. They stay out of CSV exports and backups unless you keep them.",
        "Leads märkta Exempel är påhittade och visar vad warmcall råder. De kommer inte med i CSV-exporter och säkerhetskopior om du inte behåller dem.",
        "Die mit „Beispiel“ markierten Leads sind erfunden und zeigen, was warmcall rät. Sie werden nicht in CSV-Exporte und Sicherungen übernommen, es sei denn, Sie behalten sie.",
        "Leads merket Eksempel er oppdiktede og viser hva warmcall anbefaler. De kommer ikke med i CSV-eksporter og sikkerhetskopier med mindre du beholder dem.",
        "De leads met het label Voorbeeld zijn verzonnen en laten zien wat warmcall adviseert. Ze komen niet in CSV-exports en back-ups, tenzij je ze houdt.",
    ],
    RemoveSamples => ["Remove sample leads", "Ta bort exempel-leads", "Beispiel-Leads entfernen", "Fjern eksempel-leads", "Voorbeeldleads verwijderen"],
    KeepSamples => ["Keep them", "Behåll dem", "Behalten", "Behold dem", "Houden"],
    SamplesRemoved => ["The sample leads were removed.", "Exempel-leadsen har tagits bort.", "Die Beispiel-Leads wurden entfernt.", "Eksempel-leadsene er fjernet.", "De voorbeeldleads zijn verwijderd."],
    SamplesKept => [
        "The sample leads are yours now: they are no longer marked, and exports and backups include them.",
        "Exempel-leadsen är nu dina: de är inte längre märkta, och de tas med i exporter och säkerhetskopior.",
        "Die Beispiel-Leads gehören jetzt Ihnen: Die Markierung ist entfernt, und Exporte und Sicherungen enthalten sie.",
        "Eksempel-leadsene er nå dine: de er ikke lenger merket, og eksporter og sikkerhetskopier tar dem med.",
        "De voorbeeldleads zijn nu van jou: ze zijn niet meer gemarkeerd en zitten voortaan in exports en back-ups.",
    ],
    SamplesChangedElsewhere => [
        "A sample lead was changed in another tab, so nothing was removed. Try again.",
        "Ett exempel-lead ändrades i en annan flik; det togs inte bort. Försök igen.",
        "Ein Beispiel-Lead wurde in einem anderen Tab geändert, daher wurde nichts entfernt. Versuchen Sie es noch einmal.",
        "Et eksempel-lead ble endret i en annen fane, så ingenting ble fjernet. Prøv igjen.",
        "Een voorbeeldlead is in een ander tabblad gewijzigd en niet verwijderd. Probeer het opnieuw.",
    ],
    TodayNoLeadsYet => ["No leads yet.", "Inga leads än.", "Noch keine Leads.", "Ingen leads ennå.", "Nog geen leads."],
    AddLeadsOnLeadsTab => ["Add them on the Leads tab", "Lägg till dem under fliken Leads", "Im Tab Leads anlegen", "Legg dem til i fanen Leads", "Voeg ze toe op het tabblad Leads"],
    ImportCsvFile => ["Import a CSV file", "Importera en CSV-fil", "CSV-Datei importieren", "Importer en CSV-fil", "Importeer een CSV-bestand"],
    NextWorkingDay => ["Next working day", "Nästa arbetsdag", "Nächster Arbeitstag", "Neste arbeidsdag", "Volgende werkdag"],
    DueThen => ["due then", "att kontakta då", "dann fällig", "skal kontaktes da", "dan te benaderen"],
    NobodyDueThen => ["Nobody is due then either.", "Ingen att kontakta då heller.", "Auch dann ist niemand fällig.", "Ingen skal kontaktes da heller.", "Ook dan hoef je niemand te benaderen."],
    // Issue 15: log corrections and the lead list
    EmptyContact => [
        "Nothing was logged: say what happened (an outcome or a few words), or untick Reached for a call nobody answered.",
        "Inget loggades: skriv vad som hände (ett utfall eller några ord), eller kryssa ur ”Fick kontakt” om ingen svarade.",
        "Nichts erfasst: Geben Sie an, was passiert ist (ein Ergebnis oder ein paar Worte), oder entfernen Sie das Häkchen bei „Erreicht“ für einen Anruf, den niemand angenommen hat.",
        "Ingenting ble loggført: skriv hva som skjedde (et utfall eller noen ord), eller fjern krysset for «Fikk kontakt» hvis ingen svarte.",
        "Er is niets vastgelegd: geef aan wat er gebeurde (een uitkomst of een paar woorden), of vink Bereikt uit voor een gesprek dat niemand opnam.",
    ],
    Edit => ["Edit", "Ändra", "Bearbeiten", "Endre", "Bewerken"],
    Delete => ["Delete", "Radera", "Löschen", "Slett", "Verwijderen"],
    EditEntry => ["Edit this entry", "Ändra posten", "Eintrag bearbeiten", "Endre oppføringen", "Deze regel bewerken"],
    DeleteEntry => ["Delete this entry", "Radera posten", "Eintrag löschen", "Slett oppføringen", "Deze regel verwijderen"],
    SaveEntry => ["Save entry", "Spara posten", "Eintrag speichern", "Lagre oppføringen", "Regel opslaan"],
    EmptyKeepsTime => ["Leave empty to keep the logged time.", "Lämna tomt för att behålla den loggade tiden.", "Leer lassen, um den erfassten Zeitpunkt zu behalten.", "La stå tomt for å beholde det loggførte tidspunktet.", "Laat leeg om het vastgelegde tijdstip te houden."],
    EntryDeleted => ["Entry deleted", "Posten raderades", "Eintrag gelöscht", "Oppføringen ble slettet", "Regel verwijderd"],
    Undo => ["Undo", "Ångra", "Rückgängig", "Angre", "Ongedaan maken"],
    ColumnLead => ["Lead", "Lead", "Lead", "Lead", "Lead"],
    ColumnDue => ["Due", "När", "Fällig", "Når", "Wanneer"],
    ColumnLastContact => ["Last contact", "Senaste kontakt", "Letzter Kontakt", "Siste kontakt", "Laatste contact"],
    ColumnAttempts => ["Attempts", "Försök", "Versuche", "Forsøk", "Pogingen"],
    ColumnStage => ["Stage", "Fas", "Phase", "Fase", "Fase"],
    AttemptsHelp => [
        "Attempts: calls nobody answered since you last reached them. The stop rule counts these (L1).",
        "Försök: samtal som ingen svarat på sedan du senast fick kontakt med personen. Stoppregeln räknar dem (L1).",
        "Versuche: Anrufe ohne Antwort, seit Sie die Person zuletzt erreicht haben. Die Abbruchregel zählt sie (L1).",
        "Forsøk: samtaler ingen har svart på siden du sist fikk kontakt med personen. Stoppregelen teller dem (L1).",
        "Pogingen: gesprekken die niemand opnam sinds je de persoon voor het laatst bereikte. De stopregel telt ze (L1).",
    ],
    LeadsOrderHelp => [
        "Sorted by when to act: overdue first, then due today, then later; leads to let go or not to contact come last. Click a column's heading to sort by it.",
        "Sorterat efter när du ska agera: först försenade, sedan dagens, sedan senare; sist leads som ska släppas eller inte kontaktas. Klicka på en kolumnrubrik för att sortera efter den.",
        "Sortiert nach Dringlichkeit: zuerst Überfälliges, dann heute Fälliges, dann Späteres; zuletzt Leads, die Sie loslassen oder nicht kontaktieren sollten. Klicken Sie auf eine Spaltenüberschrift, um danach zu sortieren.",
        "Sortert etter når du skal handle: forsinkede først, så dagens, så senere; til slutt leads du bør slippe eller ikke kontakte. Klikk på en kolonneoverskrift for å sortere etter den.",
        "Gesorteerd op wanneer je iets moet doen: eerst wat te laat is, dan vandaag, dan later; als laatste leads die je loslaat of niet benadert. Klik op een kolomkop om daarop te sorteren.",
    ],
    FilterShowing => ["Filter applied: {filter}", "Visar: {filter}", "Aktiver Filter: {filter}", "Viser: {filter}", "Actief filter: {filter}"],
    // Issue 15: advice a rep believes
    RulesBehindAdvice => [
        "The rules behind this advice",
        "Reglerna bakom rådet",
        "Die Regeln hinter dieser Empfehlung",
        "Reglene bak rådet",
        "De regels achter dit advies",
    ],
    // Issue 15: one flow, Copy and the daily goal
    WriteFollowUp => ["Write the follow-up", "Skriv uppföljningen", "Nachfassen formulieren", "Skriv oppfølgingen", "Schrijf de opvolging"],
    PrepareCall => ["Prepare the call", "Förbered samtalet", "Anruf vorbereiten", "Forbered samtalen", "Bereid het gesprek voor"],
    FilledFromLead => [
        "Filled in from the lead {name}.",
        "Ifyllt från leadet {name}.",
        "Aus dem Lead {name} übernommen.",
        "Fylt ut fra leadet {name}.",
        "Ingevuld vanuit de lead {name}.",
    ],
    EarlierDraftPutAside => [
        "What was on this tab before was put aside, not deleted.",
        "Det som stod här förut har lagts åt sidan, inte raderats.",
        "Was vorher hier stand, wurde beiseitegelegt, nicht gelöscht.",
        "Det som sto her før, ble lagt til side, ikke slettet.",
        "Wat hier eerder stond, is apart gezet, niet verwijderd.",
    ],
    RestoreEarlierDraft => ["Bring it back", "Återställ det", "Wiederherstellen", "Hent det tilbake", "Terugzetten"],
    DiscardEarlierDraft => ["Discard it", "Släng det", "Verwerfen", "Forkast det", "Weggooien"],
    SaveToLead => ["Save to {name}", "Spara på {name}", "Bei {name} speichern", "Lagre på {name}", "Opslaan bij {name}"],
    SavedToLead => [
        "Saved to the lead: “Prepare the call” opens this prep again.",
        "Sparat på leadet: ”Förbered samtalet” öppnar förberedelsen igen.",
        "Beim Lead gespeichert: „Anruf vorbereiten“ öffnet diese Vorbereitung wieder.",
        "Lagret på leadet: «Forbered samtalen» åpner forberedelsen igjen.",
        "Opgeslagen bij de lead: ‘Bereid het gesprek voor’ opent deze voorbereiding weer.",
    ],
    PrepLeadGone => [
        "This lead no longer exists (deleted in another tab?), so the prep was not saved. It stays here.",
        "Leadet finns inte längre (raderat i en annan flik?), så förberedelsen sparades inte. Den finns kvar här.",
        "Diesen Lead gibt es nicht mehr (in einem anderen Tab gelöscht?), daher wurde die Vorbereitung nicht gespeichert. Sie bleibt hier stehen.",
        "Leadet finnes ikke lenger (slettet i en annen fane?), så forberedelsen ble ikke lagret. Den blir stående her.",
        "Deze lead bestaat niet meer (verwijderd in een ander tabblad?), dus de voorbereiding is niet opgeslagen. Ze blijft hier staan.",
    ],
    Copy => ["Copy", "Kopiera", "Kopieren", "Kopier", "Kopiëren"],
    TheAdvice => ["the advice", "rådet", "die Empfehlung", "rådet", "het advies"],
    Copied => ["Copied", "Kopierat", "Kopiert", "Kopiert", "Gekopieerd"],
    CopyFailed => [
        "Could not copy: select the text and copy it yourself.",
        "Det gick inte att kopiera: markera texten och kopiera den själv.",
        "Kopieren nicht möglich: Markieren Sie den Text und kopieren Sie ihn selbst.",
        "Kunne ikke kopiere: merk teksten og kopier den selv.",
        "Kopiëren lukte niet: selecteer de tekst en kopieer hem zelf.",
    ],
    FillGapsFirst => [
        "Not ready to use yet: fill in {gaps} first.",
        "Inte klar att använda än: fyll först i {gaps}.",
        "Noch nicht fertig: Ergänzen Sie zuerst {gaps}.",
        "Ikke klar til bruk ennå: fyll først inn {gaps}.",
        "Nog niet klaar: vul eerst {gaps} in.",
    ],
    CountedPrepared => [
        "Counted toward today’s goal of prepared calls (W1).",
        "Räknas in i dagens mål för förberedda samtal (W1).",
        "Zählt zum heutigen Ziel vorbereiteter Anrufe (W1).",
        "Telt med i dagens mål for forberedte samtaler (W1).",
        "Telt mee voor je dagdoel voor voorbereide gesprekken (W1).",
    ],
    // Issue 15: CRM import
    FieldCrmStatus => ["CRM status", "CRM-status", "CRM-Status", "CRM-status", "CRM-status"],
    FieldLostReason => ["Lost reason", "Förlustorsak", "Verlustgrund", "Tapsårsak", "Reden van verlies"],
    StatusMappingCaption => [
        "Statuses in the file and what they become",
        "Statusar i filen och vad de blir",
        "Status in der Datei und was daraus wird",
        "Statuser i filen og hva de blir",
        "Statussen in het bestand en wat ze worden",
    ],
    StatusInFile => ["Status in the file", "Status i filen", "Status in der Datei", "Status i filen", "Status in het bestand"],
    StatusRows => ["Rows", "Rader", "Zeilen", "Rader", "Rijen"],
    StatusBecomes => ["Becomes", "Blir", "Wird zu", "Blir", "Wordt"],
    StatusNotRecognised => [
        "Not recognised, so ignored until you choose what it means.",
        "Okänd status, så den ignoreras tills du väljer vad den betyder.",
        "Nicht erkannt und daher ignoriert, bis Sie festlegen, was er bedeutet.",
        "Ukjent status, så den ignoreres til du velger hva den betyr.",
        "Niet herkend, dus genegeerd tot je kiest wat het betekent.",
    ],
    StatusNewLead => ["New lead: the first call", "Nytt lead: första samtalet", "Neuer Lead: der erste Anruf", "Nytt lead: første samtale", "Nieuwe lead: het eerste gesprek"],
    StatusAttempted => [
        "Tried, not reached: one unanswered attempt (L1)",
        "Försökt, ingen kontakt: ett obesvarat försök (L1)",
        "Versucht, nicht erreicht: ein unbeantworteter Versuch (L1)",
        "Forsøkt, ingen kontakt: ett ubesvart forsøk (L1)",
        "Geprobeerd, niet bereikt: één onbeantwoorde poging (L1)",
    ],
    StatusInDialogue => [
        "In dialogue: reached, talks are ongoing",
        "I dialog: kontakt etablerad, dialogen pågår",
        "Im Gespräch: erreicht, die Gespräche laufen",
        "I dialog: kontakt oppnådd, dialogen pågår",
        "In contact: bereikt, de gesprekken lopen",
    ],
    StatusNurture => [
        "Not now: keep in touch until they are ready to buy (L5)",
        "Inte nu: håll kontakten varm tills de är redo att köpa (L5)",
        "Jetzt nicht: locker in Kontakt bleiben, bis der Kunde kaufbereit ist (L5)",
        "Ikke nå: hold kontakten varm til de er klare til å kjøpe (L5)",
        "Nu niet: contact warm houden tot ze klaar zijn om te kopen (L5)",
    ],
    StatusNotQualified => [
        "Not qualified: let go (L3)",
        "Inte kvalificerat: släpp leadet (L3)",
        "Nicht qualifiziert: loslassen (L3)",
        "Ikke kvalifisert: slipp leadet (L3)",
        "Niet gekwalificeerd: loslaten (L3)",
    ],
    StatusCustomer => [
        "Already a customer: not imported",
        "Redan kund: importeras inte",
        "Bereits Kunde: wird nicht importiert",
        "Allerede kunde: importeres ikke",
        "Al klant: wordt niet geïmporteerd",
    ],
    RowOtherDelimiter => [
        "looks separated by {row}, the file by {file}",
        "verkar avgränsad med {row}, filen med {file}",
        "scheint durch {row} getrennt zu sein, die Datei durch {file}",
        "ser ut til å være skilt med {row}, filen med {file}",
        "lijkt gescheiden door {row}, het bestand door {file}",
    ],
    DelimiterCommas => ["commas", "kommatecken", "Kommas", "kommaer", "komma’s"],
    DelimiterSemicolons => ["semicolons", "semikolon", "Semikolons", "semikolon", "puntkomma’s"],
    DelimiterTabs => ["tabs", "tabbar", "Tabulatoren", "tabulatorer", "tabtekens"],
    DelimiterBars => ["vertical bars (|)", "lodstreck (|)", "senkrechte Striche (|)", "loddrette streker (|)", "verticale strepen (|)"],
    RowAlreadyCustomer => [
        "column “{column}”: already a customer, not a lead to chase (choose another meaning for that status above to import it)",
        "kolumnen ”{column}”: redan kund, inget lead att jaga (välj en annan betydelse för statusen ovan för att importera raden)",
        "Spalte „{column}“: bereits Kunde, kein Lead zum Nachfassen (wählen Sie oben eine andere Bedeutung für den Status, um die Zeile zu importieren)",
        "kolonnen «{column}»: allerede kunde, ikke et lead å jage (velg en annen betydning for statusen over for å importere raden)",
        "kolom ‘{column}’: al klant, geen lead om achteraan te zitten (kies hierboven een andere betekenis voor die status om de rij te importeren)",
    ],
    ChooseCsvFile => ["Choose a CSV file…", "Välj en CSV-fil …", "CSV-Datei auswählen …", "Velg en CSV-fil …", "Kies een CSV-bestand…"],
    NoFileChosenYet => ["No file chosen yet", "Ingen fil vald än", "Noch keine Datei ausgewählt", "Ingen fil valgt ennå", "Nog geen bestand gekozen"],
    ChooseBackupFile => ["Choose a backup file…", "Välj en säkerhetskopia …", "Sicherungsdatei auswählen …", "Velg en sikkerhetskopi …", "Kies een back-upbestand…"],
    FileChosen => ["File: {name}", "Fil: {name}", "Datei: {name}", "Fil: {name}", "Bestand: {name}"],
}}

texts! { PracticeText {
    PracticeHeading => ["Practice before you call", "Träna inför samtalen", "Üben vor dem Anruf", "Øv før du ringer", "Oefenen voor je belt"],
    PracticeIntro => [
        "Short drills, graded by the same coach as the other tabs. What you miss comes back sooner; what you master, later.",
        "Korta övningar som rättas av samma coach som de andra flikarna. Det du missar kommer tillbaka snart, det du kan kommer senare.",
        "Kurze Übungen, bewertet vom selben Coach wie in den anderen Reitern. Was danebengeht, kommt bald wieder; was sitzt, erst später.",
        "Korte øvelser, vurdert av den samme coachen som i de andre fanene. Det du bommer på, kommer snart igjen; det du kan, kommer senere.",
        "Korte oefeningen, beoordeeld door dezelfde coach als op de andere tabbladen. Wat misgaat komt snel terug, wat je beheerst pas later.",
    ],
    PracticeIntroAlone => [
        "Short drills, graded by warmcall's coach, which says what it found and why. What you miss comes back sooner; what you master, later.",
        "Korta övningar som rättas av warmcalls coach, som säger vad den hittade och varför. Det du missar kommer tillbaka snart, det du kan kommer senare.",
        "Kurze Übungen, bewertet vom Coach von warmcall, der sagt, was er gefunden hat und warum. Was danebengeht, kommt bald wieder; was sitzt, erst später.",
        "Korte øvelser, vurdert av warmcalls coach, som sier hva den fant og hvorfor. Det du bommer på, kommer snart igjen; det du kan, kommer senere.",
        "Korte oefeningen, beoordeeld door de coach van warmcall, die zegt wat hij vond en waarom. Wat misgaat komt snel terug, wat je beheerst pas later.",
    ],
    TryAgain => ["Try again", "Försök igen", "Noch einmal versuchen", "Prøv igjen", "Probeer het opnieuw"],
    FirstAnswerCounts => [
        "Graded again; your first answer is the one the schedule keeps.",
        "Rättat igen; det är ditt första svar som repetitionsschemat sparar.",
        "Erneut bewertet; für den Wiederholungsplan zählt Ihre erste Antwort.",
        "Vurdert på nytt; det er det første svaret ditt som repetisjonsplanen tar vare på.",
        "Opnieuw beoordeeld; voor het herhaalschema telt je eerste antwoord.",
    ],
    SummaryHeading => ["What to remember", "Att komma ihåg", "Zum Merken", "Verdt å huske", "Om te onthouden"],
    DownloadResults => [
        "Download my results (CSV)",
        "Ladda ner mina resultat (CSV)",
        "Meine Ergebnisse herunterladen (CSV)",
        "Last ned resultatene mine (CSV)",
        "Mijn resultaten downloaden (CSV)",
    ],
    SameAsInterface => ["Same as the interface", "Samma som gränssnittet", "Wie die Oberfläche", "Samme som grensesnittet", "Zelfde als de interface"],
    PracticeLanguage => ["Language of the exercises", "Övningarnas språk", "Sprache der Übungen", "Språk i øvelsene", "Taal van de oefeningen"],
    SessionSize => ["Exercises per session", "Övningar per pass", "Übungen pro Durchgang", "Øvelser per økt", "Oefeningen per sessie"],
    StartSession => ["Start a session", "Starta ett pass", "Durchgang starten", "Start en økt", "Start een sessie"],
    StartSkillSession => ["Practise this skill", "Träna den här färdigheten", "Diese Fähigkeit üben", "Øv på denne ferdigheten", "Deze vaardigheid oefenen"],
    LoadingExercises => ["Loading the exercises…", "Hämtar övningarna …", "Übungen werden geladen …", "Henter øvelsene …", "Oefeningen worden geladen…"],
    NoExercises => [
        "There are no exercises for this choice yet.",
        "Det finns inga övningar för det här valet än.",
        "Für diese Auswahl gibt es noch keine Übungen.",
        "Det finnes ingen øvelser for dette valget ennå.",
        "Voor deze keuze zijn er nog geen oefeningen.",
    ],
    CustomExerciseProblems => [
        "Some of the course's own exercises could not be used:",
        "Några av kursens egna övningar kunde inte användas:",
        "Einige eigene Übungen des Kurses konnten nicht verwendet werden:",
        "Noen av kursets egne øvelser kunne ikke brukes:",
        "Een paar eigen oefeningen van de cursus konden niet worden gebruikt:",
    ],
    IdOfBuiltIn => [
        "“{id}”: a built-in exercise has this id, so the course's exercise was left out; give it another id.",
        "”{id}”: en inbyggd övning har det här id:t, så kursens övning utelämnades; ge den ett annat id.",
        "„{id}“: Eine eingebaute Übung hat diese ID, darum wurde die Übung des Kurses weggelassen; geben Sie ihr eine andere ID.",
        "«{id}»: en innebygd øvelse har denne id-en, så kursets øvelse ble utelatt; gi den en annen id.",
        "“{id}”: een ingebouwde oefening heeft deze id, dus de oefening van de cursus is weggelaten; geef haar een andere id.",
    ],
    CourseExercisesElsewhere => [
        "Exercises of this course in another language: {count}. To practise them, choose that language for the exercises.",
        "Kursens övningar på ett annat språk: {count}. Välj det språket för övningarna för att träna dem.",
        "Übungen dieses Kurses in einer anderen Sprache: {count}. Um sie zu üben, wählen Sie diese Sprache für die Übungen.",
        "Kursets øvelser på et annet språk: {count}. Velg det språket for øvelsene for å øve på dem.",
        "Oefeningen van deze cursus in een andere taal: {count}. Kies die taal voor de oefeningen om ze te oefenen.",
    ],
    ExerciseOf => ["Exercise {n} of {total}", "Övning {n} av {total}", "Übung {n} von {total}", "Øvelse {n} av {total}", "Oefening {n} van {total}"],
    TheSituation => ["The situation", "Läget", "Die Lage", "Situasjonen", "De situatie"],
    RewriteThis => ["Rewrite this", "Skriv om det här", "Formulieren Sie das um", "Skriv om dette", "Herschrijf dit"],
    YourVersion => ["Your version", "Din version", "Ihre Fassung", "Din versjon", "Jouw versie"],
    WhatNowQuestion => ["What do you do next with this lead?", "Vad gör du härnäst med den här leaden?", "Was tun Sie als Nächstes mit diesem Lead?", "Hva gjør du videre med denne leaden?", "Wat doe je nu met deze lead?"],
    CheckAnswer => ["Check", "Rätta", "Prüfen", "Sjekk", "Controleren"],
    NextExercise => ["Next exercise", "Nästa övning", "Nächste Übung", "Neste øvelse", "Volgende oefening"],
    FinishSession => ["See the result", "Se resultatet", "Ergebnis ansehen", "Se resultatet", "Bekijk het resultaat"],
    EndSession => ["Stop the session", "Avbryt passet", "Durchgang beenden", "Avbryt økten", "Sessie stoppen"],
    Passed => ["Passed", "Godkänt", "Bestanden", "Bestått", "Geslaagd"],
    NotYet => ["Not yet", "Inte än", "Noch nicht", "Ikke ennå", "Nog niet"],
    ModelAnswer => ["A model answer", "Ett förslag på svar", "Eine Musterantwort", "Et forslag til svar", "Een voorbeeldantwoord"],
    CoachAdvice => ["What the coach advises", "Vad coachen råder", "Was der Coach rät", "Hva coachen anbefaler", "Wat de coach adviseert"],
    SessionDone => [
        "Session done: {passed} of {total} passed.",
        "Passet är klart: {passed} av {total} godkända.",
        "Durchgang beendet: {passed} von {total} bestanden.",
        "Økten er ferdig: {passed} av {total} bestått.",
        "Sessie klaar: {passed} van de {total} geslaagd.",
    ],
    ProgressHeading => ["Your progress", "Dina framsteg", "Ihr Fortschritt", "Din fremgang", "Je voortgang"],
    NoAttemptsYet => [
        "No exercises done yet: start a session to see your progress here.",
        "Inga övningar gjorda än: starta ett pass så syns dina framsteg här.",
        "Noch keine Übung gemacht: Starten Sie einen Durchgang, dann sehen Sie hier Ihren Fortschritt.",
        "Ingen øvelser gjort ennå: start en økt, så ser du fremgangen din her.",
        "Nog geen oefeningen gedaan: start een sessie om hier je voortgang te zien.",
    ],
    StreakDays => [
        "Days in a row you practised: {days}",
        "Dagar i rad som du har tränat: {days}",
        "Tage in Folge mit Übung: {days}",
        "Dager på rad du har øvd: {days}",
        "Dagen op rij geoefend: {days}",
    ],
    PractiseNext => ["Practise next", "Träna härnäst", "Als Nächstes üben", "Øv på dette nå", "Oefen hierna"],
    PassRateLine => [
        "{rate} % of the last attempts passed ({attempts} in all)",
        "{rate} % av de senaste försöken godkända ({attempts} totalt)",
        "{rate} % der letzten Versuche bestanden ({attempts} insgesamt)",
        "{rate} % av de siste forsøkene bestått ({attempts} i alt)",
        "{rate}% van de laatste pogingen geslaagd ({attempts} in totaal)",
    ],
    NotPractised => ["not practised yet", "inte tränad än", "noch nicht geübt", "ikke øvd ennå", "nog niet geoefend"],
    ChartTitle => [
        "Pass rate per day over the last {days} days, per skill",
        "Andel godkända per dag de senaste {days} dagarna, per färdighet",
        "Bestehensquote pro Tag in den letzten {days} Tagen, je Fähigkeit",
        "Andel bestått per dag de siste {days} dagene, per ferdighet",
        "Slagingspercentage per dag over de laatste {days} dagen, per vaardigheid",
    ],
}}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text of `all` is there in every language, and differs from the English unless
    /// listed in `same_as_english`: anything else identical to English is a forgotten translation.
    fn check_translated<T: Translated + PartialEq + std::fmt::Debug>(
        all: &[T],
        same_as_english: &[(T, Lang)],
    ) {
        for &text in all {
            let english = t(Lang::En, text);
            assert!(!english.trim().is_empty(), "{text:?} is empty in English");
            for lang in Lang::ALL.into_iter().skip(1) {
                let translated = t(lang, text);
                assert!(
                    !translated.trim().is_empty(),
                    "{text:?} is empty in {lang:?}"
                );
                if !same_as_english.contains(&(text, lang)) {
                    assert_ne!(translated, english, "{text:?} is untranslated in {lang:?}");
                }
            }
        }
    }

    #[test]
    fn no_text_holds_the_separator_between_its_languages() {
        for joined in Text::ALL.iter().map(|text| text.0) {
            assert_eq!(
                joined.split(crate::coach::lang::JOINED_SEPARATOR).count(),
                Lang::COUNT,
                "{joined}"
            );
        }
        for joined in PracticeText::ALL.iter().map(|text| text.0) {
            assert_eq!(
                joined.split(crate::coach::lang::JOINED_SEPARATOR).count(),
                Lang::COUNT,
                "{joined}"
            );
        }
    }

    #[test]
    fn every_text_is_translated_into_every_language() {
        // Words that really are the same in a language.
        // "Leads" is the word sales tools in these languages use.
        check_translated(
            Text::ALL,
            &[
                (Text::TabOpener, Lang::Nl),
                (Text::Score, Lang::Nl),
                (Text::TabLeads, Lang::Sv),
                (Text::TabLeads, Lang::De),
                (Text::TabLeads, Lang::Nb),
                (Text::TabLeads, Lang::Nl),
                (Text::ColumnLead, Lang::Sv),
                (Text::ColumnLead, Lang::De),
                (Text::ColumnLead, Lang::Nb),
                (Text::ColumnLead, Lang::Nl),
                (Text::LeadsWord, Lang::Sv),
                (Text::LeadsWord, Lang::Nb),
                (Text::LeadsWord, Lang::Nl),
            ],
        );
        check_translated(PracticeText::ALL, &[]);
    }

    #[test]
    fn texts_naming_a_language_have_its_place_once_in_every_language() {
        for text in [
            Text::DetectedLang,
            Text::LangNothingWritten,
            Text::LangUnsure,
            Text::LangGuess,
            Text::UseLang,
        ] {
            for lang in Lang::ALL {
                assert_eq!(
                    t(lang, text).matches("{lang}").count(),
                    1,
                    "{text:?} in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn rule_ids_cited_in_english_are_cited_in_every_language() {
        for &text in Text::ALL {
            let english = t(Lang::En, text);
            for rule in ["L1", "T1", "T4"] {
                if english.contains(rule) {
                    for lang in Lang::ALL {
                        assert!(
                            t(lang, text).contains(rule),
                            "{text:?} in {lang:?} lacks {rule}"
                        );
                    }
                }
            }
        }
    }
}
