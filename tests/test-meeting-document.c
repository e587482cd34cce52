/* test-meeting-document.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The printable agenda and besluitenlijst of a casusoverleg: their content rows, the log
 * entries a print leaves (no personal data), and the pages: written as a PDF and read back
 * with pdftotext (poppler-utils) for the title, the internal-document line, every
 * reference, and a long agenda over several pages with the table header repeated.
 */

#define G_LOG_DOMAIN "test-meeting-document"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "ond-date.h"
#include "ond-meeting-document.h"
#include "ond-pg.h"
#include "ond-plan.h"
#include "ond-store-cases.h"
#include "ond-store-meetings.h"
#include "ond-store-private.h"
#include "ond-test-pg.h"
#include "ond-test-util.h"
#include "ond-theme.h"

#define NOTICE "Intern document — bevat persoonsgegevens"

typedef struct
{
  char       *dir;
  char       *path;
  OndStore   *store;
  GDateTime  *today;
  gint64      theme_id;
  char       *theme_name;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = NULL;
  g_autoptr(GListModel) themes = NULL;
  g_autoptr(OndTheme) theme = NULL;

  f->dir = ond_test_make_dir ("test-meeting-document");
  /* A new file, or in the PostgreSQL run a seeded server database (ond-test-pg.h). */
  f->path = ond_test_db_new (f->dir, "ondermijning.db");
  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  f->today = g_date_time_new_now_local ();

  plan = ond_store_dup_current_plan (f->store, &error);
  g_assert_no_error (error);
  themes = ond_store_list_themes (f->store, ond_plan_get_id (plan), &error);
  g_assert_no_error (error);
  theme = g_list_model_get_item (themes, 1);
  f->theme_id = ond_theme_get_id (theme);
  f->theme_name = g_strdup (ond_theme_get_name (theme));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  if (ond_pg_is_uri (f->path))
    ond_test_db_drop (f->path);
  ond_test_remove_tree (f->dir);
  g_date_time_unref (f->today);
  g_free (f->theme_name);
  g_free (f->path);
  g_free (f->dir);
}

static char *
iso_day (Fixture *f,
         int      days)
{
  g_autoptr(GDateTime) day = g_date_time_add_days (f->today, days);

  return g_date_time_format (day, "%Y-%m-%d");
}

static gint64
new_case (Fixture     *f,
          const char  *subject,
          int          days_ago,
          char       **reference)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseDraft) draft = ond_case_draft_new ();
  gint64 id;

  draft->date_received = iso_day (f, -days_ago);
  draft->source = g_strdup ("c3");
  draft->theme_id = f->theme_id;
  draft->subject_kind = g_strdup ("onderneming");
  draft->subject_name = g_strdup (subject);
  draft->address = g_strdup ("Zeehavenweg 9");
  draft->summary = g_strdup ("Opslagbox met verdachte activiteiten");

  id = ond_store_create_case (f->store, draft, f->today, reference, &error);
  g_assert_no_error (error);
  return id;
}

static gint64
create_meeting (Fixture *f,
                int      days)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = iso_day (f, days);
  gint64 id = ond_store_create_meeting (f->store, date, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
count_rows (Fixture    *f,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  /* A server database is read from outside the store, with plain libpq. */
  if (ond_pg_is_uri (f->path))
    return ond_test_pg_int (f->path, sql, 0);
  g_assert_cmpint (sqlite3_prepare_v2 (_ond_store_get_db (f->store), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* The text of @pdf as pdftotext reads it (pages separated by form feeds), or only page
 * @page (from 1) when it is not 0. */
static char *
pdf_text (const char *pdf,
          int         page)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_ptr_array_add (argv, g_strdup ("pdftotext"));
  g_ptr_array_add (argv, g_strdup ("-enc"));
  g_ptr_array_add (argv, g_strdup ("UTF-8"));
  if (page > 0)
    {
      g_ptr_array_add (argv, g_strdup ("-f"));
      g_ptr_array_add (argv, g_strdup_printf ("%d", page));
      g_ptr_array_add (argv, g_strdup ("-l"));
      g_ptr_array_add (argv, g_strdup_printf ("%d", page));
    }
  g_ptr_array_add (argv, g_strdup (pdf));
  g_ptr_array_add (argv, g_strdup ("-"));
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("pdftotext failed: %s", err);
  return out;
}

/* The number of pages pdftotext finds (each page ends with a form feed). */
static guint
count_pages (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\f')
      n++;
  return n;
}

/* How often @word occurs in @text as a whole word. */
static guint
count_words (const char *text,
             const char *word)
{
  gsize len = strlen (word);
  guint n = 0;

  for (const char *p = strstr (text, word); p != NULL; p = strstr (p + len, word))
    if ((p == text || g_ascii_isspace (p[-1])) &&
        (p[len] == '\0' || g_ascii_isspace (p[len])))
      n++;
  return n;
}

static gboolean
have_pdftotext (void)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");

  if (program == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return FALSE;
    }
  return TRUE;
}

static void
test_content (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndMeetingDocument) agenda = NULL;
  g_autoptr(OndMeetingDocument) decisions = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(OndMeetingItem) second = NULL;
  g_autofree char *ref_a = NULL, *ref_b = NULL, *ref_c = NULL;
  g_autofree char *date = iso_day (f, 2);
  g_autofree char *shown = ond_date_format (date);
  g_autofree char *date_line = g_strdup_printf ("Casusoverleg ondermijning %s", shown);
  g_autofree char *follow_up = iso_day (f, 1);
  g_autofree char *follow_up_shown = ond_date_format (follow_up);
  OndMeetingDocumentRow *row;
  gint64 id_c, meeting_id;

  new_case (f, "Autobedrijf De Snelle", 3, &ref_a);
  new_case (f, "Opslag & Co <BV>", 2, &ref_b);
  id_c = new_case (f, "Jachthaven Zuid", 4, &ref_c);
  ond_store_weigh_case (f->store, id_c, "midden", OND_WEIGHING_RESEARCH, "Meer informatie",
                        0, follow_up, &error);
  g_assert_no_error (error);

  meeting_id = create_meeting (f, 2);
  items = ond_store_list_meeting_items (f->store, meeting_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 3);
  second = g_list_model_get_item (items, 1);
  ond_store_record_meeting_decision (f->store, ond_meeting_item_get_id (second),
                                     "Integrale controle plannen met OZHZ", &error);
  g_assert_no_error (error);

  /* The agenda: every case, in agenda order. */
  agenda = ond_meeting_document_agenda (f->store, meeting_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (agenda);
  g_assert_cmpint (agenda->kind, ==, OND_MEETING_DOCUMENT_AGENDA);
  g_assert_cmpint (agenda->meeting_id, ==, meeting_id);
  g_assert_cmpstr (agenda->meeting_date, ==, date);
  g_assert_cmpstr (agenda->title, ==, "Agenda");
  g_assert_cmpstr (agenda->date_line, ==, date_line);
  g_assert_cmpstr (agenda->notice, ==, NOTICE);
  g_assert_cmpuint (agenda->rows->len, ==, 3);

  row = g_ptr_array_index (agenda->rows, 0);
  g_assert_cmpuint (row->number, ==, 1);
  g_assert_cmpstr (row->reference, ==, g_strcmp0 (ref_a, ref_b) < 0 ? ref_a : ref_b);
  g_assert_cmpstr (row->reason, ==, "Nieuwe melding");
  g_assert_cmpstr (row->status, ==, "Nieuw");
  g_assert_cmpstr (row->theme, ==, f->theme_name);
  g_assert_cmpstr (row->follow_up, ==, "");
  row = g_ptr_array_index (agenda->rows, 1);
  g_assert_cmpuint (row->number, ==, 2);
  g_assert_cmpstr (row->subject, ==, g_strcmp0 (ref_a, ref_b) < 0 ? "Opslag & Co <BV>"
                                                                  : "Autobedrijf De Snelle");
  g_assert_cmpstr (row->decision, ==, "Integrale controle plannen met OZHZ");
  row = g_ptr_array_index (agenda->rows, 2);
  g_assert_cmpstr (row->reference, ==, ref_c);
  g_assert_cmpstr (row->reason, ==, "Opvolging");
  g_assert_cmpstr (row->status, ==, "Gewogen");
  g_assert_cmpstr (row->subject, ==, "Jachthaven Zuid");
  g_assert_cmpstr (row->follow_up, ==, follow_up_shown);
  g_assert_cmpstr (row->decision, ==, "");

  /* The besluitenlijst: only the case with a decision, numbered from 1. */
  decisions = ond_meeting_document_decisions (f->store, meeting_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (decisions->title, ==, "Besluitenlijst");
  g_assert_cmpstr (decisions->date_line, ==, date_line);
  g_assert_cmpstr (decisions->notice, ==, NOTICE);
  g_assert_cmpuint (decisions->rows->len, ==, 1);
  row = g_ptr_array_index (decisions->rows, 0);
  g_assert_cmpuint (row->number, ==, 1);
  g_assert_cmpstr (row->reference, ==, ond_meeting_item_get_case_reference (second));
  g_assert_cmpstr (row->status, ==, "Nieuw");
  g_assert_cmpstr (row->decision, ==, "Integrale controle plannen met OZHZ");

  /* An unknown meeting. */
  g_assert_null (ond_meeting_document_agenda (f->store, meeting_id + 50, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
}

static void
test_log_printed (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(OndMeetingItem) first = NULL;
  g_autofree char *ref_a = NULL, *ref_b = NULL, *sql = NULL;
  gint64 meeting_id, before;

  new_case (f, "Nagelstudio Glans", 3, &ref_a);
  new_case (f, "Kapsalon Knip", 2, &ref_b);
  meeting_id = create_meeting (f, 0);

  before = count_rows (f, "SELECT COUNT(*) FROM access_log");
  g_assert_true (ond_meeting_document_log_printed (f->store, meeting_id, "agenda", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "SELECT COUNT(*) FROM access_log"), ==, before + 2);
  sql = g_strdup_printf ("SELECT COUNT(DISTINCT case_reference) FROM access_log"
                         " WHERE what = 'Agenda casusoverleg afgedrukt'"
                         "   AND case_reference IN ('%s', '%s')", ref_a, ref_b);
  g_assert_cmpint (count_rows (f, sql), ==, 2);

  /* The besluitenlijst holds only the decided case. */
  items = ond_store_list_meeting_items (f->store, meeting_id, &error);
  g_assert_no_error (error);
  first = g_list_model_get_item (items, 0);
  ond_store_record_meeting_decision (f->store, ond_meeting_item_get_id (first),
                                     "Bestuurlijke rapportage opvragen", &error);
  g_assert_no_error (error);
  before = count_rows (f, "SELECT COUNT(*) FROM access_log");
  g_assert_true (ond_meeting_document_log_printed (f->store, meeting_id, "decisions", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "SELECT COUNT(*) FROM access_log"), ==, before + 1);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT COUNT(*) FROM access_log WHERE what = 'Besluitenlijst afgedrukt'"
                         " AND case_reference = '%s'", ond_meeting_item_get_case_reference (first));
  g_assert_cmpint (count_rows (f, sql), ==, 1);

  /* Never personal data in the log. */
  g_assert_cmpint (count_rows (f, "SELECT COUNT(*) FROM access_log"
                                  " WHERE lower(what) LIKE '%nagel%'"
                                  " OR lower(what) LIKE '%kapsalon%'"
                                  " OR lower(what) LIKE '%zeehaven%'"
                                  " OR lower(what) LIKE '%rapportage%'"), ==, 0);

  /* Something that is not one of the two lists. */
  before = count_rows (f, "SELECT COUNT(*) FROM access_log");
  g_assert_false (ond_meeting_document_log_printed (f->store, meeting_id, "notulen", &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (f, "SELECT COUNT(*) FROM access_log"), ==, before);
}

static void
test_log_printed_read_only (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndMeetingDocument) agenda = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 meeting_id;

  /* A file made read-only; what a server database lets a user do is its roles'
   * (test-server-roles.c). */
  if (ond_pg_is_uri (f->path))
    {
      g_test_skip ("About a read-only file");
      return;
    }
  new_case (f, "Alleen Lezen BV", 1, NULL);
  meeting_id = create_meeting (f, 1);
  g_clear_object (&f->store);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  before = ond_test_file_checksum (f->path);

  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_is_read_only (f->store));

  /* The document can be made, but its print cannot be recorded. */
  agenda = ond_meeting_document_agenda (f->store, meeting_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (agenda->rows->len, ==, 1);
  g_assert_false (ond_meeting_document_log_printed (f->store, meeting_id, "agenda", &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY);

  g_clear_object (&f->store);
  after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
  g_chmod (f->path, 0600);
}

static void
test_pdf_short (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndMeetingDocument) agenda = NULL;
  g_autoptr(OndMeetingDocument) decisions = NULL;
  g_autofree char *ref_a = NULL, *ref_b = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "agenda.pdf", NULL);
  g_autofree char *pdf2 = g_build_filename (f->dir, "besluiten.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *date = iso_day (f, 1);
  g_autofree char *shown = ond_date_format (date);
  g_autofree char *date_line = g_strdup_printf ("Casusoverleg ondermijning %s", shown);
  GStatBuf st;
  gint64 meeting_id;
  int n_pages = 0;

  if (!have_pdftotext ())
    return;

  new_case (f, "Autoverhuur Snel", 3, &ref_a);
  new_case (f, "Shishalounge Rook", 2, &ref_b);
  meeting_id = create_meeting (f, 1);

  agenda = ond_meeting_document_agenda (f->store, meeting_id, &error);
  g_assert_no_error (error);
  g_assert_true (ond_meeting_document_render (agenda, NULL, OND_MEETING_DOCUMENT_A4_WIDTH,
                                              OND_MEETING_DOCUMENT_A4_HEIGHT, -1, &n_pages,
                                              &error));
  g_assert_no_error (error);
  g_assert_cmpint (n_pages, ==, 1);

  g_assert_true (ond_meeting_document_write_pdf (agenda, pdf, &error));
  g_assert_no_error (error);
  /* It holds personal data: only its owner may read it. */
  g_assert_cmpint (g_stat (pdf, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  text = pdf_text (pdf, 0);
  g_assert_cmpuint (count_pages (text), ==, 1);
  g_assert_nonnull (strstr (text, "Agenda"));
  g_assert_nonnull (strstr (text, date_line));
  g_assert_nonnull (strstr (text, NOTICE));
  g_assert_nonnull (strstr (text, ref_a));
  g_assert_nonnull (strstr (text, ref_b));
  g_assert_nonnull (strstr (text, "Autoverhuur Snel"));
  g_assert_nonnull (strstr (text, "Kenmerk"));
  g_assert_nonnull (strstr (text, "Pagina 1 van 1"));
  g_clear_pointer (&text, g_free);

  /* An empty besluitenlijst still says what it is, and that nothing was decided. */
  decisions = ond_meeting_document_decisions (f->store, meeting_id, &error);
  g_assert_no_error (error);
  g_assert_true (ond_meeting_document_write_pdf (decisions, pdf2, &error));
  g_assert_no_error (error);
  text = pdf_text (pdf2, 0);
  g_assert_cmpuint (count_pages (text), ==, 1);
  g_assert_nonnull (strstr (text, "Besluitenlijst"));
  g_assert_nonnull (strstr (text, date_line));
  g_assert_nonnull (strstr (text, NOTICE));
  g_assert_nonnull (strstr (text, "Er zijn geen besluiten vastgelegd."));
  g_assert_null (strstr (text, ref_a));

  /* A page that does not exist, and a folder that does not exist. */
  {
    g_autofree char *missing = g_build_filename (f->dir, "nope", "agenda.pdf", NULL);

    g_assert_false (ond_meeting_document_write_pdf (agenda, missing, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }
}

/* Many cases and a very long decision: several pages, the header on each, every reference
 * and every word of the long decision somewhere. */
static void
test_pdf_long (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndMeetingDocument) agenda = NULL;
  g_autoptr(OndMeetingDocument) decisions = NULL;
  g_autoptr(GPtrArray) references = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GListModel) items = NULL;
  g_autoptr(OndMeetingItem) item = NULL;
  g_autoptr(GString) decision = g_string_new (NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "agenda.pdf", NULL);
  g_autofree char *pdf2 = g_build_filename (f->dir, "besluiten.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *page2 = NULL;
  gint64 meeting_id;
  int n_pages = 0;

  if (!have_pdftotext ())
    return;

  for (guint i = 0; i < 70; i++)
    {
      g_autofree char *subject = g_strdup_printf ("Onderneming nummer %u met een lange naam die"
                                                  " over meer regels loopt in de tabel", i);
      char *reference = NULL;

      new_case (f, subject, 1 + i % 20, &reference);
      g_ptr_array_add (references, reference);
    }
  meeting_id = create_meeting (f, 1);

  agenda = ond_meeting_document_agenda (f->store, meeting_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (agenda->rows->len, ==, 70);
  g_assert_true (ond_meeting_document_render (agenda, NULL, OND_MEETING_DOCUMENT_A4_WIDTH,
                                              OND_MEETING_DOCUMENT_A4_HEIGHT, -1, &n_pages,
                                              &error));
  g_assert_cmpint (n_pages, >, 1);
  g_assert_true (ond_meeting_document_write_pdf (agenda, pdf, &error));
  g_assert_no_error (error);

  text = pdf_text (pdf, 0);
  g_assert_cmpuint (count_pages (text), ==, (guint) n_pages);
  for (guint i = 0; i < references->len; i++)
    g_assert_nonnull (strstr (text, g_ptr_array_index (references, i)));

  /* Page 2: the table header again, the notice and its number in the footer. */
  page2 = pdf_text (pdf, 2);
  g_assert_nonnull (strstr (page2, "Kenmerk"));
  g_assert_nonnull (strstr (page2, "Subject"));
  g_assert_nonnull (strstr (page2, "Opvolging"));
  g_assert_nonnull (strstr (page2, NOTICE));
  {
    g_autofree char *number = g_strdup_printf ("Pagina 2 van %d", n_pages);

    g_assert_nonnull (strstr (page2, number));
  }

  /* A drawn page that does not exist is refused. */
  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 60, 80);
    cairo_t *cr = cairo_create (surface);

    g_assert_false (ond_meeting_document_render (agenda, cr, OND_MEETING_DOCUMENT_A4_WIDTH,
                                                 OND_MEETING_DOCUMENT_A4_HEIGHT, n_pages,
                                                 NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
    g_clear_error (&error);
    /* The same pages whatever the target. */
    g_assert_true (ond_meeting_document_render (agenda, cr, OND_MEETING_DOCUMENT_A4_WIDTH,
                                                OND_MEETING_DOCUMENT_A4_HEIGHT, 1, &n_pages,
                                                &error));
    g_assert_no_error (error);
    g_assert_cmpuint (count_pages (text), ==, (guint) n_pages);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }

  /* A decision longer than a page continues on the next one, cut between lines. */
  for (guint i = 0; i < 900; i++)
    g_string_append_printf (decision, "woord%u ", i);
  items = ond_store_list_meeting_items (f->store, meeting_id, &error);
  g_assert_no_error (error);
  item = g_list_model_get_item (items, 3);
  ond_store_record_meeting_decision (f->store, ond_meeting_item_get_id (item), decision->str,
                                     &error);
  g_assert_no_error (error);
  decisions = ond_meeting_document_decisions (f->store, meeting_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (decisions->rows->len, ==, 1);
  g_assert_true (ond_meeting_document_write_pdf (decisions, pdf2, &error));
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);
  text = pdf_text (pdf2, 0);
  g_assert_cmpuint (count_pages (text), >, 1);
  g_assert_nonnull (strstr (text, ond_meeting_item_get_case_reference (item)));
  g_assert_nonnull (strstr (text, "woord0 "));
  g_assert_nonnull (strstr (text, "woord450 "));
  g_assert_nonnull (strstr (text, "woord899"));
  /* Every word once: no line lost or drawn twice at a page break. */
  for (guint i = 0; i < 900; i++)
    {
      g_autofree char *word = g_strdup_printf ("woord%u", i);

      g_assert_cmpuint (count_words (text, word), ==, 1);
    }
}

/* A page too small for the document is refused, not drawn wrong. */
static void
test_small_page (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndMeetingDocument) agenda = NULL;
  gint64 meeting_id;
  int n_pages = -5;

  new_case (f, "Klein", 1, NULL);
  meeting_id = create_meeting (f, 1);
  agenda = ond_meeting_document_agenda (f->store, meeting_id, &error);
  g_assert_no_error (error);
  g_assert_false (ond_meeting_document_render (agenda, NULL, 120, 150, -1, &n_pages, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_cmpint (n_pages, ==, -5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/ond/meeting-document/" path, Fixture, NULL, fixture_set_up, func, \
              fixture_tear_down)

  ADD ("content", test_content);
  ADD ("log-printed", test_log_printed);
  ADD ("log-printed-read-only", test_log_printed_read_only);
  ADD ("pdf-short", test_pdf_short);
  ADD ("pdf-long", test_pdf_long);
  ADD ("small-page", test_small_page);

#undef ADD

  return g_test_run ();
}
