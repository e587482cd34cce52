/* test-seed.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The plan a new database is seeded with. The store creates the file; the checks read it
 * back with plain SQLite (read-only), or plain libpq in the PostgreSQL run (a server database
 * set up and seeded, ond-test-pg.h), not through the store's own read API, and compare it
 * with expectations written here from DESIGN.md and with figures parsed from the plan
 * document itself (tests/data/uitvoeringsplan.txt).
 */

#define G_LOG_DOMAIN "test-seed"

#include "config.h"

#include <string.h>

#include "ond-pg.h"
#include "ond-store.h"
#include "ond-test-pg.h"
#include "ond-test-util.h"
#include "test-case-util.h"

#define EURO(n) ((gint64) (n) * 100)

static char *tmp_dir;
static char *seeded_path;
static char *doc_raw;    /* the document as it is */
static char *doc_text;   /* the document with every run of white space made one space */

/* Helpers: plain SQLite on a read-only connection to the file, or plain libpq on the server
 * database in the PostgreSQL run (sql_table, test-case-util.h): the same queries and
 * assertions on both. */

/* Column @c of @row as text (NULL for NULL) and as a number. */
#define COL(row, c) ((const char *) g_ptr_array_index ((GPtrArray *) (row), (c)))

static gint64
col_int (GPtrArray *row,
         guint      c)
{
  const char *text = COL (row, c);
  gint64 value = 0;
  g_autoptr(GError) error = NULL;

  /* NULL reads as 0, as sqlite3_column_int64 () gives it. */
  if (text == NULL)
    return 0;
  g_assert_true (g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, &value, &error));
  g_assert_no_error (error);
  return value;
}

/* Every row of @sql, @param (NULL: none) bound to every ? as text. */
static GPtrArray *
query_rows (const char *path,
            const char *sql,
            const char *param)
{
  return sql_table (path, sql, param);
}

/* For g_ptr_array_sort () of rows: by their first column, byte by byte. */
static int
compare_first_column (gconstpointer a,
                      gconstpointer b)
{
  return g_strcmp0 (COL (*(GPtrArray * const *) a, 0), COL (*(GPtrArray * const *) b, 0));
}

/* The one value of a query that returns one row. */
static gint64
query_int (const char *path,
           const char *sql,
           const char *param)
{
  g_autoptr(GPtrArray) rows = query_rows (path, sql, param);

  g_assert_cmpuint (rows->len, ==, 1);
  return col_int (rows->pdata[0], 0);
}

static char *
query_text (const char *path,
            const char *sql,
            const char *param)
{
  g_autoptr(GPtrArray) rows = query_rows (path, sql, param);

  g_assert_cmpuint (rows->len, ==, 1);
  return g_strdup (COL (rows->pdata[0], 0));
}

static gint64
count_table (const char *path,
             const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return query_int (path, sql, NULL);
}

/* Helpers: the document. */

static char *
squeeze_spaces (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean in_space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          in_space = TRUE;
          continue;
        }
      if (in_space && out->len > 0)
        g_string_append_c (out, ' ');
      in_space = FALSE;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* "Zorg- en Veiligheidshuis" and "Zorg en Veiligheidshuis" are both in the document. */
static char *
without_hyphen_before_en (const char *text)
{
  g_autoptr(GString) s = g_string_new (text);

  g_string_replace (s, "- en ", " en ", 0);
  return g_strdup (s->str);
}

/* Asserts that @text occurs in the document at or after *@cursor and moves the cursor past
 * it: texts checked this way are in the document, in this order. */
static void
assert_in_document_after (const char *text,
                          gsize      *cursor)
{
  const char *found;

  g_assert_nonnull (text);
  g_assert_cmpuint (strlen (text), >, 0);
  found = strstr (doc_text + *cursor, text);
  if (found == NULL)
    g_error ("not in the document (after offset %" G_GSIZE_FORMAT "): “%s”", *cursor, text);
  *cursor = (gsize) (found - doc_text) + strlen (text);
}

static void
assert_in_document (const char *text)
{
  gsize cursor = 0;

  assert_in_document_after (text, &cursor);
}

/* What the first group of @pattern captures in the document. Where the document says it
 * more than once (the planning repeats its recurring rows), it must say the same. */
static char *
document_match (const char *pattern)
{
  g_autoptr(GRegex) regex = g_regex_new (pattern, 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  char *captured;

  g_assert_nonnull (regex);
  if (!g_regex_match (regex, doc_text, 0, &match))
    g_error ("the document has no “%s”", pattern);
  captured = g_match_info_fetch (match, 1);
  while (g_match_info_next (match, NULL))
    {
      g_autofree char *again = g_match_info_fetch (match, 1);

      g_assert_cmpstr (again, ==, captured);
    }
  return captured;
}

static gint64
document_figure (const char *pattern)
{
  g_autofree char *digits = document_match (pattern);

  for (const char *p = digits; *p != '\0'; p++)
    g_assert_true (g_ascii_isdigit (*p));
  return g_ascii_strtoll (digits, NULL, 10);
}

/* "17.000" -> 1700000 cents. */
static gint64
parse_euros (const char *text)
{
  g_autoptr(GString) digits = g_string_new (text);

  g_string_replace (digits, ".", "", 0);
  for (const char *p = digits->str; *p != '\0'; p++)
    g_assert_true (g_ascii_isdigit (*p));
  return EURO (g_ascii_strtoll (digits->str, NULL, 10));
}

/* Expectations, written from DESIGN.md and the brief. */

typedef struct
{
  const char *name;
  const char *gpos;   /* "x" or "." for Gemeente, Politie, OZHZ, SDD */
} MenukaartRow;

static const MenukaartRow menukaart[] = {
  { "BRP controle", "x..." },
  { "BIBOB onderzoek", "x.x." },
  { "TRACK netwerktekening opvragen", "xx.." },
  { "TRACK netwerktekening met risicomelding", ".x.." },
  { "Uitvraag doen bij het LIV", ".x.." },
  { "Integrale controles in kwetsbare branches en gebieden (bedrijventerreinen "
    "(automotive/opslagboxen/bedrijfsverzamelgebouwen, watergebonden locaties en "
    "vakantiepark)", "x.x." },
  { "DOR/DOL controle", "x.x." },
  { "Controle op uitkering", "...x" },
  { "Werkplek controle / Integrale controle", "...x" },
  { "Beëindiging / Terugvordering onterechte uitkering", "...x" },
  { "Controle arbeids- en uitkeringsverhoudingen", "...x" },
  { "Controle Kadaster/KVK/RDW", "xxxx" },
  { "Controle woon-leefsituatie", "...x" },
  { "Heronderzoeken", "...x" },
  { "Kennis van persoonlijke omstandigheden", "...x" },
  { "Vorderen van (bank)gegevens", "...x" },
  { "Milieucontrole", "..x." },
  { "Bouwcontrole", "..x." },
  { "Kamervergunningcontrole", "..x." },
  { "Strafrechtelijk onderzoek", ".x.." },
  { "Beëindigen van illegaal gebruik van gemeentegronden / huurcontract", "x..." },
  { "Controleren van (brand)onveilige situaties", "..x." },
  { "Knock and talk", "xx.." },
  { "Informatie vergaren op of rondom subjecten en objecten", "xxxx" },
  { "Bestuurlijke maatregelen m.b.t drugs en onvergund sekswerk", "xxx." },
  { "Aanplakken van posters / het verspreiden van bewonersbrieven bij de sluiting van "
    "panden om burgers te informeren", "..x." },
  { "(preventieve) Last onder dwangsom", "x..." },
  { "Aanwijzen veiligheidsrisicogebied", "x..." },
  { "Preventief fouilleren", ".x.." },
  { "Informeel dwangmiddel (brief / gesprek)", "xx.." },
  { "Naleven exploitatievergunningplicht", "x.x." },
  { "Strategische communicatie", "x..." },
  { "Weigeren / intrekken subsidie", "x..." },
  { "Bestuurlijke boete / strafbeschikking", "xxxx" },
  { "Bestuurlijke maatregelen m.b.t horeca, woning of publiek toegankelijk gebouw", "x.x." },
  { "Ontbinden erfpachtcontract", "x..." },
  { "Financieel onderzoek door FINEC", ".x.." },
  { "Digi (onderzoek in telefoons en andere gegevensdragers)", ".x.." },
  { "Telefoontaps", ".x.." },
  { "Diverse vormen van observatie", ".x.." },
  { "Inzet communicatie (social media, persberichten, website)", "xxxx" },
  { "Verbaliserend optreden", "xxxx" },
  { "Stopgesprekken voeren", "xxxx" },
  { "Pseudokoop", ".x.." },
  { "Lokmiddelen inzetten", ".x.." },
  { "Kortstondig plaatsen van camera's", ".x.." },
  { "Controleren (o.b.v. bevoegdheden)", "xxxx" },
};

static const char * const menukaart_columns[] = { "Gemeente", "Politie", "OZHZ", "SDD" };

typedef struct
{
  const char *code;
  gint64      value;
  const char *pattern;   /* where section 2 of the document states it */
} Baseline;

static const Baseline baselines[] = {
  { "mma_reports", 84,
    "Er zijn (\\d+) meldingen in het kader van ondermijning binnengekomen via Meld Misdaad" },
  { "c3_signals", 11, "Er zijn (\\d+) signalen van ondermijning in de applicatie van C3" },
  { "drug_dealing_penalty_orders", 23,
    "Er is (\\d+) keer een last onder dwangsom opgelegd voor drugsdealen" },
  { "drug_measures", 21,
    "Er zijn (\\d+) bestuurlijke maatregelen opgelegd in het kader van de drugsaanpak" },
  { "drug_warnings_soft", 5, "o (\\d+) waarschuwingen \\(softdrugs\\)" },
  { "drug_closures_soft", 9, "o (\\d+) sluitingen \\(softdrugs\\)" },
  { "drug_closures_hard", 5, "\\+ (\\d+) sluitingen \\(harddrugs\\)" },
  { "drug_penalty_decisions_soft", 1, "o (\\d+) dwangsombesluit \\(softdrugs\\)" },
  { "drug_penalty_decisions_hard", 1, "\\+ (\\d+) dwangsombesluit \\(harddrugs\\)" },
  { "integrated_controls", 6, "Er hebben (\\d+) integrale controles plaatsgevonden" },
  { "integrated_control_businesses", 38, "waarbij (\\d+) ondernemingen zijn bezocht" },
  { "integrated_control_signals", 6, "met (\\d+) ondermijningssignalen als uitkomst" },
  { "licensed_sex_work_controls", 6,
    "Er hebben (\\d+) controles plaatsgevonden in de vergunde seksbranche" },
  { "unlicensed_sex_work_controls", 15,
    "en (\\d+) regionale controles in de onvergunde seksbranche" },
  { "licences_revoked", 1, "Er is (\\d+) vergunning ingetrokken" },
  { "trafficking_measures", 9,
    "Er zijn (\\d+) bestuurlijke maatregelen opgelegd in het kader van de aanpak mensenhandel" },
  { "trafficking_warnings", 2, "\\(onvergunde seksbranche\\); o (\\d+) waarschuwingen o" },
  { "trafficking_closures", 3, "waarschuwingen o (\\d+) sluitingen o \\d+ dwangsombesluiten" },
  { "trafficking_penalty_decisions", 4, "o (\\d+) dwangsombesluiten" },
  { "stop_talks_maatwerk", 4, "wat in (\\d+) gevallen heeft geleid tot een maatwerkoplossing" },
};

/* Indicators that planning targets need, with no 2022 figure. */
static const char * const target_indicators[] = {
  "district_drug_actions", "resilience_actions", "targeted_trafficking_controls",
};

typedef struct
{
  const char *name;
  gint64      euro_2023;
  gint64      euro_2024;
} BudgetRow;

static const BudgetRow budget[] = {
  { "Veiligheidsinformatieknooppunt (VIK)", 17000, 17000 },
  { "Meld Misdaad Anoniem (MMA)", 1500, 1500 },
  { "BIBOB trainingen", 7500, 7500 },
  { "C3 systeem i.h.k.v. casusoverleg ondermijning", 30000, 30000 },
  { "Inzet bestuurlijke maatregelen", 10000, 10000 },
  { "Inzet Digitale Opsporing BV", 1500, 1500 },
  { "Integrale controles", 2000, 2000 },
  { "Opstellen strategisch communicatieplan + contentkalender", 10000, 0 },
  { "Inzet communicatiemedewerker", 40000, 0 },
  { "Uitvoering acties uit communicatieplan + contentkalender", 40000, 40000 },
  { "Uitvoering maatregelen project bedrijventerrein + watergebonden locaties", 17500, 15000 },
  { "Inzet OZHZ project Hermes (gedoogbeschikking + handhaving)", 30000, 35000 },
  { "Uitvoering maatregelen project vakantiepark", 12500, 10000 },
  { "Onvoorziene kosten", 25500, 15500 },
};

#define THEME_KWETSBAAR "Kwetsbare bedrijven(-terreinen), watergebonden locaties en vakantiepark"

typedef struct
{
  const char *name;
  const char *owners;   /* partner short names, in order, joined by "+" */
  int         n_actions;
} ThemeRow;

static const ThemeRow themes[] = {
  { "Drugs", "Politie+OZHZ", 6 },
  { "Mensenhandel", "Handhaving+Gemeente", 8 },
  { THEME_KWETSBAAR, "Gemeente", 5 },
  { "Outlaw Motorcycle Gangs (OMG)", "Politie", 2 },
  { "Fraude", "RIEC+SDD", 2 },
  { "Jonge aanwas", "RIEC+Wijken", 4 },
};

/* The planning's "Wie" column and the theme it names (NULL: no theme). */
static const char *
theme_of_who (const char *who)
{
  static const struct { const char *who; const char *theme; } map[] = {
    { "Mensenhandel", "Mensenhandel" },
    { "Fraude", "Fraude" },
    { "Drugs", "Drugs" },
    { "OMG", "Outlaw Motorcycle Gangs (OMG)" },
    { "Bedrijventerreinen", THEME_KWETSBAAR },
    { "Vakantiepark", THEME_KWETSBAAR },
    { "Watergebonden locaties", THEME_KWETSBAAR },
    { "Ondermijning", NULL },
    { "Regiegroep ondermijning", NULL },
    { "Geprioriteerde thema's", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    {
      if (g_str_equal (map[i].who, who))
        return map[i].theme;
    }
  g_error ("unexpected “Wie” in the planning: “%s”", who);
  return NULL;
}

/* The tests. */

static void
test_counts (void)
{
  const char *db = seeded_path;

  g_assert_cmpint (count_table (db, "plan"), ==, 1);
  g_assert_cmpint (count_table (db, "pillar"), ==, 3);
  g_assert_cmpint (count_table (db, "theme"), ==, 6);
  g_assert_cmpint (count_table (db, "theme_owner"), ==, 10);
  g_assert_cmpint (count_table (db, "partner"), ==, 27);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM partner WHERE regiegroep = 1", NULL),
                   ==, 8);
  g_assert_cmpint (count_table (db, "intervention"), ==, 47);
  g_assert_cmpint (count_table (db, "area"), ==, 8);
  g_assert_cmpint (count_table (db, "action"), ==, 2 + 10 + 12 + 6 + 8 + 5 + 2 + 2 + 4);
  g_assert_cmpint (count_table (db, "plan_item"), ==, 34);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM plan_item WHERE year = 2023", NULL),
                   ==, 26);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM plan_item WHERE year = 2024", NULL),
                   ==, 8);
  g_assert_cmpint (count_table (db, "target"), ==, 9);
  g_assert_cmpint (count_table (db, "indicator"), ==,
                   G_N_ELEMENTS (baselines) + G_N_ELEMENTS (target_indicators) + 1);
  g_assert_cmpint (count_table (db, "indicator_value"), ==, G_N_ELEMENTS (baselines));
  g_assert_cmpint (count_table (db, "budget_line"), ==, 14);
  g_assert_cmpint (count_table (db, "budget_amount"), ==, 28);
  g_assert_cmpint (count_table (db, "plan_total"), ==, 2);
  g_assert_cmpint (count_table (db, "funding"), ==, 3);
  g_assert_cmpint (count_table (db, "funding_line"), ==, 3);

  /* Nothing else is seeded: casework and registers start empty. */
  g_assert_cmpint (count_table (db, "case_file"), ==, 0);
  g_assert_cmpint (count_table (db, "booking"), ==, 0);
  g_assert_cmpint (count_table (db, "measure"), ==, 0);
  g_assert_cmpint (count_table (db, "control"), ==, 0);
}

static void
test_plan (void)
{
  const char *db = seeded_path;
  g_autofree char *title = query_text (db, "SELECT title FROM plan", NULL);
  g_autofree char *objective = query_text (db, "SELECT objective FROM plan", NULL);
  g_autofree char *state = query_text (db, "SELECT state FROM plan", NULL);
  static const char * const pillar_names[] = {
    "Aanpakken van ondermijnende criminaliteit",
    "Versterken van een weerbare overheid",
    "Versterken van de maatschappelijke weerbaarheid",
  };
  static const char * const pillar_objectives[] = {
    "Het aanpakken van ondermijnende criminaliteit",
    "Het versterken van een weerbare overheid",
    "Het versterken van de maatschappelijke weerbaarheid",
  };
  g_autoptr(GPtrArray) rows = NULL;
  gsize cursor = 0;
  int n = 0;

  g_assert_cmpstr (title, ==, "Uitvoeringsplan ondermijning 2023-2024");
  g_assert_cmpint (query_int (db, "SELECT first_year FROM plan", NULL), ==, 2023);
  g_assert_cmpint (query_int (db, "SELECT last_year FROM plan", NULL), ==, 2024);
  g_assert_cmpstr (state, ==, "current");
  g_assert_cmpstr (objective, ==,
                   "Het voorkomen, zichtbaar maken en aanpakken van ondermijnende criminaliteit "
                   "om een veilig en leefbaar Dordrecht te creëren");
  assert_in_document (objective);

  rows = query_rows (db, "SELECT number, name, objective, description FROM pillar ORDER BY number",
                     NULL);
  for (guint r = 0; r < rows->len; r++)
    {
      GPtrArray *row = rows->pdata[r];
      const char *description = COL (row, 3);
      g_auto(GStrv) paragraphs = g_strsplit (description, "\n\n", -1);
      g_autofree char *heading = g_strdup_printf ("Pijler %d: %s", n + 1, pillar_names[n]);

      g_assert_cmpint (col_int (row, 0), ==, n + 1);
      g_assert_cmpstr (COL (row, 1), ==, pillar_names[n]);
      g_assert_cmpstr (COL (row, 2), ==, pillar_objectives[n]);

      /* Section 3 lists the objective; the section heading names the pillar, and the
       * description is its introduction, after the heading, with no layout breaks left. */
      assert_in_document (pillar_objectives[n]);
      assert_in_document_after (heading, &cursor);
      g_assert_cmpuint (g_strv_length (paragraphs), >=, 1);
      for (guint i = 0; paragraphs[i] != NULL; i++)
        {
          g_assert_null (strchr (paragraphs[i], '\n'));
          g_assert_null (strstr (paragraphs[i], "  "));
          assert_in_document_after (paragraphs[i], &cursor);
        }
      n++;
    }
  g_assert_cmpint (n, ==, 3);
}

static void
test_partners (void)
{
  const char *db = seeded_path;
  static const char * const regiegroep[] = {
    "Communicatie", "Handhaving", "OM", "OZHZ", "Politie", "SDD", "Veiligheid", "Wijken",
  };
  static const char * const gemeentelijk[] = {
    "Communicatie", "Gemeente", "Handhaving", "Veiligheid", "Wijken",
  };
  static const char * const riec[] = {
    "Belastingdienst", "Douane", "FIOD", "IND", "KMar", "NLA", "NVWA", "Nationale Politie", "OM",
    "Provincies", "UWV",
  };
  g_autofree char *police = NULL;
  g_autofree char *om = NULL;
  g_autofree char *doc = without_hyphen_before_en (doc_text);
  g_autoptr(GPtrArray) rows = NULL;
  guint i;

  /* The regiegroep is exactly the eight of section 5. */
  rows = query_rows (db, "SELECT short_name FROM partner WHERE regiegroep = 1 ORDER BY short_name",
                     NULL);
  for (i = 0; i < rows->len; i++)
    {
      GPtrArray *row = rows->pdata[i];

      g_assert_cmpuint (i, <, G_N_ELEMENTS (regiegroep));
      g_assert_cmpstr (COL (row, 0), ==, regiegroep[i]);
    }
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (regiegroep));

  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = query_rows (db, "SELECT short_name FROM partner WHERE kind = 'gemeentelijk'"
                         " ORDER BY short_name", NULL);
  for (i = 0; i < rows->len; i++)
    {
      GPtrArray *row = rows->pdata[i];

      g_assert_cmpuint (i, <, G_N_ELEMENTS (gemeentelijk));
      g_assert_cmpstr (COL (row, 0), ==, gemeentelijk[i]);
    }
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (gemeentelijk));

  /* In the byte order of their names (NVWA before Nationale Politie), whatever collation a
   * server database has: sorted here. */
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = query_rows (db, "SELECT short_name FROM partner WHERE kind = 'riec'", NULL);
  g_ptr_array_sort (rows, compare_first_column);
  for (i = 0; i < rows->len; i++)
    {
      GPtrArray *row = rows->pdata[i];

      g_assert_cmpuint (i, <, G_N_ELEMENTS (riec));
      g_assert_cmpstr (COL (row, 0), ==, riec[i]);
    }
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (riec));
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM partner WHERE kind = 'extern'", NULL),
                   ==, 11);

  /* Short names identify a partner; names are the document's own. */
  g_assert_cmpint (query_int (db, "SELECT count(DISTINCT short_name) FROM partner", NULL),
                   ==, 27);
  police = query_text (db, "SELECT name FROM partner WHERE short_name = ?", "Politie");
  g_assert_cmpstr (police, ==, "Basisteam politie Drechtsteden Binnen");
  om = query_text (db, "SELECT name FROM partner WHERE short_name = ?", "OM");
  g_assert_cmpstr (om, ==, "Openbaar Ministerie Rotterdam");

  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = query_rows (db, "SELECT name, retired FROM partner ORDER BY position", NULL);
  for (guint r = 0; r < rows->len; r++)
    {
      GPtrArray *row = rows->pdata[r];
      g_autofree char *name = without_hyphen_before_en (COL (row, 0));

      if (strstr (doc, name) == NULL)
        g_error ("partner “%s” is not named in the document", name);
      g_assert_cmpint (col_int (row, 1), ==, 0);
    }

}

static void
test_themes (void)
{
  const char *db = seeded_path;
  g_autoptr(GPtrArray) rows = NULL;
  guint i;

  rows = query_rows (db,
                     "SELECT t.name, t.id,"
                     "  (SELECT count(*) FROM action a WHERE a.theme_id = t.id),"
                     "  (SELECT count(*) FROM action a JOIN pillar p ON p.id = a.pillar_id"
                     "     WHERE a.theme_id = t.id AND p.number = 1 AND a.group_heading = t.name)"
                     " FROM theme t ORDER BY t.position",
                     NULL);
  for (i = 0; i < rows->len; i++)
    {
      GPtrArray *row = rows->pdata[i];
      /* The owners, in their order, joined by "+". */
      g_autofree char *owners = sql_list (db, "SELECT p.short_name FROM theme_owner o"
                                              " JOIN partner p ON p.id = o.partner_id"
                                              " WHERE o.theme_id = ? ORDER BY o.position",
                                          col_int (row, 1), "+");

      g_assert_cmpuint (i, <, G_N_ELEMENTS (themes));
      g_assert_cmpstr (COL (row, 0), ==, themes[i].name);
      g_assert_cmpstr (owners, ==, themes[i].owners);
      g_assert_cmpint (col_int (row, 2), ==, themes[i].n_actions);
      /* Theme actions are pillar 1's, under the theme's name. */
      g_assert_cmpint (col_int (row, 3), ==, themes[i].n_actions);
      assert_in_document (themes[i].name);
    }
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (themes));
}

static void
test_actions (void)
{
  const char *db = seeded_path;
  g_autoptr(GPtrArray) rows = NULL;
  gsize cursor = 0;
  int n = 0;

  g_assert_cmpint (query_int (db, "SELECT count(*) FROM action a JOIN pillar p"
                                  " ON p.id = a.pillar_id WHERE p.number = 1"
                                  " AND a.theme_id IS NULL", NULL), ==, 2);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM action a JOIN pillar p"
                                  " ON p.id = a.pillar_id WHERE p.number = 2", NULL), ==, 10);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM action a JOIN pillar p"
                                  " ON p.id = a.pillar_id WHERE p.number = 3", NULL), ==, 12);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM action a JOIN pillar p"
                                  " ON p.id = a.pillar_id WHERE p.number <> 1"
                                  " AND a.theme_id IS NOT NULL", NULL), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM action WHERE status <> 'gepland'"
                                  " OR owner_id IS NOT NULL", NULL), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(DISTINCT group_heading) FROM action a"
                                  " WHERE a.theme_id IS NULL", NULL), ==, 2 + 3 + 2);

  /* Every text is the document's, cleaned of the layout's breaks, in document order. */
  rows = query_rows (db, "SELECT group_heading, text FROM action ORDER BY position", NULL);
  for (guint r = 0; r < rows->len; r++)
    {
      GPtrArray *row = rows->pdata[r];
      const char *heading = COL (row, 0);
      g_auto(GStrv) paragraphs = g_strsplit (COL (row, 1),
                                             "\n\n", -1);

      assert_in_document (heading);
      for (guint i = 0; paragraphs[i] != NULL; i++)
        {
          g_assert_null (strchr (paragraphs[i], '\n'));
          g_assert_null (strstr (paragraphs[i], "  "));
          g_assert_false (g_ascii_isspace (paragraphs[i][0]));
          assert_in_document_after (paragraphs[i], &cursor);
        }
      n++;
    }
  g_assert_cmpint (n, ==, 51);
}

static void
test_menukaart (void)
{
  const char *db = seeded_path;
  g_autoptr(GPtrArray) rows = NULL;
  gsize cursor = 0;
  guint n_links = 0;
  guint i;

  rows = query_rows (db, "SELECT i.id, i.name, i.retired FROM intervention i ORDER BY i.position",
                     NULL);
  for (i = 0; i < rows->len; i++)
    {
      GPtrArray *row = rows->pdata[i];
      const char *name = COL (row, 1);
      gint64 id = col_int (row, 0);

      g_assert_cmpuint (i, <, G_N_ELEMENTS (menukaart));
      g_assert_cmpstr (name, ==, menukaart[i].name);
      g_assert_cmpint (col_int (row, 2), ==, 0);
      assert_in_document_after (name, &cursor);

      for (guint c = 0; c < G_N_ELEMENTS (menukaart_columns); c++)
        {
          g_autofree char *sql =
            g_strdup_printf ("SELECT count(*) FROM intervention_partner ip"
                             " JOIN partner p ON p.id = ip.partner_id"
                             " WHERE ip.intervention_id = %" G_GINT64_FORMAT
                             " AND p.short_name = ?", id);
          gint64 expected = menukaart[i].gpos[c] == 'x' ? 1 : 0;

          if (query_int (db, sql, menukaart_columns[c]) != expected)
            g_error ("menukaart: “%s” / %s should be %s", name, menukaart_columns[c],
                     expected ? "x" : "empty");
          n_links += expected;
        }
    }
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (menukaart));

  /* No partner outside the four columns carries out an intervention. */
  g_assert_cmpint (count_table (db, "intervention_partner"), ==, n_links);
}

static void
test_areas (void)
{
  const char *db = seeded_path;
  static const char * const expected[] = {
    "Binnenstad", "Crabbehof", "Wielwijk", "Oud-Krispijn", "Nieuw-Krispijn", "Haven",
    "Bedrijventerreinen", "Vakantiepark",
  };
  g_autoptr(GPtrArray) rows = NULL;
  guint i;

  rows = query_rows (db, "SELECT name, district, aandachtsgebied FROM area ORDER BY position",
                     NULL);
  for (i = 0; i < rows->len; i++)
    {
      GPtrArray *row = rows->pdata[i];
      gboolean west = i >= 1 && i <= 4;

      g_assert_cmpuint (i, <, G_N_ELEMENTS (expected));
      g_assert_cmpstr (COL (row, 0), ==, expected[i]);
      g_assert_cmpstr (COL (row, 1), ==, west ? "Dordt-West" : "");
      g_assert_cmpint (col_int (row, 2), ==, west ? 1 : 0);
    }
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (expected));
}

static void
test_baselines (void)
{
  const char *db = seeded_path;

  for (guint i = 0; i < G_N_ELEMENTS (baselines); i++)
    {
      const Baseline *b = &baselines[i];
      gint64 stored = query_int (db, "SELECT v.value FROM indicator_value v"
                                     " JOIN indicator i ON i.id = v.indicator_id"
                                     " WHERE i.code = ? AND v.year = 2022", b->code);
      g_autofree char *source = query_text (db, "SELECT v.source FROM indicator_value v"
                                                " JOIN indicator i ON i.id = v.indicator_id"
                                                " WHERE i.code = ?", b->code);

      g_test_message ("%s: %" G_GINT64_FORMAT, b->code, stored);
      g_assert_cmpint (stored, ==, b->value);
      /* The same figure, read from the document's own text. */
      g_assert_cmpint (document_figure (b->pattern), ==, b->value);
      g_assert_cmpstr (source, ==, "Uitvoeringsplan ondermijning 2023-2024, hoofdstuk 2");
    }

  /* Every figure is counted from the registers from 2023 on. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM indicator WHERE method <> 'counted'",
                              NULL), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM indicator_value WHERE year <> 2022",
                              NULL), ==, 0);

  /* Stopgesprekken: 4 led to a maatwerkoplossing; how many talks there were is not stated. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM indicator i JOIN indicator_value v"
                                  " ON v.indicator_id = i.id WHERE i.code = ?", "stop_talks"),
                   ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (target_indicators); i++)
    {
      g_assert_cmpint (query_int (db, "SELECT count(*) FROM indicator WHERE code = ?",
                                  target_indicators[i]), ==, 1);
      g_assert_cmpint (query_int (db, "SELECT count(*) FROM indicator i JOIN indicator_value v"
                                      " ON v.indicator_id = i.id WHERE i.code = ?",
                                  target_indicators[i]), ==, 0);
    }

  /* The parts add up to their sums: 5 + 9 + 5 + 1 + 1 = 21 and 2 + 3 + 4 = 9. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM indicator c JOIN indicator p"
                                  " ON p.id = c.parent_id WHERE p.code = ?", "drug_measures"),
                   ==, 5);
  g_assert_cmpint (query_int (db, "SELECT sum(v.value) FROM indicator c"
                                  " JOIN indicator p ON p.id = c.parent_id"
                                  " JOIN indicator_value v ON v.indicator_id = c.id"
                                  " WHERE p.code = ?", "drug_measures"), ==, 21);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM indicator c JOIN indicator p"
                                  " ON p.id = c.parent_id WHERE p.code = ?",
                              "trafficking_measures"), ==, 3);
  g_assert_cmpint (query_int (db, "SELECT sum(v.value) FROM indicator c"
                                  " JOIN indicator p ON p.id = c.parent_id"
                                  " JOIN indicator_value v ON v.indicator_id = c.id"
                                  " WHERE p.code = ?", "trafficking_measures"), ==, 9);
  /* Only those two figures have parts. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM indicator WHERE parent_id IS NOT NULL",
                              NULL), ==, 8);
  /* And every part sums to the stated whole, for any parent. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM indicator p"
                                  " JOIN indicator_value pv ON pv.indicator_id = p.id"
                                  " WHERE pv.value <> (SELECT sum(cv.value) FROM indicator c"
                                  "   JOIN indicator_value cv ON cv.indicator_id = c.id"
                                  "   WHERE c.parent_id = p.id AND cv.year = pv.year)", NULL),
                   ==, 0);
}

static void
test_planning (void)
{
  const char *db = seeded_path;
  static const struct { int year; const char *period; int n; } periods[] = {
    { 2023, "Q1", 3 }, { 2023, "Q2", 7 }, { 2023, "Q3", 3 }, { 2023, "Q3+4", 5 },
    { 2023, "Q4", 3 }, { 2023, "doorlopend", 5 },
    { 2024, "Q1", 1 }, { 2024, "Q2", 1 }, { 2024, "Q3", 1 }, { 2024, "Q4", 1 },
    { 2024, "doorlopend", 4 },
  };
  static const char * const recurring[] = {
    "4 wijkgerichte drugsgerelateerde acties (niet allemaal ondermijning) + henneptrein + "
    "Crimescript",
    "10 integrale controles (circa 8 bedrijven per controle) gericht op het bevorderen van "
    "een eerlijk ondernemersklimaat",
    "Controles seksbranche",
    "Per kwartaal een weerbaarheidsactie en doorlopende communicatieberichten",
  };
  g_autoptr(GPtrArray) rows = NULL;
  gsize cursor = 0;
  int previous_year = 0;
  int n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM plan_item"
                                              " WHERE year = %d AND period = ?", periods[i].year);

      g_assert_cmpint (query_int (db, sql, periods[i].period), ==, periods[i].n);
    }

  /* The two quarters of 2024 that the plan leaves open. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM plan_item WHERE what = 'N.t.b.'"
                                  " AND who = '' AND theme_id IS NULL AND year = 2024"
                                  " AND period IN ('Q2', 'Q3')", NULL), ==, 2);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM plan_item WHERE what = 'N.t.b.'", NULL),
                   ==, 2);

  /* The four doorlopend items of 2023 that recur in 2024, and only those. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM plan_item WHERE recurring = 1", NULL),
                   ==, 8);
  for (guint i = 0; i < G_N_ELEMENTS (recurring); i++)
    {
      g_assert_cmpint (query_int (db, "SELECT count(*) FROM plan_item WHERE recurring = 1"
                                      " AND period = 'doorlopend' AND what = ?", recurring[i]),
                       ==, 2);
      g_assert_cmpint (query_int (db, "SELECT count(DISTINCT year) FROM plan_item"
                                      " WHERE recurring = 1 AND what = ?", recurring[i]), ==, 2);
    }

  g_assert_cmpint (query_int (db, "SELECT count(*) FROM plan_item WHERE status <> 'gepland'",
                              NULL), ==, 0);

  /* In document order; each "what" and "who" is the plan's text; the theme is the one the
   * "who" names. */
  rows = query_rows (db, "SELECT p.year, p.what, p.who, t.name FROM plan_item p"
                         " LEFT JOIN theme t ON t.id = p.theme_id ORDER BY p.position", NULL);
  for (guint r = 0; r < rows->len; r++)
    {
      GPtrArray *row = rows->pdata[r];
      int year = col_int (row, 0);
      const char *what = COL (row, 1);
      const char *who = COL (row, 2);
      const char *theme = COL (row, 3);

      g_assert_cmpint (year, >=, previous_year);
      previous_year = year;
      g_assert_null (strstr (what, "  "));
      assert_in_document_after (what, &cursor);
      if (*who != '\0')
        assert_in_document_after (who, &cursor);
      g_assert_cmpstr (theme, ==, theme_of_who (who));
      n++;
    }
  g_assert_cmpint (n, ==, 34);
}

static void
test_targets (void)
{
  const char *db = seeded_path;
  static const struct { int year; const char *what_start; const char *indicator; gint64 value; }
  expected[] = {
    { 2023, "Het opstellen van een compleet beeld van signalen en casuïstiek van mensenhandel",
      "targeted_trafficking_controls", 2 },
    { 2023, "4 wijkgerichte drugsgerelateerde acties", "district_drug_actions", 4 },
    { 2024, "4 wijkgerichte drugsgerelateerde acties", "district_drug_actions", 4 },
    { 2023, "10 integrale controles", "integrated_controls", 10 },
    { 2023, "10 integrale controles", "integrated_control_businesses", 80 },
    { 2024, "10 integrale controles", "integrated_controls", 10 },
    { 2024, "10 integrale controles", "integrated_control_businesses", 80 },
    { 2023, "Per kwartaal een weerbaarheidsactie", "resilience_actions", 4 },
    { 2024, "Per kwartaal een weerbaarheidsactie", "resilience_actions", 4 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *sql =
        g_strdup_printf ("SELECT t.value FROM target t"
                         " JOIN plan_item p ON p.id = t.plan_item_id"
                         " JOIN indicator i ON i.id = t.indicator_id"
                         " WHERE p.year = %d AND i.code = '%s'"
                         " AND substr (p.what, 1, length (?1)) = ?1",
                         expected[i].year, expected[i].indicator);

      g_assert_cmpint (query_int (db, sql, expected[i].what_start), ==, expected[i].value);
    }

  /* "10 integrale controles (circa 8 bedrijven per controle)": 10 x 8. */
  g_assert_cmpint (document_figure ("(\\d+) integrale controles \\(circa \\d+ bedrijven") *
                   document_figure ("integrale controles \\(circa (\\d+) bedrijven per") *
                   2, ==, query_int (db, "SELECT sum(t.value) FROM target t JOIN indicator i"
                                         " ON i.id = t.indicator_id WHERE i.code = ?",
                                     "integrated_control_businesses"));
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM target WHERE indicator_id IS NULL"
                                  " OR length (trim (description)) = 0", NULL), ==, 0);
}

static void
test_budget (void)
{
  const char *db = seeded_path;
  g_autoptr(GRegex) row = g_regex_new ("^\\s*(.+?)\\s+€ ([0-9.]+)(\\*?)\\s+€ ([0-9.]+)\\s*$",
                                       0, 0, NULL);
  g_auto(GStrv) lines = g_strsplit (doc_raw, "\n", -1);
  gint64 parsed_total_2023 = -1;
  gint64 parsed_total_2024 = -1;
  guint n_parsed = 0;
  g_autoptr(GPtrArray) rows = NULL;
  guint i;

  /* Against the table written here. */
  rows = query_rows (db, "SELECT l.name,"
                         " (SELECT amount_cents FROM budget_amount"
                         "   WHERE line_id = l.id AND year = 2023),"
                         " (SELECT amount_cents FROM budget_amount"
                         "   WHERE line_id = l.id AND year = 2024),"
                         " l.ledger_code"
                         " FROM budget_line l ORDER BY l.position", NULL);
  for (i = 0; i < rows->len; i++)
    {
      GPtrArray *line = rows->pdata[i];

      g_assert_cmpuint (i, <, G_N_ELEMENTS (budget));
      g_assert_cmpstr (COL (line, 0), ==, budget[i].name);
      g_assert_cmpint (col_int (line, 1), ==, EURO (budget[i].euro_2023));
      g_assert_cmpint (col_int (line, 2), ==, EURO (budget[i].euro_2024));
      g_assert_null (COL (line, 3));
    }
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (budget));

  /* Against the budget table of the document: "<Kostenpost> € 17.000 € 17.000". */
  for (i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GMatchInfo) match = NULL;
      g_autofree char *name = NULL;
      g_autofree char *a2023 = NULL;
      g_autofree char *a2024 = NULL;

      if (!g_regex_match (row, lines[i], 0, &match))
        continue;
      name = g_match_info_fetch (match, 1);
      a2023 = g_match_info_fetch (match, 2);
      a2024 = g_match_info_fetch (match, 4);

      if (g_str_equal (name, "Totaal"))
        {
          parsed_total_2023 = parse_euros (a2023);
          parsed_total_2024 = parse_euros (a2024);
          continue;
        }

      g_assert_cmpint (query_int (db, "SELECT count(*) FROM budget_line WHERE name = ?", name),
                       ==, 1);
      g_assert_cmpint (query_int (db, "SELECT a.amount_cents FROM budget_amount a"
                                      " JOIN budget_line l ON l.id = a.line_id"
                                      " WHERE a.year = 2023 AND l.name = ?", name),
                       ==, parse_euros (a2023));
      g_assert_cmpint (query_int (db, "SELECT a.amount_cents FROM budget_amount a"
                                      " JOIN budget_line l ON l.id = a.line_id"
                                      " WHERE a.year = 2024 AND l.name = ?", name),
                       ==, parse_euros (a2024));
      n_parsed++;
    }
  g_assert_cmpuint (n_parsed, ==, 14);

  /* The stated totals are kept as the plan gives them, beside the lines. */
  g_assert_cmpint (parsed_total_2023, ==, EURO (250000));
  g_assert_cmpint (parsed_total_2024, ==, EURO (185000));
  g_assert_cmpint (query_int (db, "SELECT amount_cents FROM plan_total WHERE year = 2023", NULL),
                   ==, parsed_total_2023);
  g_assert_cmpint (query_int (db, "SELECT amount_cents FROM plan_total WHERE year = 2024", NULL),
                   ==, parsed_total_2024);

  /* 2024 adds up to its total; 2023's lines make € 245.000 against a stated € 250.000. */
  g_assert_cmpint (query_int (db, "SELECT sum(amount_cents) FROM budget_amount WHERE year = 2024",
                              NULL), ==, EURO (185000));
  g_assert_cmpint (query_int (db, "SELECT sum(amount_cents) FROM budget_amount WHERE year = 2023",
                              NULL), ==, EURO (245000));
  /* Whole cents, never a real: SQLite keeps a type per value, a server one per column. */
  if (ond_pg_is_uri (db))
    {
      g_autofree char *type = query_text (db, "SELECT data_type FROM information_schema.columns"
                                              " WHERE table_schema = current_schema()"
                                              " AND table_name = 'budget_amount'"
                                              " AND column_name = ?", "amount_cents");

      g_assert_cmpstr (type, ==, "bigint");
    }
  else
    g_assert_cmpint (query_int (db, "SELECT count(*) FROM budget_amount"
                                    " WHERE typeof (amount_cents) <> 'integer'", NULL), ==, 0);
}

static void
test_funding (void)
{
  const char *db = seeded_path;
  static const char * const riec_lines[] = {
    "Inzet communicatiemedewerker",
    "Opstellen strategisch communicatieplan + contentkalender",
    "Uitvoering acties uit communicatieplan + contentkalender",
  };
  g_autofree char *earmark = query_text (db, "SELECT earmark FROM funding WHERE source = ?",
                                         "riec");
  g_autoptr(GPtrArray) rows = NULL;
  guint i;

  g_assert_cmpint (query_int (db, "SELECT amount_cents FROM funding"
                                  " WHERE year = 2023 AND source = ?", "taakveld_1_2"),
                   ==, EURO (185000));
  g_assert_cmpint (query_int (db, "SELECT amount_cents FROM funding"
                                  " WHERE year = 2024 AND source = ?", "taakveld_1_2"),
                   ==, EURO (185000));
  g_assert_cmpint (query_int (db, "SELECT amount_cents FROM funding"
                                  " WHERE year = 2023 AND source = ?", "riec"), ==, EURO (65000));
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM funding WHERE year = 2024"
                                  " AND source = ?", "riec"), ==, 0);
  g_assert_cmpstr (earmark, ==, "voor communicatie- en weerbaarheidsprojecten");

  /* The sentence of section 6 says the same. */
  {
    g_autofree char *taakveld = document_match ("Voor 2023 is naast € ([0-9.]+) vanuit "
                                                "taakveld 1\\.2");
    g_autofree char *riec = document_match ("door het RIEC € ([0-9.]+) beschikbaar gesteld");
    g_autofree char *purpose = document_match ("beschikbaar gesteld (voor [^*.]+)\\*");

    g_assert_cmpint (parse_euros (taakveld), ==, EURO (185000));
    g_assert_cmpint (parse_euros (riec), ==, EURO (65000));
    g_assert_cmpstr (purpose, ==, earmark);
  }

  /* 2023's funding matches its stated total; 2024's too. */
  g_assert_cmpint (query_int (db, "SELECT sum(amount_cents) FROM funding WHERE year = 2023",
                              NULL), ==, EURO (250000));
  g_assert_cmpint (query_int (db, "SELECT sum(amount_cents) FROM funding WHERE year = 2024",
                              NULL), ==, EURO (185000));

  /* The RIEC money pays for the three communication lines; taakveld 1.2 is not earmarked. */
  rows = query_rows (db, "SELECT l.name FROM funding f JOIN funding_line fl ON fl.funding_id = f.id"
                         " JOIN budget_line l ON l.id = fl.line_id WHERE f.source = ?"
                         " ORDER BY l.name", "riec");
  for (i = 0; i < rows->len; i++)
    {
      GPtrArray *row = rows->pdata[i];

      g_assert_cmpuint (i, <, G_N_ELEMENTS (riec_lines));
      g_assert_cmpstr (COL (row, 0), ==, riec_lines[i]);
    }
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (riec_lines));
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM funding f JOIN funding_line fl"
                                  " ON fl.funding_id = f.id WHERE f.source = ?", "taakveld_1_2"),
                   ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM funding"
                                  " WHERE source = ? AND earmark <> ''", "taakveld_1_2"), ==, 0);
}

/* Counts of every table the seed fills, as one string. */
static char *
seed_fingerprint (const char *path)
{
  static const char * const tables[] = {
    "plan", "pillar", "partner", "theme", "theme_owner", "action", "intervention",
    "intervention_partner", "area", "indicator", "indicator_value", "plan_item", "target",
    "budget_line", "budget_amount", "plan_total", "funding", "funding_line",
  };
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    g_string_append_printf (s, "%s=%" G_GINT64_FORMAT " ", tables[i],
                            count_table (path, tables[i]));
  return g_string_free (s, FALSE);
}

/* The plan is seeded once: a new file when the store creates it, a server database (set up
 * empty, as --init-server leaves it) by ond_store_seed_plan (); opening it again, or seeding
 * it again, adds nothing. */
static void
test_seeded_once (void)
{
  gboolean server = ond_test_pg_wanted ();
  g_autofree char *path = server ? ond_test_pg_new_empty ()
                                 : g_build_filename (tmp_dir, "once.db", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GError) error = NULL;
  OndStore *store;

  store = ond_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_was_created (store) == !server);
  if (server)
    {
      g_assert_true (ond_store_seed_plan (store, &error));
      g_assert_no_error (error);
    }
  g_object_unref (store);
  first = seed_fingerprint (path);

  store = ond_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_false (ond_store_was_created (store));
  g_assert_false (ond_store_seed_plan (store, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_object_unref (store);
  second = seed_fingerprint (path);
  if (server)
    ond_test_db_drop (path);

  g_assert_cmpstr (first, ==, second);
  g_assert_nonnull (strstr (first, "plan=1 "));
  g_assert_nonnull (strstr (first, "partner=27 "));
  g_assert_nonnull (strstr (first, "intervention=47 "));
  g_assert_nonnull (strstr (first, "plan_item=34 "));
}

static void
test_seeded_whole (void)
{
  const char *db = seeded_path;

  /* A new database holds the whole seed, with every reference resolved, and says it is ours
   * at this schema version: a file in its header (PRAGMA), a server database in its table
   * ond_database, where every foreign key is a constraint the server checked. */
  if (ond_pg_is_uri (db))
    {
      g_assert_cmpint (query_int (db, "SELECT count(*) FROM pg_constraint c"
                                      " JOIN pg_namespace n ON n.oid = c.connamespace"
                                      " WHERE n.nspname = current_schema() AND c.contype = ?"
                                      " AND NOT c.convalidated", "f"), ==, 0);
      g_assert_cmpint (query_int (db, "SELECT count(*) FROM pg_constraint c"
                                      " JOIN pg_namespace n ON n.oid = c.connamespace"
                                      " WHERE n.nspname = current_schema() AND c.contype = ?",
                                  "f"), >, 0);
      g_assert_cmpint (query_int (db, "SELECT application_id FROM ond_database", NULL), ==,
                       OND_STORE_APPLICATION_ID);
      g_assert_cmpint (query_int (db, "SELECT schema_version FROM ond_database", NULL), ==,
                       OND_STORE_SCHEMA_VERSION);
    }
  else
    {
      g_autoptr(GPtrArray) problems = query_rows (db, "PRAGMA foreign_key_check", NULL);

      g_assert_cmpuint (problems->len, ==, 0);
      g_assert_cmpint (query_int (db, "PRAGMA application_id", NULL), ==,
                       OND_STORE_APPLICATION_ID);
      g_assert_cmpint (query_int (db, "PRAGMA user_version", NULL), ==,
                       OND_STORE_SCHEMA_VERSION);
    }
  g_assert_cmpint (query_int (db, "SELECT count(DISTINCT plan_id) FROM ("
                                  " SELECT plan_id FROM pillar UNION ALL"
                                  " SELECT plan_id FROM theme UNION ALL"
                                  " SELECT plan_id FROM action UNION ALL"
                                  " SELECT plan_id FROM plan_item UNION ALL"
                                  " SELECT plan_id FROM budget_line UNION ALL"
                                  " SELECT plan_id FROM funding UNION ALL"
                                  " SELECT plan_id FROM plan_total) AS plan_ids", NULL), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *doc_path = NULL;
  g_autoptr(GError) error = NULL;
  OndStore *store;
  int ret;

  g_test_init (&argc, &argv, NULL);

  doc_path = g_test_build_filename (G_TEST_DIST, "data", "uitvoeringsplan.txt", NULL);
  if (!g_file_get_contents (doc_path, &doc_raw, NULL, &error))
    g_error ("%s", error->message);
  doc_text = squeeze_spaces (doc_raw);

  tmp_dir = ond_test_make_dir ("test-seed");
  /* A new file the store creates and seeds, or in the PostgreSQL run a server database set
   * up and seeded (ond_store_seed_plan, ond-test-pg.c): the same checks on both. */
  seeded_path = ond_test_db_new (tmp_dir, "seeded.db");
  store = ond_store_open (seeded_path, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_was_created (store) == !ond_test_pg_wanted ());
  g_object_unref (store);

  g_test_add_func ("/ond/seed/counts", test_counts);
  g_test_add_func ("/ond/seed/whole", test_seeded_whole);
  g_test_add_func ("/ond/seed/plan-and-pillars", test_plan);
  g_test_add_func ("/ond/seed/partners", test_partners);
  g_test_add_func ("/ond/seed/themes", test_themes);
  g_test_add_func ("/ond/seed/actions", test_actions);
  g_test_add_func ("/ond/seed/menukaart", test_menukaart);
  g_test_add_func ("/ond/seed/areas", test_areas);
  g_test_add_func ("/ond/seed/baselines", test_baselines);
  g_test_add_func ("/ond/seed/planning", test_planning);
  g_test_add_func ("/ond/seed/targets", test_targets);
  g_test_add_func ("/ond/seed/budget", test_budget);
  g_test_add_func ("/ond/seed/funding", test_funding);
  g_test_add_func ("/ond/seed/once", test_seeded_once);

  ret = g_test_run ();

  ond_test_db_drop (seeded_path);
  ond_test_remove_tree (tmp_dir);
  g_free (seeded_path);
  g_free (tmp_dir);
  g_free (doc_text);
  g_free (doc_raw);
  return ret;
}
