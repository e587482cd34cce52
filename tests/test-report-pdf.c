/* test-report-pdf.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The progress report as a PDF (ond-report-doc.h, ond-report-export.h), read back with
 * pdftotext -layout and pdfinfo (poppler-utils): its figures, amounts and counts against
 * plain SQL on the file, the pages ("Pagina N van M", the running header, a table's header
 * row repeated and no row split over two pages), the red flag of a figure behind its target
 * without an explanation, the report on record made again byte for byte after the figures
 * changed, the canary (no personal data in the text nor in the file's bytes, its streams
 * decompressed), and the refusals (a year outside the plan, a missing folder, a read-only
 * database). */

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "ond-doc.h"
#include "ond-money.h"
#include "ond-meeting-item.h"
#include "ond-pg.h"
#include "ond-report-doc.h"
#include "ond-report-export.h"
#include "ond-report.h"
#include "ond-store-cases.h"
#include "ond-store-council-reports.h"
#include "ond-store-explanations.h"
#include "ond-store-meetings.h"
#include "ond-test-util.h"
#include "test-case-util.h"

/* Personal data put into the database by fill (); none of it may reach the report. */
static const char * const canaries[] = {
  "Zwaluwstaart", "Kanarieweg 713", "Kanarie-samenvatting", "MMA-KANARIE-77",
  "PL-KANARIE-88", "RIEC-KANARIE-99", "ZK-KANARIE-11", "Wegingsreden-kanarie",
  "Interventienotitie-kanarie", "Uitkomstnotitie-kanarie", "Tweede Kanariepersoon",
  "Kanarielaan 2", "Agendapunt-kanarie", "Besluit-kanarie", "Toegang-kanarie",
  "Controlenotitie-kanarie", "Activiteitnotitie-kanarie", "Vergadernotitie-kanarie",
};

#define CONTROLS_EXPLANATION "Drie controles schoven naar 2025."
#define LINE_EXPLANATION "Extra controle in de haven."
#define N_EXTRA_ROWS 30

/* Running programs and reading PDFs. */

static gboolean
have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  if (pdftotext == NULL || pdfinfo == NULL)
    {
      g_test_skip ("pdftotext and pdfinfo (poppler-utils) are not installed");
      return FALSE;
    }
  return TRUE;
}

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
  return out;
}

/* @text with every run of white space (new lines too) made one space, trimmed, and none
 * after a euro sign (pdftotext keeps the space of "€ 0" or not, as the glyphs fall). */
static char *
normalize (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = out->len > 0 && !g_str_has_suffix (out->str, "€");
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* The pages of @pdf as pdftotext -layout reads them, each a list of its non-empty lines
 * with white space normalized. */
static GPtrArray *
pdf_pages (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *text = run (argv);
  g_auto(GStrv) pages = g_strsplit (text, "\f", -1);
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  guint n = g_strv_length (pages);

  /* The text ends with a form feed: the last piece is empty. */
  g_assert_cmpuint (n, >, 1);
  g_assert_cmpstr (pages[n - 1], ==, "");
  for (guint i = 0; i + 1 < n; i++)
    {
      g_auto(GStrv) lines = g_strsplit (pages[i], "\n", -1);
      GPtrArray *page = g_ptr_array_new_with_free_func (g_free);

      for (guint j = 0; lines[j] != NULL; j++)
        {
          char *line = normalize (lines[j]);

          if (line[0] != '\0')
            g_ptr_array_add (page, line);
          else
            g_free (line);
        }
      g_ptr_array_add (out, page);
    }
  return out;
}

/* Every line of every page, in order. */
static GPtrArray *
all_lines (GPtrArray *pages)
{
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < pages->len; i++)
    {
      GPtrArray *page = g_ptr_array_index (pages, i);

      for (guint j = 0; j < page->len; j++)
        g_ptr_array_add (out, g_ptr_array_index (page, j));
    }
  return out;
}

static int
pdf_page_count (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = run (argv);
  const char *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);
  return atoi (pages + strlen ("\nPages:"));
}

static char *
pdf_creation_date (const char *pdf)
{
  const char *argv[] = { "pdfinfo", "-isodates", pdf, NULL };
  g_autofree char *info = run (argv);
  const char *date = strstr (info, "\nCreationDate:");
  const char *end;

  g_assert_nonnull (date);
  date += strlen ("\nCreationDate:");
  while (*date == ' ')
    date++;
  end = strchr (date, '\n');
  return g_strndup (date, end != NULL ? (gsize) (end - date) : strlen (date));
}

/* The index of the first line from @from that is @line exactly; fails when there is none. */
static guint
index_of (GPtrArray  *lines,
          guint       from,
          const char *line)
{
  for (guint i = from; i < lines->len; i++)
    if (g_str_equal (g_ptr_array_index (lines, i), line))
      return i;
  g_error ("No line “%s” in the PDF", line);
  return 0;
}

/* The first line from @from that starts with @prefix, or NULL. */
static const char *
line_with_prefix (GPtrArray  *lines,
                  guint       from,
                  const char *prefix)
{
  for (guint i = from; i < lines->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (lines, i), prefix))
      return g_ptr_array_index (lines, i);
  return NULL;
}

/* Asserts that a line from @from on starts with the cells @first, @... (NULL-terminated)
 * side by side: a table row as pdftotext lays it out. */
G_GNUC_NULL_TERMINATED
static void
assert_row (GPtrArray  *lines,
            guint       from,
            const char *first,
            ...)
{
  g_autoptr(GString) expected = g_string_new (first);
  g_autofree char *wanted = NULL;
  const char *cell;
  va_list args;

  va_start (args, first);
  while ((cell = va_arg (args, const char *)) != NULL)
    g_string_append_printf (expected, " %s", cell);
  va_end (args);
  wanted = normalize (expected->str);

  if (line_with_prefix (lines, from, wanted) == NULL)
    {
      /* What there is instead, to see why. */
      for (guint i = from; i < lines->len && i < from + 60; i++)
        if (g_str_has_prefix (g_ptr_array_index (lines, i), first))
          g_printerr ("# found: %s\n", (const char *) g_ptr_array_index (lines, i));
      g_error ("No row “%s …” in the PDF", wanted);
    }
}

/* How often @needle occurs in @lines. */
static guint
count_in (GPtrArray  *lines,
          const char *needle)
{
  guint n = 0;

  for (guint i = 0; i < lines->len; i++)
    for (const char *p = strstr (g_ptr_array_index (lines, i), needle); p != NULL;
         p = strstr (p + 1, needle))
      n++;
  return n;
}

/* The page (from 0) whose text holds @needle; fails unless exactly one does. */
static guint
page_of (GPtrArray  *pages,
         const char *needle)
{
  int found = -1;

  for (guint i = 0; i < pages->len; i++)
    if (count_in (g_ptr_array_index (pages, i), needle) > 0)
      {
        g_assert_cmpint (found, ==, -1);
        found = (int) i;
      }
  g_assert_cmpint (found, >=, 0);
  return (guint) found;
}

static char *
money (gint64 cents)
{
  return ond_money_format (cents);
}

static char *
number (gint64 n)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, n);
}

/* The database. */

static gint64
case_with (Fixture    *f,
           const char *date,
           const char *source,
           const char *theme,
           const char *subject,
           const char *address,
           const char *summary)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseDraft) draft = make_draft (f, date, subject);
  gint64 id;

  g_free (draft->source);
  draft->source = g_strdup (source);
  draft->theme_id = theme != NULL ? theme_id (f, theme) : 0;
  g_free (draft->address);
  draft->address = g_strdup (address);
  g_free (draft->summary);
  draft->summary = g_strdup (summary);
  g_free (draft->mma_number);
  draft->mma_number = g_strdup ("MMA-KANARIE-77");
  draft->police_number = g_strdup ("PL-KANARIE-88");
  draft->riec_number = g_strdup ("RIEC-KANARIE-99");
  draft->zaaknummer = g_strdup ("ZK-KANARIE-11");
  id = ond_store_create_case (f->store, draft, f->today, NULL, &error);
  g_assert_no_error (error);
  return id;
}

static gint64
id_of (Fixture    *f,
       const char *sql)
{
  gint64 id = sql_int (f->path, sql, 0);

  g_assert_cmpint (id, >, 0);
  return id;
}

static void
explain (Fixture               *f,
         OndExplanationSubject  subject,
         gint64                 subject_id,
         int                    year,
         const char            *text)
{
  g_autoptr(GError) error = NULL;

  ond_store_set_explanation (f->store, 1, subject, subject_id, year, text, &error);
  g_assert_no_error (error);
}

/* Cases full of personal data, registers, planning, bookings and explanations. */
static void
fill (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(OndMeetingItem) item = NULL;
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autofree char *reference = NULL;
  gint64 a, b, c, meeting;

  /* Signals: A (MMA, Drugs) weighed, with an intervention, closed; B (C3, Mensenhandel);
   * C (MMA of 2023). */
  a = case_with (f, "2024-02-10", "mma", "Drugs", "Jan Zwaluwstaart", "Kanarieweg 713",
                 "Kanarie-samenvatting over een hennepzolder");
  g_assert_true (ond_store_weigh_case (f->store, a, "midden", OND_WEIGHING_PARTNER,
                                       "Wegingsreden-kanarie", partner_id (f, "Politie"), NULL,
                                       &error));
  g_assert_true (ond_store_move_case (f->store, a, OND_CASE_STATUS_INTERVENTION, NULL, &error));
  g_assert_cmpint (ond_store_add_case_intervention (f->store, a,
                                                    intervention_id (f, "Strafrechtelijk "
                                                                     "onderzoek"),
                                                    partner_id (f, "Politie"), NULL, NULL,
                                                    "gepland", "Interventienotitie-kanarie",
                                                    &error), >, 0);
  g_assert_true (ond_store_move_case (f->store, a, OND_CASE_STATUS_MONITORING, NULL, &error));
  g_assert_true (ond_store_close_case (f->store, a, "effectief", "Uitkomstnotitie-kanarie",
                                       &error));
  g_assert_no_error (error);
  b = case_with (f, "2024-05-03", "c3", "Mensenhandel", "Tweede Kanariepersoon",
                 "Kanarielaan 2", "Kanarie-samenvatting twee");
  c = case_with (f, "2023-11-30", "mma", "Fraude", "Vijfde Zwaluwstaart", "Kanarieweg 713",
                 "Kanarie-samenvatting");
  g_assert_cmpint (b, >, 0);
  g_assert_cmpint (c, >, 0);

  /* A casusoverleg with a topic and a decision, and the access log. */
  meeting = ond_store_create_meeting (f->store, "2024-06-01", &error);
  g_assert_no_error (error);
  items = ond_store_list_meeting_items (f->store, meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (items), >, 0);
  item = g_list_model_get_item (items, 0);
  g_assert_true (ond_store_record_meeting_decision (f->store, ond_meeting_item_get_id (item),
                                                    "Besluit-kanarie", &error));
  g_assert_no_error (error);
  sql_exec (f->path, "UPDATE meeting_item SET topic = 'Agendapunt-kanarie';"
                     "UPDATE meeting SET note = 'Vergadernotitie-kanarie';");
  reference = sql_text (f->path, "SELECT reference FROM case_file WHERE id = ?", a);
  g_assert_true (ond_store_log_access (f->store, reference, "Toegang-kanarie", &error));
  g_assert_no_error (error);

  /* Registers: 7 integral controls of 8 businesses in 2024 (January to July; target 10
   * and 80: behind), 3 in 2023; 4 drug actions (target 4: on track) and 1 resilience action
   * (target 4: far behind) in 2024. */
  for (int i = 1; i <= 7; i++)
    g_string_append_printf (sql, "INSERT INTO control (date, kind, businesses, signals, note)"
                            " VALUES ('2024-0%d-15', 'integraal', 8, 1,"
                            " 'Controlenotitie-kanarie');", i);
  for (int i = 1; i <= 3; i++)
    g_string_append_printf (sql, "INSERT INTO control (date, kind, businesses, note)"
                            " VALUES ('2023-0%d-10', 'integraal', 5,"
                            " 'Controlenotitie-kanarie');", 3 * i);
  for (int i = 1; i <= 4; i++)
    g_string_append_printf (sql, "INSERT INTO activity (date, kind, note)"
                            " VALUES ('2024-0%d-01', 'drugsactie', 'Activiteitnotitie-kanarie');",
                            i + 2);
  g_string_append (sql, "INSERT INTO activity (date, kind, note) VALUES ('2024-10-01',"
                        " 'weerbaarheidsactie', 'Activiteitnotitie-kanarie');");

  /* Planning: one row of 2024 done, one of 2023 dropped, and many long rows for Drugs in
   * 2024 so that its table continues on another page. */
  g_string_append (sql,
                   "UPDATE plan_item SET status = 'gereed' WHERE id ="
                   "  (SELECT min(id) FROM plan_item WHERE year = 2024 AND theme_id IS NOT NULL);"
                   "UPDATE plan_item SET status = 'vervallen' WHERE id ="
                   "  (SELECT min(id) FROM plan_item WHERE year = 2023);");
  for (int i = 1; i <= N_EXTRA_ROWS; i++)
    g_string_append_printf (sql,
                            "INSERT INTO plan_item (plan_id, year, period, position, what,"
                            " who, theme_id, status)"
                            " SELECT 1, 2024, 'Q2', %d, 'Extra planningsregel %02d: een lange"
                            " omschrijving van een actie die over meerdere regels loopt, zodat"
                            " de tabel van het thema over een pagina heen gaat einde%02d',"
                            " 'Politie', id, 'lopend' FROM theme WHERE plan_id = 1"
                            " AND name = 'Drugs';", 1000 + i, i, i);

  /* Bookings: Integrale controles over its 2024 budget by € 500; a commitment of MMA
   * partly realised (€ 700 committed); a booking on no line; one dated 2026. */
  g_string_append (sql,
                   "INSERT INTO booking (date, line_id, amount_cents, kind, reference)"
                   "  SELECT '2024-05-01', id, 250000, 'realisatie', 'F-1'"
                   "  FROM budget_line WHERE plan_id = 1 AND name = 'Integrale controles';"
                   "INSERT INTO booking (date, line_id, amount_cents, kind, reference)"
                   "  SELECT '2024-02-01', id, 100000, 'verplichting', 'V-1'"
                   "  FROM budget_line WHERE plan_id = 1 AND name = 'Meld Misdaad Anoniem (MMA)';"
                   "INSERT INTO booking (date, line_id, amount_cents, kind, reference)"
                   "  SELECT '2024-03-01', id, 30000, 'realisatie', 'V-1'"
                   "  FROM budget_line WHERE plan_id = 1 AND name = 'Meld Misdaad Anoniem (MMA)';"
                   "INSERT INTO booking (date, line_id, amount_cents, kind, reference)"
                   "  VALUES ('2024-07-01', NULL, 12345, 'realisatie', 'F-9');"
                   "INSERT INTO booking (date, line_id, amount_cents, kind, reference)"
                   "  SELECT '2026-01-10', id, 5000, 'realisatie', 'F-10'"
                   "  FROM budget_line WHERE plan_id = 1 AND name = 'Meld Misdaad Anoniem (MMA)';");
  sql_exec (f->path, sql->str);

  /* Explanations: pillar 1 for every year; the integral controls of 2024 (the businesses
   * visited and the resilience actions have none); the line over its budget. */
  explain (f, OND_EXPLANATION_PILLAR,
           id_of (f, "SELECT id FROM pillar WHERE plan_id = 1 AND number = 1"), 0,
           "Pijler 1 algemeen.");
  explain (f, OND_EXPLANATION_INDICATOR,
           id_of (f, "SELECT id FROM indicator WHERE code = 'integrated_controls'"), 2024,
           CONTROLS_EXPLANATION);
  explain (f, OND_EXPLANATION_BUDGET_LINE,
           id_of (f, "SELECT id FROM budget_line WHERE plan_id = 1"
                     " AND name = 'Integrale controles'"), 2024,
           LINE_EXPLANATION);
}

/* Exports the report of 2024 as of the fixture's today to @name in the fixture's folder. */
static char *
export (Fixture    *f,
        const char *name,
        gboolean    expect_recorded)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);
  gboolean recorded = !expect_recorded;

  g_assert_true (ond_report_export_pdf (f->store, 0, 2024, path, f->today, &recorded, &error));
  g_assert_no_error (error);
  g_assert_cmpint (recorded, ==, expect_recorded);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  return path;
}

/* The budget of a line in 2024 (its amount and changes), from the file. */
static gint64
budget_2024 (Fixture    *f,
             const char *where)
{
  g_autofree char *sql =
    g_strdup_printf ("SELECT coalesce((SELECT sum(amount_cents) FROM budget_amount"
                     " WHERE year = 2024 AND line_id IN (SELECT id FROM budget_line"
                     " WHERE plan_id = 1 %s)), 0)"
                     " + coalesce((SELECT sum(amount_cents) FROM budget_change"
                     " WHERE year = 2024 AND line_id IN (SELECT id FROM budget_line"
                     " WHERE plan_id = 1 %s)), 0)", where, where);

  return sql_int (f->path, sql, 0);
}

/* Tests. */

/* The pages, and every figure, amount and count against the file. */
static void
test_content (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *path = NULL;
  g_autofree char *title = NULL;
  g_autofree char *header = NULL;
  g_autofree char *c2023 = NULL, *c2024 = NULL, *target = NULL, *soft = NULL;
  g_autofree char *total = NULL, *gepland = NULL, *lopend = NULL, *gereed = NULL;
  g_autofree char *uitgesteld = NULL, *vervallen = NULL, *percent = NULL;
  g_autofree char *rows = NULL, *rows_gepland = NULL, *rows_lopend = NULL;
  g_autofree char *rows_open = NULL, *rows_percent = NULL;
  g_autofree char *line_budget = NULL, *line_spent = NULL, *line_left = NULL;
  g_autofree char *year_budget = NULL, *year_spent = NULL, *year_left = NULL;
  g_autofree char *committed = NULL, *cases = NULL, *mma = NULL, *line_percent = NULL;
  gint64 n_actions, n_done, n_dropped, budget, spent, all_budget, all_spent, rows_done;
  GPtrArray *first;
  guint at;
  int n;

  if (!have_poppler ())
    return;
  fill (f);
  path = export (f, "rapport.pdf", TRUE);
  pages = pdf_pages (path);
  lines = all_lines (pages);

  /* Pages: pdfinfo agrees with pdftotext; a sane number; "Pagina N van M" on each; the
   * running header on each but the title page. */
  n = pdf_page_count (path);
  g_assert_cmpint (n, ==, (int) pages->len);
  g_assert_cmpint (n, >=, 8);
  g_assert_cmpint (n, <=, 30);
  title = sql_text (f->path, "SELECT title FROM plan WHERE id = ?", 1);
  header = g_strdup_printf ("Voortgangsrapportage 2024 – %s", title);
  for (int i = 0; i < n; i++)
    {
      GPtrArray *page = g_ptr_array_index (pages, i);
      g_autofree char *footer = g_strdup_printf ("Pagina %d van %d", i + 1, n);

      g_assert_cmpuint (count_in (page, footer), ==, 1);
      g_assert_cmpuint (count_in (page, header), ==, i == 0 ? 0 : 1);
    }

  /* The title page. */
  first = g_ptr_array_index (pages, 0);
  g_assert_cmpstr (g_ptr_array_index (first, 0), ==, "Voortgangsrapportage 2024");
  g_assert_cmpuint (count_in (first, title), ==, 1);
  g_assert_cmpuint (count_in (first, "Planperiode 2023-2024"), ==, 1);
  g_assert_cmpuint (count_in (first, "Verslagjaar 2024"), ==, 1);
  g_assert_cmpuint (count_in (first, "Peildatum 15-06-2025"), ==, 1);

  /* The pillars: the plan's actions per status, counted here. */
  n_actions = sql_int (f->path, "SELECT COUNT(*) FROM action WHERE plan_id = ?", 1);
  n_done = sql_int (f->path, "SELECT COUNT(*) FROM action WHERE plan_id = ?"
                    " AND status = 'gereed'", 1);
  n_dropped = sql_int (f->path, "SELECT COUNT(*) FROM action WHERE plan_id = ?"
                       " AND status = 'vervallen'", 1);
  g_assert_cmpint (n_actions, >, 0);
  total = number (n_actions);
  gepland = number (sql_int (f->path, "SELECT COUNT(*) FROM action WHERE plan_id = ?"
                             " AND status = 'gepland'", 1));
  lopend = number (sql_int (f->path, "SELECT COUNT(*) FROM action WHERE plan_id = ?"
                            " AND status = 'lopend'", 1));
  gereed = number (n_done);
  uitgesteld = number (sql_int (f->path, "SELECT COUNT(*) FROM action WHERE plan_id = ?"
                                " AND status = 'uitgesteld'", 1));
  vervallen = number (n_dropped);
  percent = g_strdup_printf ("%" G_GINT64_FORMAT "%%", n_done * 100 / (n_actions - n_dropped));
  assert_row (lines, 0, "Hele plan Acties", total, gepland, lopend, gereed, uitgesteld,
              vervallen, "0", percent, NULL);
  /* The planning of 2024 (the extra rows are running, one row is done), every row not done
   * overdue as 2024 has ended: the row under the plan's actions. */
  rows = number (sql_int (f->path, "SELECT COUNT(*) FROM plan_item WHERE plan_id = ?"
                          " AND year = 2024", 1));
  rows_gepland = number (sql_int (f->path, "SELECT COUNT(*) FROM plan_item WHERE plan_id = ?"
                                  " AND year = 2024 AND status = 'gepland'", 1));
  rows_lopend = number (sql_int (f->path, "SELECT COUNT(*) FROM plan_item WHERE plan_id = ?"
                                 " AND year = 2024 AND status = 'lopend'", 1));
  rows_done = sql_int (f->path, "SELECT COUNT(*) FROM plan_item WHERE plan_id = ?"
                       " AND year = 2024 AND status = 'gereed'", 1);
  rows_open = number (sql_int (f->path, "SELECT COUNT(*) FROM plan_item WHERE plan_id = ?"
                               " AND year = 2024 AND status NOT IN ('gereed', 'vervallen')",
                               1));
  g_assert_cmpint (rows_done, ==, 1);
  rows_percent = g_strdup_printf ("%" G_GINT64_FORMAT "%%",
                                  rows_done * 100 / sql_int (f->path, "SELECT COUNT(*)"
                                                             " FROM plan_item WHERE plan_id = ?"
                                                             " AND year = 2024", 1));
  at = index_of (lines, 0, line_with_prefix (lines, 0, "Hele plan Acties"));
  assert_row (lines, at + 1, "Planning 2024", rows, rows_gepland, rows_lopend, "1", "0", "0",
              rows_open, rows_percent, NULL);
  g_assert_cmpuint (count_in (lines, "Toelichting: Pijler 1 algemeen."), ==, 1);
  g_assert_cmpuint (count_in (lines, "Geen toelichting bij deze pijler."), ==, 2);

  /* Monitoring: the baseline of the plan, the years counted here, the target, the status
   * and the explanation. */
  c2023 = number (sql_int (f->path, "SELECT COUNT(*) FROM control WHERE kind = 'integraal'"
                           " AND date LIKE '2023-%'", 0));
  c2024 = number (sql_int (f->path, "SELECT COUNT(*) FROM control WHERE kind = 'integraal'"
                           " AND date LIKE '2024-%'", 0));
  target = number (sql_int (f->path, "SELECT sum(t.value) FROM target t"
                            " JOIN plan_item p ON p.id = t.plan_item_id"
                            " JOIN indicator i ON i.id = t.indicator_id"
                            " WHERE p.plan_id = ? AND p.year = 2024"
                            " AND i.code = 'integrated_controls'", 1));
  g_assert_cmpstr (c2024, ==, "7");
  g_assert_cmpstr (target, ==, "10");
  at = index_of (lines, 0, "2. Monitoring");
  assert_row (lines, at, "Integrale controles", "6", c2023, c2024, target, "Achter",
              "Drie controles", NULL);
  assert_row (lines, at, "Weerbaarheidsacties", "—", "0", "1", "4", "Ver achter",
              "Geen toelichting", NULL);
  soft = number (sql_int (f->path, "SELECT value FROM indicator_value v JOIN indicator i"
                          " ON i.id = v.indicator_id WHERE v.year = 2022"
                          " AND i.code = 'drug_closures_soft'", 0));
  assert_row (lines, at, "– Sluitingen (softdrugs)", soft, "0", "0", "—", "—", NULL);

  /* The charts' titles (the bars themselves are drawn). */
  g_assert_cmpuint (count_in (lines, "Doel 2024: 10"), ==, 1);
  g_assert_cmpuint (count_in (lines, "Integrale controles 2024, opgeteld"), ==, 1);

  /* The budget of 2024: the line over its budget, the year's totals (the commitment of
   * € 1.000 less € 300 realised leaves € 700), its difference explained. */
  budget = budget_2024 (f, "AND name = 'Integrale controles'");
  spent = sql_int (f->path, "SELECT sum(amount_cents) FROM booking WHERE kind = 'realisatie'"
                   " AND date LIKE '2024-%' AND line_id = (SELECT id FROM budget_line"
                   " WHERE plan_id = ? AND name = 'Integrale controles')", 1);
  g_assert_cmpint (spent, ==, 250000);
  g_assert_cmpint (budget, >, 0);
  line_budget = money (budget);
  line_spent = money (spent);
  line_left = money (budget - spent);
  line_percent = g_strdup_printf ("%" G_GINT64_FORMAT "%%", spent * 100 / budget);
  at = index_of (lines, 0, "Begroting 2024");
  assert_row (lines, at, "Integrale controles", line_budget, "€ 0", line_spent, line_left,
              line_percent, NULL);
  all_budget = budget_2024 (f, "");
  all_spent = sql_int (f->path, "SELECT sum(amount_cents) FROM booking WHERE kind = 'realisatie'"
                       " AND date LIKE '2024-%' AND line_id IN (SELECT id FROM budget_line"
                       " WHERE plan_id = ?)", 1);
  year_budget = money (all_budget);
  year_spent = money (all_spent);
  committed = money (70000);
  year_left = money (all_budget - all_spent - 70000);
  assert_row (lines, at, "Totaal", year_budget, committed, year_spent, year_left, NULL);
  assert_row (lines, at, "Besteed", year_spent, NULL);
  at = index_of (lines, at, "Verschillen 2024");
  assert_row (lines, at, "Uitgaven boven de begroting", "Integrale controles",
              "€ 500", "Extra controle", NULL);
  g_assert_nonnull (line_with_prefix (lines, at, "Boekingen zonder kostenpost"));
  g_assert_nonnull (strstr (line_with_prefix (lines, at, "Boekingen zonder kostenpost"),
                            "€123,45 (1 boeking)"));
  at = index_of (lines, at, "Boekingen buiten de jaren van het plan");
  g_assert_nonnull (strstr (line_with_prefix (lines, at + 1, "Boekingen buiten"),
                            "€50 (1 boeking)"));

  /* The signals of 2024, counted here. */
  at = index_of (lines, 0, "5. Meldingen en casussen");
  cases = number (sql_int (f->path, "SELECT COUNT(*) FROM case_file WHERE deleted_at IS NULL"
                           " AND date_received LIKE '2024-%'", 0));
  g_assert_cmpstr (cases, ==, "2");
  assert_row (lines, index_of (lines, at, "Per status"), "Totaal", cases, NULL);
  assert_row (lines, index_of (lines, at, "Per status"), "Gesloten", "1", NULL);
  mma = number (sql_int (f->path, "SELECT COUNT(*) FROM case_file WHERE deleted_at IS NULL"
                         " AND date_received LIKE '2024-%' AND source = 'mma'", 0));
  assert_row (lines, index_of (lines, at, "Per bron"), "Meld Misdaad Anoniem", mma, NULL);
  assert_row (lines, index_of (lines, at, "Per uitkomst"), "Effectief", "1", NULL);

  /* Per theme and status, each theme by its short name on one line (the statuses leave its
   * column little room), ending in the theme's total. */
  {
    guint from = index_of (lines, at, "Per thema en status");
    const char *row = line_with_prefix (lines, from, "Bedrijventerreinen ");
    g_autofree char *sites = number (sql_int (f->path,
                                              "SELECT COUNT(*) FROM case_file AS c"
                                              " JOIN theme AS t ON t.id = c.theme_id"
                                              " WHERE c.deleted_at IS NULL"
                                              " AND c.date_received LIKE '2024-%'"
                                              " AND t.short_name = 'Bedrijventerreinen'", 0));
    g_autofree char *drugs = number (sql_int (f->path,
                                              "SELECT COUNT(*) FROM case_file AS c"
                                              " JOIN theme AS t ON t.id = c.theme_id"
                                              " WHERE c.deleted_at IS NULL"
                                              " AND c.date_received LIKE '2024-%'"
                                              " AND t.name = 'Drugs'", 0));

    g_assert_nonnull (row);
    g_assert_true (g_str_has_suffix (row, sites));
    g_assert_null (line_with_prefix (lines, from, "Kwetsbare bedrijven"));
    g_assert_true (g_str_has_suffix (line_with_prefix (lines, from, "Drugs "), drugs));
    g_assert_cmpstr (drugs, !=, "0");
  }
}

/* The planning: overdue rows marked, a table that continues on the next page repeats its
 * header row there, and no row is split over two pages. */
static void
test_planning_pages (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *path = NULL;
  guint n_headers = 0;
  gint64 n_tables;

  if (!have_poppler ())
    return;
  fill (f);
  path = export (f, "planning.pdf", TRUE);
  pages = pdf_pages (path);
  lines = all_lines (pages);

  /* Both years have ended: every row not done nor dropped is overdue. */
  g_assert_cmpuint (count_in (lines, "(te laat)"), ==,
                    sql_int (f->path, "SELECT COUNT(*) FROM plan_item WHERE plan_id = ?"
                             " AND status NOT IN ('gereed', 'vervallen')", 1));

  /* After every header row of the planning comes the first line of a row (its year). */
  for (guint p = 0; p < pages->len; p++)
    {
      GPtrArray *page = g_ptr_array_index (pages, p);

      for (guint i = 0; i < page->len; i++)
        {
          const char *next;

          if (!g_str_equal (g_ptr_array_index (page, i), "Jaar Periode Wat Wie Status"))
            continue;
          n_headers++;
          g_assert_cmpuint (i + 1, <, page->len);
          next = g_ptr_array_index (page, i + 1);
          g_assert_true (g_str_has_prefix (next, "2023 ") || g_str_has_prefix (next, "2024 "));
        }
    }
  /* One table per theme with rows (and one for the rows without a theme): more header rows
   * than tables, so a table continued on a new page with its header. */
  n_tables = sql_int (f->path, "SELECT COUNT(DISTINCT coalesce(theme_id, 0)) FROM plan_item"
                      " WHERE plan_id = ?", 1);
  g_assert_cmpuint (n_headers, >, n_tables);

  /* Each long row starts and ends on the same page. */
  for (int i = 1; i <= N_EXTRA_ROWS; i++)
    {
      g_autofree char *start = g_strdup_printf ("Extra planningsregel %02d:", i);
      g_autofree char *end = g_strdup_printf ("einde%02d", i);

      g_assert_cmpuint (page_of (pages, start), ==, page_of (pages, end));
    }
}

/* The red flag beside a figure behind its target without an explanation, and the
 * explanation once there is one. */
static void
test_flags (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) pages2 = NULL;
  g_autoptr(GPtrArray) lines2 = NULL;
  g_autofree char *path = NULL;
  g_autofree char *path2 = NULL;
  guint flags, flags2;

  if (!have_poppler ())
    return;
  fill (f);
  path = export (f, "voor.pdf", TRUE);
  pages = pdf_pages (path);
  lines = all_lines (pages);
  assert_row (lines, 0, "Weerbaarheidsacties", "—", "0", "1", "4", "Ver achter",
              "Geen toelichting", NULL);
  /* The integral controls, behind, have their explanation instead. */
  assert_row (lines, 0, "Integrale controles", "6", "3", "7", "10", "Achter", "Drie controles",
              NULL);
  flags = count_in (lines, "Geen toelichting");
  g_assert_cmpuint (flags, >=, 2);

  explain (f, OND_EXPLANATION_INDICATOR,
           id_of (f, "SELECT id FROM indicator WHERE code = 'resilience_actions'"), 2024,
           "Acties verschoven.");
  path2 = export (f, "na.pdf", TRUE);
  pages2 = pdf_pages (path2);
  lines2 = all_lines (pages2);
  assert_row (lines2, 0, "Weerbaarheidsacties", "—", "0", "1", "4", "Ver achter",
              "Acties verschoven.", NULL);
  flags2 = count_in (lines2, "Geen toelichting");
  g_assert_cmpuint (flags2, ==, flags - 1);
}

/* A report on record made again after the figures changed: the same bytes, and the
 * comparison lists what changed since. */
static void
test_remake (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(OndReport) report = NULL;
  g_autofree char *path = NULL;
  g_autofree char *again = g_build_filename (f->dir, "opnieuw.pdf", NULL);
  g_autofree char *today = g_build_filename (f->dir, "vandaag.pdf", NULL);
  g_autofree char *workbook = g_build_filename (f->dir, "werkmap.pdf", NULL);
  g_autofree char *sha = NULL;
  g_autofree char *sha_again = NULL;
  g_autofree char *sha_today = NULL;
  g_autofree char *created = NULL;
  g_autofree char *bytes = NULL;
  g_autofree char *bytes_again = NULL;
  const OndCouncilReport *record;
  gsize len, len_again;
  gboolean found = FALSE;
  gint64 xlsx_id;

  if (!have_poppler ())
    return;
  fill (f);
  path = export (f, "rapport.pdf", TRUE);
  sha = ond_test_file_checksum (path);

  /* The record: a PDF of 2024 made at the fixture's today, with the file's SHA-256. */
  records = ond_store_list_council_reports (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 1);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM council_report ", 0),
                   ==, 1);
  record = g_ptr_array_index (records, 0);
  g_assert_cmpint (record->kind, ==, OND_COUNCIL_REPORT_PDF);
  g_assert_cmpint (record->year, ==, 2024);
  g_assert_cmpstr (record->sha256, ==, sha);
  g_assert_cmpstr (record->made_at, ==, "2025-06-15T12:00:00");
  created = pdf_creation_date (path);
  g_assert_true (g_str_has_prefix (created, "2025-06-15T12:00:00"));

  /* Today's figures change: two more integral controls, another explanation. */
  sql_exec (f->path, "INSERT INTO control (date, kind, businesses) VALUES"
                     " ('2024-11-01', 'integraal', 8), ('2024-12-01', 'integraal', 8);");
  explain (f, OND_EXPLANATION_INDICATOR,
           id_of (f, "SELECT id FROM indicator WHERE code = 'integrated_controls'"), 2024,
           "Een andere toelichting.");

  /* Made again from the record: the same bytes. */
  g_assert_true (ond_report_remake_pdf (f->store, record->id, again, &error));
  g_assert_no_error (error);
  sha_again = ond_test_file_checksum (again);
  g_assert_cmpstr (sha_again, ==, record->sha256);
  g_assert_true (g_file_get_contents (path, &bytes, &len, NULL));
  g_assert_true (g_file_get_contents (again, &bytes_again, &len_again, NULL));
  g_assert_cmpmem (bytes, len, bytes_again, len_again);
  /* Nothing was recorded by making it again. */
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM council_report ", 0),
                   ==, 1);

  /* Today's report of the same moment differs: the figures did change. */
  g_assert_true (ond_report_export_pdf (f->store, 0, 2024, today, f->today, NULL, &error));
  g_assert_no_error (error);
  sha_today = ond_test_file_checksum (today);
  g_assert_cmpstr (sha_today, !=, record->sha256);

  /* The comparison lists the integral controls of 2024: 7 then, 9 now. */
  changes = ond_store_compare_council_report (f->store, record->id, f->today, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < changes->len; i++)
    {
      const OndReportChange *change = g_ptr_array_index (changes, i);

      if (g_str_equal (change->section, "Monitoring") &&
          g_str_has_prefix (change->what, "Integrale controles") &&
          strstr (change->what, "2024") != NULL &&
          g_str_equal (change->then, "7") && g_str_equal (change->now, "9"))
        found = TRUE;
    }
  g_assert_true (found);

  /* A workbook on record is not made again as a PDF; an unknown record is not found. */
  report = ond_report_gather (f->store, 0, 2024, f->today, &error);
  g_assert_no_error (error);
  xlsx_id = ond_store_record_council_report (f->store, OND_COUNCIL_REPORT_XLSX, sha, report,
                                             &error);
  g_assert_no_error (error);
  g_assert_false (ond_report_remake_pdf (f->store, xlsx_id, workbook, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ond_report_remake_pdf (f->store, xlsx_id + 100, workbook, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (workbook, G_FILE_TEST_EXISTS));
}

/* Where @needle (of @n bytes) first occurs in @haystack (of @len bytes), or NULL. */
static const char *
find_bytes (const char *haystack,
            gsize       len,
            const void *needle,
            gsize       n)
{
  if (n == 0 || n > len)
    return NULL;
  for (gsize i = 0; i + n <= len; i++)
    if (haystack[i] == *(const char *) needle && memcmp (haystack + i, needle, n) == 0)
      return haystack + i;
  return NULL;
}

/* Decompresses every FlateDecode stream of a PDF's bytes and appends them to @out. Returns
 * how many it decompressed. */
static guint
inflate_streams (const char *bytes,
                 gsize       len,
                 GString    *out)
{
  const char *end = bytes + len;
  const char *p = bytes;
  guint n = 0;

  while ((p = find_bytes (p, end - p, "stream", 6)) != NULL)
    {
      const char *start = p + 6;
      const char *stop;
      g_autoptr(GConverter) zlib = NULL;
      char buffer[64 * 1024];
      gsize read = 0, written = 0;

      if (p > bytes && p[-1] == 'd')   /* "endstream" */
        {
          p = start;
          continue;
        }
      if (start < end && *start == '\r')
        start++;
      if (start < end && *start == '\n')
        start++;
      stop = find_bytes (start, end - start, "endstream", 9);
      if (stop == NULL)
        break;
      zlib = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB));
      /* Streams that are not compressed (or not zlib) are left out. */
      for (const char *in = start; in < stop; in += read)
        {
          GConverterResult result = g_converter_convert (zlib, in, stop - in, buffer,
                                                         sizeof buffer, G_CONVERTER_NO_FLAGS,
                                                         &read, &written, NULL);

          if (result == G_CONVERTER_ERROR)
            break;
          g_string_append_len (out, buffer, written);
          if (result == G_CONVERTER_FINISHED)
            {
              n++;
              break;
            }
        }
      p = stop + 9;
    }
  return n;
}

/* @text as UTF-16BE bytes, and as the hexadecimal digits of a PDF string. */
static GBytes *
utf16be (const char *text)
{
  g_autofree gunichar2 *units = g_utf8_to_utf16 (text, -1, NULL, NULL, NULL);
  GByteArray *bytes = g_byte_array_new ();

  for (guint i = 0; units[i] != 0; i++)
    {
      guint8 pair[2] = { units[i] >> 8, units[i] & 0xff };

      g_byte_array_append (bytes, pair, 2);
    }
  return g_byte_array_free_to_bytes (bytes);
}

static char *
utf16be_hex (const char *text)
{
  g_autoptr(GBytes) bytes = utf16be (text);
  gsize n;
  const guint8 *data = g_bytes_get_data (bytes, &n);
  GString *hex = g_string_new (NULL);

  for (gsize i = 0; i < n; i++)
    g_string_append_printf (hex, "%02X", data[i]);
  return g_string_free (hex, FALSE);
}

/* Whether @haystack holds @text as UTF-8, as UTF-16BE, or as UTF-16BE hexadecimal digits
 * (upper or lower case). */
static gboolean
holds (const char *haystack,
       gsize       len,
       const char *text)
{
  g_autoptr(GBytes) wide = utf16be (text);
  g_autofree char *hex = utf16be_hex (text);
  g_autofree char *hex_lower = g_ascii_strdown (hex, -1);
  gsize wide_len;
  const void *wide_data = g_bytes_get_data (wide, &wide_len);

  return find_bytes (haystack, len, text, strlen (text)) != NULL ||
         find_bytes (haystack, len, wide_data, wide_len) != NULL ||
         find_bytes (haystack, len, hex, strlen (hex)) != NULL ||
         find_bytes (haystack, len, hex_lower, strlen (hex_lower)) != NULL;
}

/* The canary: the database holds personal data in every field a case, a meeting, the
 * access log and the registers have; the PDF holds none of it, in its text, in its bytes,
 * nor in its streams decompressed. */
static void
test_canary (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GString) inflated = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_autofree char *bytes = NULL;
  g_autofree char *title = NULL;
  gsize len;
  guint n_streams;

  if (!have_poppler ())
    return;
  fill (f);
  /* The canaries are in the database (so that finding none in the PDF means something). */
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM case_file WHERE subject_name"
                            " LIKE '%Zwaluwstaart%'", 0), ==, 2);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE what"
                            " = 'Toegang-kanarie'", 0), ==, 1);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM meeting_item WHERE decision"
                            " = 'Besluit-kanarie'", 0), ==, 1);

  path = export (f, "kanarie.pdf", TRUE);
  pages = pdf_pages (path);
  lines = all_lines (pages);
  g_assert_true (g_file_get_contents (path, &bytes, &len, NULL));
  n_streams = inflate_streams (bytes, len, inflated);

  /* What is searched works: the streams hold the pages' text operators, the file holds its
   * title (with an en dash, so as UTF-16), the text holds the figures. */
  g_assert_cmpuint (n_streams, >=, (guint) pdf_page_count (path));
  g_assert_nonnull (strstr (inflated->str, " Tf"));
  title = sql_text (f->path, "SELECT title FROM plan WHERE id = ?", 1);
  g_assert_true (holds (bytes, len, title));
  g_assert_cmpuint (count_in (lines, "Integrale controles"), >, 0);

  for (guint i = 0; i < G_N_ELEMENTS (canaries); i++)
    {
      g_test_message ("canary %s", canaries[i]);
      g_assert_cmpuint (count_in (lines, canaries[i]), ==, 0);
      g_assert_false (holds (bytes, len, canaries[i]));
      g_assert_false (holds (inflated->str, inflated->len, canaries[i]));
    }
}

/* The files in @dir other than the database (and its -wal and -shm files). */
static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    if (!g_str_has_prefix (name, "cases.db"))
      n++;
  return n;
}

/* A year outside the plan and a missing folder: an error, no file, no record. */
static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "2030.pdf", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "ontbreekt", "rapport.pdf", NULL);
  gboolean recorded = TRUE;

  g_assert_false (ond_report_export_pdf (f->store, 0, 2030, path, f->today, &recorded, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2030"));
  g_assert_false (recorded);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  recorded = TRUE;
  g_assert_false (ond_report_export_pdf (f->store, 0, 2024, missing, f->today, &recorded,
                                         &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "ontbreekt"));
  g_assert_false (recorded);

  g_assert_cmpuint (count_entries (f->dir), ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM council_report ", 0),
                   ==, 0);
}

/* A read-only database: the report is written, and not recorded; nothing is written to the
 * database. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  /* A file made read-only; what a server database lets a user do is its roles'
   * (test-server-roles.c). */
  if (ond_pg_is_uri (f->path))
    {
      g_test_skip ("About a read-only file");
      return;
    }
  g_clear_object (&f->store);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  before = ond_test_file_checksum (f->path);
  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_is_read_only (f->store));

  path = export (f, "alleen-lezen.pdf", FALSE);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM council_report ", 0),
                   ==, 0);
  g_clear_object (&f->store);
  after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (g_chmod (f->path, 0600), ==, 0);
}

/* The same report on landscape pages (printing): fewer pages, each landscape A4. */
static void
test_landscape (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndReport) report = NULL;
  g_autoptr(OndDoc) portrait = NULL;
  g_autoptr(OndDoc) landscape = NULL;
  double width, height;
  int n_portrait, n_landscape;

  fill (f);
  report = ond_report_gather (f->store, 0, 2024, f->today, &error);
  g_assert_no_error (error);
  portrait = ond_report_doc_new (report, OND_DOC_PORTRAIT);
  landscape = ond_report_doc_new (report, OND_DOC_LANDSCAPE);
  /* The document keeps what it needs: the report may go. */
  g_clear_pointer (&report, ond_report_free);

  ond_doc_get_page_size (landscape, &width, &height);
  g_assert_cmpfloat (width, >, height);
  n_portrait = ond_doc_paginate (portrait, OND_DOC_A4_WIDTH, OND_DOC_A4_HEIGHT, &error);
  g_assert_no_error (error);
  n_landscape = ond_doc_paginate (landscape, width, height, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n_portrait, >=, 8);
  g_assert_cmpint (n_landscape, >=, 6);
  g_assert_cmpstr (ond_doc_get_title (landscape), ==,
                   "Voortgangsrapportage 2024 – Uitvoeringsplan ondermijning 2023-2024");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/report-pdf/content", test_content);
  ADD_TEST ("/report-pdf/planning-pages", test_planning_pages);
  ADD_TEST ("/report-pdf/flags", test_flags);
  ADD_TEST ("/report-pdf/remake", test_remake);
  ADD_TEST ("/report-pdf/canary", test_canary);
  ADD_TEST ("/report-pdf/refusals", test_refusals);
  ADD_TEST ("/report-pdf/read-only", test_read_only);
  ADD_TEST ("/report-pdf/landscape", test_landscape);

  return g_test_run ();
}
