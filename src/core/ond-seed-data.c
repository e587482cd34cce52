/* ond-seed-data.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The "Uitvoeringsplan ondermijning 2023-2024" as data, in the order of the document.
 * Texts are the plan's own Dutch words with the line breaks of the PDF layout removed;
 * a blank line in a text ("\n\n") separates the paragraphs of the document. Amounts are
 * in cents. Nothing here is translated: it is the content of the plan, not the interface.
 */

#define G_LOG_DOMAIN "ond-seed-data"

#include "config.h"

#include "ond-seed-data.h"

#define EURO(n) ((gint64) (n) * 100)

const OndSeedPlan ond_seed_plan = {
  .title = "Uitvoeringsplan ondermijning 2023-2024",
  .first_year = 2023,
  .last_year = 2024,
  /* Section 3, "Doelstellingen". */
  .objective = "Het voorkomen, zichtbaar maken en aanpakken van ondermijnende criminaliteit om "
               "een veilig en leefbaar Dordrecht te creëren",
};

/* Sections 3 (the numbered list of pillars) and 3.1-3.3 (headings and introductions). */
const OndSeedPillar ond_seed_pillars[] = {
  {
    1,
    "Aanpakken van ondermijnende criminaliteit",
    "Het aanpakken van ondermijnende criminaliteit",
    "Bij de aanpak van ondermijning zetten we in op verschillende ondermijningsthema's die in "
    "hoofdstuk 5 worden uiteengezet.",
  },
  {
    2,
    "Versterken van een weerbare overheid",
    "Het versterken van een weerbare overheid",
    "Het aanpakken van georganiseerde ondermijnende criminaliteit vraagt om een georganiseerde "
    "overheid. Hiervoor is het essentieel om de weerbaarheid en awareness van de gemeentelijke "
    "organisatie en het bestuur te vergroten en de kennis van medewerkers over ondermijning "
    "uit te breiden. Dit wordt gedaan door in te zetten op bewustwording, informatiepositie en "
    "beleid.",
  },
  {
    3,
    "Versterken van de maatschappelijke weerbaarheid",
    "Het versterken van de maatschappelijke weerbaarheid",
    "\"Samen bouwen aan een sterk en groen Dordrecht\" is het motto van het Politiek Akkoord "
    "waarbij een van de focuspunten 'een veilige, leefbare en levendige stad is'. Daarnaast "
    "moet de aanpak zichtbaar, voelbaar en herkenbaar zijn voor onze inwoners. Dit betekent "
    "dat we de komende jaren de veiligheidsaanpak nadrukkelijker vanuit de leefwereld van "
    "onze inwoners vorm moeten gaan geven. Uit onderzoek blijkt dat 29 procent van de "
    "Dordtse inwoners 'niet echt' vertrouwen heeft in de veiligheidsaanpak van de gemeente. "
    "Zichtbaarheid en herkenbaarheid kunnen veel bijdragen aan het verbeteren van dit lage "
    "vertrouwen. En dat is nodig om gedragsverandering en samenwerking voor elkaar te "
    "krijgen.\n\n"
    "Om de aanpak van ondermijning meer zichtbaar te maken is een strategisch "
    "communicatieplan opgesteld waarin inwoners, ondernemers, pandeigenaren en "
    "professionals in de gemeente Dordrecht worden meegenomen in de aanpak van "
    "ondermijning (Strategisch Beleidskader Communicatie Ondermijning). Door de "
    "maatschappij te betrekken in de ondermijningsaanpak wordt er gewerkt aan de "
    "weerbaarheid en awareness op het thema. Zo kunnen signalen beter worden herkend, "
    "waardoor inwoners weten hoe zij weerstand kunnen bieden tegen ondermijning, om te "
    "voorkomen dat zij mogelijk faciliteerder worden van ondermijnende criminaliteit. "
    "Daarnaast is het van belang dat inwoners weten waar zij terecht kunnen met signalen "
    "van ondermijnende criminaliteit. Ook het vergroten van de weerbaarheid onder jongeren "
    "heeft een hoge prioriteit binnen deze pijler, waarbij een preventieve aanpak wenselijk "
    "is.\n\n"
    "Om de maatschappelijke weerbaarheid te versterken wordt ingezet op kennis en "
    "preventie.",
  },
};
const guint ond_seed_n_pillars = G_N_ELEMENTS (ond_seed_pillars);

/* Section 5, "Integrale samenwerking" (and the RIEC of section 3.1 and PVO Rotterdam of
 * section 3.3). By kind, then in the order the document names them. The eight members of
 * the regiegroep are the eight of the list in section 5. */
const OndSeedPartner ond_seed_partners[] = {
  { "Gemeente Dordrecht", "Gemeente", "gemeentelijk", FALSE },
  { "Team Handhaving Gemeente Dordrecht", "Handhaving", "gemeentelijk", TRUE },
  { "Team Communicatie Gemeente Dordrecht", "Communicatie", "gemeentelijk", TRUE },
  { "Team Wijken Gemeente Dordrecht", "Wijken", "gemeentelijk", TRUE },
  { "Team Veiligheid Gemeente Dordrecht", "Veiligheid", "gemeentelijk", TRUE },

  { "Basisteam politie Drechtsteden Binnen", "Politie", "extern", TRUE },
  { "Omgevingsdienst Zuid Holland Zuid", "OZHZ", "extern", TRUE },
  { "Sociale Dienst Drechtsteden", "SDD", "extern", TRUE },
  { "Regionaal Informatie en Expertisecentrum", "RIEC", "extern", FALSE },
  { "Motus", "Motus", "extern", FALSE },
  { "Regionaal Operationeel Bestuurlijk Team", "ROBT", "extern", FALSE },
  { "Regionaal Controleteam Prostitutie en Mensenhandel", "RCTM", "extern", FALSE },
  { "Zorg- en Veiligheidshuis Zuid-Holland Zuid", "ZVH", "extern", FALSE },
  { "Stichting Humanitas Expertisecentrum Seksualiteit Sekswerk en Mensenhandel",
    "Humanitas ESSM", "extern", FALSE },
  { "Veilig Thuis", "Veilig Thuis", "extern", FALSE },
  { "Platform Veilig Ondernemen Rotterdam", "PVO Rotterdam", "extern", FALSE },

  { "Openbaar Ministerie Rotterdam", "OM", "riec", TRUE },
  { "Provincies", "Provincies", "riec", FALSE },
  { "Nationale Politie", "Nationale Politie", "riec", FALSE },
  { "Belastingdienst", "Belastingdienst", "riec", FALSE },
  { "Douane", "Douane", "riec", FALSE },
  { "Fiscale inlichtingen- en opsporingsdienst", "FIOD", "riec", FALSE },
  { "Nederlandse Arbeidsinspectie", "NLA", "riec", FALSE },
  { "Koninklijke Marechaussee", "KMar", "riec", FALSE },
  { "Immigratie- en Naturalisatiedienst", "IND", "riec", FALSE },
  { "Uitvoeringsinstituut Werknemersverzekeringen", "UWV", "riec", FALSE },
  { "Nederlandse Voedsel- en Warenautoriteit", "NVWA", "riec", FALSE },
};
const guint ond_seed_n_partners = G_N_ELEMENTS (ond_seed_partners);

/* Section 4 (names), section 7 (the responsible partners per theme). */
const OndSeedTheme ond_seed_themes[] = {
  { "Drugs", "Drugs", "softdrugs en harddrugs", { "Politie", "OZHZ", NULL } },
  { "Mensenhandel", "Mensenhandel", "criminele-, seksuele- en arbeidsuitbuiting",
    { "Handhaving", "Gemeente", NULL } },
  { "Kwetsbare bedrijven(-terreinen), watergebonden locaties en vakantiepark",
    "Bedrijventerreinen", "", { "Gemeente", NULL } },
  { "Outlaw Motorcycle Gangs (OMG)", "OMG", "", { "Politie", NULL } },
  { "Fraude", "Fraude", "", { "RIEC", "SDD", NULL } },
  { "Jonge aanwas", "Jonge aanwas", "", { "RIEC", "Wijken", NULL } },
};
const guint ond_seed_n_themes = G_N_ELEMENTS (ond_seed_themes);

#define THEME_KWETSBAAR "Kwetsbare bedrijven(-terreinen), watergebonden locaties en vakantiepark"

/* Sections 3.1-3.3 (a pillar's own actions) and 4 (the actions of the themes, which are
 * the content of pillar 1). */
const OndSeedAction ond_seed_actions[] = {
  /* 3.1 Pijler 1 */
  { 1, NULL, "Het inzetten van interventies door het opwerken van signalen",
    "De aanpak komt mede tot stand doordat informatie over mogelijke ondermijnende "
    "activiteiten wordt verkregen vanuit de eigen gemeentelijke organisatie, "
    "professionals, burgers en ondernemers. Deze signalen komen als meldingen "
    "binnen in het casusoverleg bij het kernteam ondermijning van de gemeente "
    "Dordrecht. Vervolgens worden de meldingen gewogen om te bepalen welke "
    "complexiteit de melding heeft en op welke wijze en door welke partner de melding "
    "opgepakt dient te worden (Werkproces aanpak ondermijnende criminaliteit). "
    "Daarna wordt er met de ketenpartners geïntervenieerd en vindt er een "
    "zorgvuldige monitoring plaats om te bepalen of de interventies effectief zijn "
    "geweest. Witwassen wordt in hoofdstuk 5 niet genoemd als specifiek thema, maar "
    "dit onderwerp loopt als rode draad door alle ondermijningsthema's heen.\n\n"
    "In de interventiefase kunnen we het bestuurlijk instrumentarium actief inzetten "
    "om barrières op te werpen om ondermijning tegen te gaan. Dit wordt gedaan in "
    "de rol als toezichthouder en handhaver van wet- en regelgeving, de wettelijke "
    "taken ten aanzien van de basisregistraties, maar ook de mogelijkheden die de "
    "Algemene Plaatselijke Verordening, de Opiumwet, de Gemeentewet, de Wet "
    "Basisregistratie Personen, de Huisvestingswet en de wet BIBOB ons bieden. Naast "
    "bestuurlijke inzet is een integrale inzet van interventies noodzakelijk om "
    "ondermijning effectief tegen te gaan. In de bijlage worden de interventies "
    "genoemd die integraal worden opgeworpen om ondermijning tegen te gaan." },
  { 1, NULL, "Het vergroten van de informatiepositie voor betere focus",
    "Naast het inzetten op casuïstiek wordt de informatiepositie vergroot door "
    "onderzoek te doen naar fenomenen en trend, om te bepalen waar de focus dient "
    "te liggen in de toekomst en nieuw beleid vereist is. Hierbij worden landelijke en "
    "regionale trends en ontwikkelingen gevolgd via het Regionaal Informatie en "
    "Expertisecentrum (RIEC), de Vereniging van Nederlandse Gemeenten (VNG) en "
    "het Centrum voor Criminaliteitspreventie en Veiligheid (CCV). Door meer zicht te "
    "krijgen op ondermijning kunnen gelegenheidsstructuren beter in kaart worden "
    "gebracht en kunnen criminele activiteiten bloot worden gelegd. Ook wordt er "
    "gebruik gemaakt van applicaties zoals Zicht op Ondermijning en monitort de "
    "analist op basis van beschikbare (semi-) open bronnen zoals het Kadaster en de "
    "Kamer van Koophandel." },

  /* 3.2 Pijler 2 */
  { 2, NULL, "Bewustwording in de organisatie",
    "Het geven van een interne training over ondermijning aan de verschillende "
    "afdelingen, het management, de gemeenteraad en het bestuur." },
  { 2, NULL, "Bewustwording in de organisatie",
    "Het blijven informeren over ondermijning in de organisatie door een "
    "handreiking te bieden op het intranet van de organisatie, de meldkanalen "
    "te promoten, het delen van resultaten en acties en het betrekken van de "
    "organisatie in de aanpak." },
  { 2, NULL, "Bewustwording in de organisatie",
    "Er is aandacht voor integriteit en een veilige werkomgeving voor de "
    "medewerkers." },
  { 2, NULL, "Informatiepositie en informatiebeveiliging",
    "Het waarborgen van privacywetgeving in een privacyprotocol." },
  { 2, NULL, "Informatiepositie en informatiebeveiliging",
    "Het deelnemen aan de datavolwassenheidsscan (mei 2023)." },
  { 2, NULL, "Informatiepositie en informatiebeveiliging",
    "Het inrichten van een Veiligheids Informatie Knooppunt (VIK)." },
  { 2, NULL, "Informatiepositie en informatiebeveiliging",
    "Het optimaliseren van het archiveringssysteem voor ondermijning in "
    "samenwerking met andere thema's en het onderzoeken van nieuwe "
    "mogelijkheden." },
  { 2, NULL, "Beleid en handhaving",
    "Actualisatie van beleid omtrent ondermijning zoals het mensenhandel, "
    "BIBOB en drugsbeleid." },
  { 2, NULL, "Beleid en handhaving",
    "APV ondermijningsproof maken en houden." },
  { 2, NULL, "Beleid en handhaving",
    "Actualisatie van de werkprocessen en convenanten." },

  /* 3.3 Pijler 3 */
  { 3, NULL, "Het vergroten van kennis over ondermijnende criminaliteit",
    "Het opstellen van een Strategisch Beleidskader Communicatie en "
    "contentkalender." },
  { 3, NULL, "Het vergroten van kennis over ondermijnende criminaliteit",
    "Het inzetten van diverse voorlichtings- en awareness middelen gericht op "
    "het herkennen van signalen van ondermijning en weerbaar maken van "
    "inwoners en ondernemers." },
  { 3, NULL, "Het vergroten van kennis over ondermijnende criminaliteit",
    "De samenwerking opzoeken met het Platform Veilig Ondernemen "
    "Rotterdam (PVO Rotterdam) om ondernemers te betrekken bij de aanpak "
    "van ondermijning." },
  { 3, NULL, "Het vergroten van kennis over ondermijnende criminaliteit",
    "Het promoten van het meldkanaal Meld Misdaad Anoniem." },
  { 3, NULL, "Het vergroten van kennis over ondermijnende criminaliteit",
    "Het inzichtelijk maken van resultaten en acties." },
  { 3, NULL, "Het vergroten van kennis over ondermijnende criminaliteit",
    "Het informeren van burgers en ondernemers bij het nemen van integrale of "
    "bestuurlijke maatregelen zoals het sluiten van een pand in het kader van "
    "drugs of prostitutie." },
  { 3, NULL, "Het vergroten van kennis over ondermijnende criminaliteit",
    "Het vergroten van de weerbaarheid van pandeigenaren, hotelmanagers en "
    "ondernemers (bijvoorbeeld het beperken van grote contante betalingen)." },
  { 3, NULL, "Het vergroten van kennis over ondermijnende criminaliteit",
    "Het geven van voorlichtingen aan woningcorporaties, wijkagenten en "
    "handhaving over de aanpak van ondermijning en crimineel pandgebruik "
    "(Motus)." },
  { 3, NULL, "Preventieve inzet",
    "De inzet van weerbaarheidsprojecten op scholen gericht op jongeren, "
    "ouders en docenten." },
  { 3, NULL, "Preventieve inzet",
    "Het bieden van een passend hulpaanbod om terugval in de georganiseerde "
    "criminaliteit te voorkomen en mensen een ander perspectief te bieden en "
    "het vertrouwen in de overheid te herstellen." },
  { 3, NULL, "Preventieve inzet",
    "Het aansluiten bij toekomstige (ruimtelijke) ontwikkelingen en op te "
    "bepalen visies;" },
  { 3, NULL, "Preventieve inzet",
    "Aansluiten bij Preventie met Gezag, een wijkgerichte aanpak gericht op "
    "jeugd, ondermijning en straf met zorg als onderdeel van het breed "
    "offensief tegen ondermijnende criminaliteit (BOTOC), met extra inzet op "
    "een integrale en preventieve aanpak tegen ondermijning. In dit "
    "programma is gekozen voor Dordrecht West als aandachtsgebied om "
    "ervoor te zorgen dat ondermijnende gelegenheidsstructuren in deze wijk "
    "afnemen." },

  /* 4 Ondermijningsthema's: Drugs */
  { 1, "Drugs", "Drugs",
    "Het ontmantelen van hennepkwekerijen en drugslabs." },
  { 1, "Drugs", "Drugs",
    "Het continueren van de drugsaanpak en de samenwerking met OZHZ." },
  { 1, "Drugs", "Drugs",
    "Het zichtbaar opvolging geven aan de signalen over drugs en straathandel "
    "in samenwerking met politie." },
  { 1, "Drugs", "Drugs",
    "Het bieden van maatwerk bij het opleggen van bestuurlijke maatregelen." },
  { 1, "Drugs", "Drugs",
    "Onderzoek verrichten naar achterliggende netwerken en deze netwerken "
    "aanpakken." },
  { 1, "Drugs", "Drugs",
    "Crimescript cocaïne (productie, import, uithalen, opslag en beheer, handel "
    "en distributie, export) en focus binnen Dordrecht bepalen." },

  /* Mensenhandel */
  { 1, "Mensenhandel", "Mensenhandel",
    "Het opstellen van een compleet beeld van signalen en casuïstiek van "
    "mensenhandel (omvang, locaties, branches)." },
  { 1, "Mensenhandel", "Mensenhandel",
    "Inzetten op preventie om de weerbaarheid van potentiële slachtoffers te "
    "vergroten." },
  { 1, "Mensenhandel", "Mensenhandel",
    "Het uitvoeren van controles, gesprekken voeren met potentiële slachtoffers "
    "in kwetsbare branches en het voeren van stopgesprekken met "
    "faciliteerders." },
  { 1, "Mensenhandel", "Mensenhandel",
    "Het vergroten van de kennis, weerbaarheid en meldingsbereidheid van "
    "professionals en inwoners." },
  { 1, "Mensenhandel", "Mensenhandel",
    "Meer zicht krijgen op kwetsbare branches." },
  { 1, "Mensenhandel", "Mensenhandel",
    "Het verbeteren van de signalerings- en interventiemogelijkheden voor "
    "slachtoffers, daders en faciliteerders." },
  { 1, "Mensenhandel", "Mensenhandel",
    "Inzetten op een open en veilige seksbranche. Zoals het opstellen van een "
    "thuiswerkbeleid en het voorzetten van lokale en regionale controles." },
  { 1, "Mensenhandel", "Mensenhandel",
    "Deelname aan het regionaal samenwerkingsverband voor actualisatie van "
    "mensenhandel beleid en het regionaal uitvoeringsplan." },

  /* Kwetsbare bedrijven(-terreinen), watergebonden locaties en vakantiepark */
  { 1, "Bedrijventerreinen", THEME_KWETSBAAR,
    "Het versterken van de integrale aanpak en samenwerking in de projecten." },
  { 1, "Bedrijventerreinen", THEME_KWETSBAAR,
    "Bedrijven(-terreinen) en watergebonden locaties: Inzet op de automotive "
    "branche, opslagboxen en bedrijfsverzamelgebouwen, verloedering en "
    "weerbaarheid." },
  { 1, "Bedrijventerreinen", THEME_KWETSBAAR,
    "Vakantieparken: Aanpak permanente bewoning verder vormgeven en "
    "uitrollen, structurele overleggen en partnerschap tussen betrokken "
    "partners en team veiligheid inzake (signalen m.b.t.) ondermijning en "
    "openbare ordezaken op of rondom het vakantiepark nader vormgeven en "
    "bestendigen, tegengaan van verloedering, het bevorderen van toerisme en "
    "recreatie in samenwerking met het vakantiepark." },
  { 1, "Bedrijventerreinen", THEME_KWETSBAAR,
    "Het onderzoeken van de vergunningplicht voor bedrijven en/of gebieden." },
  { 1, "Bedrijventerreinen", THEME_KWETSBAAR,
    "Het bijdragen een eerlijk ondernemersklimaat, waarbij de focus ligt op "
    "bedrijventerreinen, watergebonden locaties, vakantiepark en binnenstad." },

  /* Outlaw Motorcycle Gangs (OMG) */
  { 1, "OMG", "Outlaw Motorcycle Gangs (OMG)",
    "Het weren van wettelijk verboden OMG's en clubhuizen." },
  { 1, "OMG", "Outlaw Motorcycle Gangs (OMG)",
    "Het contact leggen met andere motorclubs." },

  /* Fraude */
  { 1, "Fraude", "Fraude",
    "Controleren op bijstandsfraude vanuit de participatiewet en op zorgfraude "
    "vanuit WMO." },
  { 1, "Fraude", "Fraude",
    "Aansluiten bij verkennend onderzoek van het RIEC op het thema "
    "zorgfraude." },

  /* Jonge aanwas */
  { 1, "Jonge aanwas", "Jonge aanwas",
    "Aansluiten bij het Nationaal Programma Leefbaarheid en Veiligheid (NPLV) "
    "in het kader van preventie met gezag (Aandachtsgebied: Dordt West)." },
  { 1, "Jonge aanwas", "Jonge aanwas",
    "Bekijken van het effect voor heel Dordrecht, naast Dordt West." },
  { 1, "Jonge aanwas", "Jonge aanwas",
    "Input vragen van de (toekomstige) projectleider/analist Preventie met "
    "Gezag vanuit het RIEC voor trends en fenomenen." },
  { 1, "Jonge aanwas", "Jonge aanwas",
    "Alert zijn op signalen van ondermijnende criminaliteit bij jongeren in "
    "casusoverleg van het Zorg- en Veiligheidshuis Zuid-Holland-Zuid." },
};
const guint ond_seed_n_actions = G_N_ELEMENTS (ond_seed_actions);

/* Section 8, "Bijlage – Interventie menukaart": the letters are the columns of
 * ond_seed_menukaart_columns (G = Gemeente, P = Politie, O = OZHZ, S = SDD). */
const char * const ond_seed_menukaart_columns[4] = { "Gemeente", "Politie", "OZHZ", "SDD" };

const OndSeedIntervention ond_seed_interventions[] = {
  { "BRP controle", "G" },
  { "BIBOB onderzoek", "GO" },
  { "TRACK netwerktekening opvragen", "GP" },
  { "TRACK netwerktekening met risicomelding", "P" },
  { "Uitvraag doen bij het LIV", "P" },
  { "Integrale controles in kwetsbare branches en gebieden (bedrijventerreinen "
    "(automotive/opslagboxen/bedrijfsverzamelgebouwen, watergebonden locaties en "
    "vakantiepark)", "GO" },
  { "DOR/DOL controle", "GO" },
  { "Controle op uitkering", "S" },
  { "Werkplek controle / Integrale controle", "S" },
  { "Beëindiging / Terugvordering onterechte uitkering", "S" },
  { "Controle arbeids- en uitkeringsverhoudingen", "S" },
  { "Controle Kadaster/KVK/RDW", "GPOS" },
  { "Controle woon-leefsituatie", "S" },
  { "Heronderzoeken", "S" },
  { "Kennis van persoonlijke omstandigheden", "S" },
  { "Vorderen van (bank)gegevens", "S" },
  { "Milieucontrole", "O" },
  { "Bouwcontrole", "O" },
  { "Kamervergunningcontrole", "O" },
  { "Strafrechtelijk onderzoek", "P" },
  { "Beëindigen van illegaal gebruik van gemeentegronden / huurcontract", "G" },
  { "Controleren van (brand)onveilige situaties", "O" },
  { "Knock and talk", "GP" },
  { "Informatie vergaren op of rondom subjecten en objecten", "GPOS" },
  { "Bestuurlijke maatregelen m.b.t drugs en onvergund sekswerk", "GPO" },
  { "Aanplakken van posters / het verspreiden van bewonersbrieven bij de sluiting van "
    "panden om burgers te informeren", "O" },
  { "(preventieve) Last onder dwangsom", "G" },
  { "Aanwijzen veiligheidsrisicogebied", "G" },
  { "Preventief fouilleren", "P" },
  { "Informeel dwangmiddel (brief / gesprek)", "GP" },
  { "Naleven exploitatievergunningplicht", "GO" },
  { "Strategische communicatie", "G" },
  { "Weigeren / intrekken subsidie", "G" },
  { "Bestuurlijke boete / strafbeschikking", "GPOS" },
  { "Bestuurlijke maatregelen m.b.t horeca, woning of publiek toegankelijk gebouw", "GO" },
  { "Ontbinden erfpachtcontract", "G" },
  { "Financieel onderzoek door FINEC", "P" },
  { "Digi (onderzoek in telefoons en andere gegevensdragers)", "P" },
  { "Telefoontaps", "P" },
  { "Diverse vormen van observatie", "P" },
  { "Inzet communicatie (social media, persberichten, website)", "GPOS" },
  { "Verbaliserend optreden", "GPOS" },
  { "Stopgesprekken voeren", "GPOS" },
  { "Pseudokoop", "P" },
  { "Lokmiddelen inzetten", "P" },
  { "Kortstondig plaatsen van camera's", "P" },
  { "Controleren (o.b.v. bevoegdheden)", "GPOS" },
};
const guint ond_seed_n_interventions = G_N_ELEMENTS (ond_seed_interventions);

/* Section 2: the binnenstad, Dordt-West and its four wijken (the aandachtsgebied), the
 * havengebied, the 24 bedrijventerreinen and the vakantiepark. */
const OndSeedArea ond_seed_areas[] = {
  { "Binnenstad", "", FALSE },
  { "Crabbehof", "Dordt-West", TRUE },
  { "Wielwijk", "Dordt-West", TRUE },
  { "Oud-Krispijn", "Dordt-West", TRUE },
  { "Nieuw-Krispijn", "Dordt-West", TRUE },
  { "Haven", "", FALSE },
  { "Bedrijventerreinen", "", FALSE },
  { "Vakantiepark", "", FALSE },
};
const guint ond_seed_n_areas = G_N_ELEMENTS (ond_seed_areas);

/* Section 2, "In 2022 zijn de volgende zaken geconstateerd", in its order; then the
 * figures the planning of section 7 sets targets for. Each is counted from the registers
 * and cases from 2023 on; the 2022 figure is the plan's own (entered as a baseline). */
const OndSeedIndicator ond_seed_indicators[] = {
  { "mma_reports", "Meldingen ondermijning via Meld Misdaad Anoniem", "meldingen",
    "counted", NULL, 84 },
  { "c3_signals", "Signalen van ondermijning geregistreerd in C3", "signalen",
    "counted", NULL, 11 },
  { "drug_dealing_penalty_orders", "Lasten onder dwangsom voor drugsdealen", "lasten",
    "counted", NULL, 23 },
  { "drug_measures", "Bestuurlijke maatregelen drugsaanpak", "maatregelen",
    "counted", NULL, 21 },
  { "drug_warnings_soft", "Waarschuwingen (softdrugs)", "maatregelen",
    "counted", "drug_measures", 5 },
  { "drug_closures_soft", "Sluitingen (softdrugs)", "maatregelen",
    "counted", "drug_measures", 9 },
  { "drug_closures_hard", "Sluitingen (harddrugs)", "maatregelen",
    "counted", "drug_measures", 5 },
  { "drug_penalty_decisions_soft", "Dwangsombesluiten (softdrugs)", "maatregelen",
    "counted", "drug_measures", 1 },
  { "drug_penalty_decisions_hard", "Dwangsombesluiten (harddrugs)", "maatregelen",
    "counted", "drug_measures", 1 },
  { "integrated_controls", "Integrale controles", "controles",
    "counted", NULL, 6 },
  { "integrated_control_businesses", "Bezochte ondernemingen bij integrale controles",
    "ondernemingen", "counted", NULL, 38 },
  { "integrated_control_signals", "Ondermijningssignalen uit integrale controles",
    "signalen", "counted", NULL, 6 },
  { "licensed_sex_work_controls", "Controles in de vergunde seksbranche", "controles",
    "counted", NULL, 6 },
  { "unlicensed_sex_work_controls", "Regionale controles in de onvergunde seksbranche",
    "controles", "counted", NULL, 15 },
  { "licences_revoked", "Ingetrokken vergunningen", "vergunningen",
    "counted", NULL, 1 },
  { "trafficking_measures", "Bestuurlijke maatregelen mensenhandel (onvergunde seksbranche)",
    "maatregelen", "counted", NULL, 9 },
  { "trafficking_warnings", "Waarschuwingen (mensenhandel)", "maatregelen",
    "counted", "trafficking_measures", 2 },
  { "trafficking_closures", "Sluitingen (mensenhandel)", "maatregelen",
    "counted", "trafficking_measures", 3 },
  { "trafficking_penalty_decisions", "Dwangsombesluiten (mensenhandel)", "maatregelen",
    "counted", "trafficking_measures", 4 },
  /* "Er zijn stopgesprekken gevoerd ... wat in 4 gevallen heeft geleid tot een
   * maatwerkoplossing": the number of talks itself is not stated. */
  { "stop_talks", "Stopgesprekken met faciliteerders", "gesprekken",
    "counted", NULL, -1 },
  { "stop_talks_maatwerk", "Stopgesprekken die hebben geleid tot een maatwerkoplossing",
    "gesprekken", "counted", NULL, 4 },

  /* Section 7: what the planning's targets count. */
  { "district_drug_actions", "Wijkgerichte drugsgerelateerde acties", "acties",
    "counted", NULL, -1 },
  { "resilience_actions", "Weerbaarheidsacties", "acties",
    "counted", NULL, -1 },
  { "targeted_trafficking_controls", "Gerichte controles mensenhandel", "controles",
    "counted", NULL, -1 },
};
const guint ond_seed_n_indicators = G_N_ELEMENTS (ond_seed_indicators);

#define NO_TARGETS { { NULL, NULL, 0 }, { NULL, NULL, 0 } }
#define REGIEGROEP "Regiegroep ondermijning"
#define ONDERMIJNING "Ondermijning"

#define WHAT_DRUGS \
  "4 wijkgerichte drugsgerelateerde acties (niet allemaal ondermijning) + henneptrein + " \
  "Crimescript"
#define TARGETS_DRUGS \
  { { "district_drug_actions", "Wijkgerichte drugsgerelateerde acties", 4 }, \
    { NULL, NULL, 0 } }
#define WHAT_CONTROLES \
  "10 integrale controles (circa 8 bedrijven per controle) gericht op het bevorderen van " \
  "een eerlijk ondernemersklimaat"
#define TARGETS_CONTROLES \
  { { "integrated_controls", "Integrale controles", 10 }, \
    { "integrated_control_businesses", "Bezochte bedrijven (circa 8 per controle)", 80 } }
#define WHAT_WEERBAARHEID \
  "Per kwartaal een weerbaarheidsactie en doorlopende communicatieberichten"
#define TARGETS_WEERBAARHEID \
  { { "resilience_actions", "Weerbaarheidsacties (een per kwartaal)", 4 }, \
    { NULL, NULL, 0 } }

/* Section 7, "Planning 2023-2024": Wanneer, Wat, Wie. */
const OndSeedPlanItem ond_seed_plan_items[] = {
  { 2023, "Q1", "Opstellen uitvoeringsplan ondermijning", REGIEGROEP, NULL, FALSE,
    NO_TARGETS },
  { 2023, "Q1", "Opstellen strategisch communicatieplan ondermijning", REGIEGROEP, NULL,
    FALSE, NO_TARGETS },
  { 2023, "Q1", "Training open je ogen voor (gemeentelijke) professionals", "Mensenhandel",
    "Mensenhandel", FALSE, NO_TARGETS },

  { 2023, "Q2",
    "Het opstellen van een compleet beeld van signalen en casuïstiek van mensenhandel "
    "(omvang, locaties, branches) met de mogelijkheid om twee gerichte controles te plannen "
    "in een specifieke branche in 2023",
    "Mensenhandel", "Mensenhandel", FALSE,
    { { "targeted_trafficking_controls", "Gerichte controles in een specifieke branche", 2 },
      { NULL, NULL, 0 } } },
  { 2023, "Q2", "Aansluiten bij verkennend onderzoek van het RIEC naar zorgfraude", "Fraude",
    "Fraude", FALSE, NO_TARGETS },
  { 2023, "Q2", "Controle garageboxen en bedrijfsverzamelgebouwen", "Bedrijventerreinen",
    "Bedrijventerreinen", FALSE, NO_TARGETS },
  { 2023, "Q2", "DOR uitrollen en alle opkopers informeren", "Bedrijventerreinen",
    "Bedrijventerreinen", FALSE, NO_TARGETS },
  { 2023, "Q2", "Beleid permanente bewoning vakantiepark op- en vaststellen", "Vakantiepark",
    "Bedrijventerreinen", FALSE, NO_TARGETS },
  { 2023, "Q2", "Advies op besluit t.a.v. bestemming percelen buiten het vakantiepark",
    "Vakantiepark", "Bedrijventerreinen", FALSE, NO_TARGETS },
  { 2023, "Q2", "Verkenning van ondermijning in de binnenstad", ONDERMIJNING, NULL, FALSE,
    NO_TARGETS },

  { 2023, "Q3", "Bewustwordingsbijeenkomst burgers", ONDERMIJNING, NULL, FALSE, NO_TARGETS },
  { 2023, "Q3", "Ondernemersavond (DOR, Cashless, PVO Rotterdam)", "Bedrijventerreinen",
    "Bedrijventerreinen", FALSE, NO_TARGETS },
  { 2023, "Q3",
    "Top 3 personen en top 3 ondernemingen in kaart brengen en inbrengen bij het "
    "casusoverleg ondermijning",
    "Geprioriteerde thema's", NULL, FALSE, NO_TARGETS },

  { 2023, "Q3+4", "Vergroten van bewustwording in detailhandel over cashgeld", ONDERMIJNING,
    NULL, FALSE, NO_TARGETS },
  { 2023, "Q3+4", "Escapeboot inzetten haven Dordrecht", "Watergebonden locaties",
    "Bedrijventerreinen", FALSE, NO_TARGETS },
  { 2023, "Q3+4",
    "Verkenning in welke situaties en op welke wijze de dienstverlening van de SDD ingezet "
    "kan worden om de weerbaarheid van inwoners te vergroten om terugval naar het criminele "
    "circuit te voorkomen",
    ONDERMIJNING, NULL, FALSE, NO_TARGETS },
  { 2023, "Q3+4", "Vergroten van bewustwording in de week tegen mensenhandel", "Mensenhandel",
    "Mensenhandel", FALSE, NO_TARGETS },
  { 2023, "Q3+4",
    "Verkenning van de inzet van BRP controles ten behoeve van de ondermijningsaanpak",
    ONDERMIJNING, NULL, FALSE, NO_TARGETS },

  { 2023, "Q4", "Vergroten meldingsbereidheid burgers / ondernemers", ONDERMIJNING, NULL,
    FALSE, NO_TARGETS },
  { 2023, "Q4", "Bewustwordingsbijeenkomst voor professionals", ONDERMIJNING, NULL, FALSE,
    NO_TARGETS },
  { 2023, "Q4", "Planning 2024 opstellen", REGIEGROEP, NULL, FALSE, NO_TARGETS },

  { 2023, "doorlopend", WHAT_DRUGS, "Drugs", "Drugs", TRUE, TARGETS_DRUGS },
  { 2023, "doorlopend", WHAT_CONTROLES, ONDERMIJNING, NULL, TRUE, TARGETS_CONTROLES },
  { 2023, "doorlopend", "Controles seksbranche", "Mensenhandel", "Mensenhandel", TRUE,
    NO_TARGETS },
  { 2023, "doorlopend", WHAT_WEERBAARHEID, REGIEGROEP, NULL, TRUE, TARGETS_WEERBAARHEID },
  { 2023, "doorlopend", "Waarschuwingsbrieven permanente bewoning / flyer verspreiden",
    "Vakantiepark", "Bedrijventerreinen", FALSE, NO_TARGETS },

  { 2024, "Q1", "Onderzoek stagiair RIEC bespreken", "OMG", "OMG", FALSE, NO_TARGETS },
  { 2024, "Q2", "N.t.b.", "", NULL, FALSE, NO_TARGETS },
  { 2024, "Q3", "N.t.b.", "", NULL, FALSE, NO_TARGETS },
  { 2024, "Q4", "Uitvoeringsplan ondermijning 2025-2026 opstellen", REGIEGROEP, NULL, FALSE,
    NO_TARGETS },

  { 2024, "doorlopend", WHAT_DRUGS, "Drugs", "Drugs", TRUE, TARGETS_DRUGS },
  { 2024, "doorlopend", WHAT_CONTROLES, ONDERMIJNING, NULL, TRUE, TARGETS_CONTROLES },
  { 2024, "doorlopend", "Controles seksbranche", "Mensenhandel", "Mensenhandel", TRUE,
    NO_TARGETS },
  { 2024, "doorlopend", WHAT_WEERBAARHEID, REGIEGROEP, NULL, TRUE, TARGETS_WEERBAARHEID },
};
const guint ond_seed_n_plan_items = G_N_ELEMENTS (ond_seed_plan_items);

#define LINE_COMMUNICATIEPLAN "Opstellen strategisch communicatieplan + contentkalender"
#define LINE_MEDEWERKER "Inzet communicatiemedewerker"
#define LINE_ACTIES "Uitvoering acties uit communicatieplan + contentkalender"

/* Section 6, "Begroting 2023-2024": Kostenpost, 2023, 2024. */
const OndSeedBudgetLine ond_seed_budget_lines[] = {
  { "Veiligheidsinformatieknooppunt (VIK)", EURO (17000), EURO (17000) },
  { "Meld Misdaad Anoniem (MMA)", EURO (1500), EURO (1500) },
  { "BIBOB trainingen", EURO (7500), EURO (7500) },
  { "C3 systeem i.h.k.v. casusoverleg ondermijning", EURO (30000), EURO (30000) },
  { "Inzet bestuurlijke maatregelen", EURO (10000), EURO (10000) },
  { "Inzet Digitale Opsporing BV", EURO (1500), EURO (1500) },
  { "Integrale controles", EURO (2000), EURO (2000) },
  { LINE_COMMUNICATIEPLAN, EURO (10000), EURO (0) },
  { LINE_MEDEWERKER, EURO (40000), EURO (0) },
  { LINE_ACTIES, EURO (40000), EURO (40000) },
  { "Uitvoering maatregelen project bedrijventerrein + watergebonden locaties",
    EURO (17500), EURO (15000) },
  { "Inzet OZHZ project Hermes (gedoogbeschikking + handhaving)", EURO (30000), EURO (35000) },
  { "Uitvoering maatregelen project vakantiepark", EURO (12500), EURO (10000) },
  { "Onvoorziene kosten", EURO (25500), EURO (15500) },
};
const guint ond_seed_n_budget_lines = G_N_ELEMENTS (ond_seed_budget_lines);

/* Section 6: "Voor 2023 is naast € 185.000 vanuit taakveld 1.2 door het RIEC € 65.000
 * beschikbaar gesteld voor communicatie- en weerbaarheidsprojecten". The RIEC money may pay
 * for the three communication lines; taakveld 1.2 for any line. */
const OndSeedFunding ond_seed_funding[] = {
  { 2023, "taakveld_1_2", EURO (185000), "", { NULL } },
  { 2023, "riec", EURO (65000), "voor communicatie- en weerbaarheidsprojecten",
    { LINE_COMMUNICATIEPLAN, LINE_MEDEWERKER, LINE_ACTIES, NULL } },
  { 2024, "taakveld_1_2", EURO (185000), "", { NULL } },
};
const guint ond_seed_n_funding = G_N_ELEMENTS (ond_seed_funding);

/* Section 6, "Totaal": the plan's own totals. The 2023 lines add up to € 245.000; the plan
 * states € 250.000. Both are kept as the plan gives them. */
const OndSeedTotal ond_seed_totals[] = {
  { 2023, EURO (250000) },
  { 2024, EURO (185000) },
};
const guint ond_seed_n_totals = G_N_ELEMENTS (ond_seed_totals);
