/* test-doc.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The document engine of the council report (ond-doc.h): documents written as PDF and read
 * back with pdftotext -layout and pdfinfo (poppler-utils). A long table over several pages
 * repeats its header row on each and never splits a row; every page says "Pagina N van M"
 * and carries the title; landscape gives landscape pages; a heading never ends a page; a
 * long paragraph loses no word at a page break; the same document gives the same bytes;
 * a bad path, a read-only folder and a write that fails leave nothing behind. Drawings (a
 * monitoring chart) and red flags are checked on pixels of a page drawn on an image.
 */

#define G_LOG_DOMAIN "test-doc"

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "ond-chart.h"
#include "ond-doc.h"
#include "ond-test-util.h"

#define TITLE "Voortgangsrapportage ondermijning 2024"
#define N_ROWS 90

typedef struct
{
  char      *dir;
  GDateTime *created;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("+02:00");

  f->dir = ond_test_make_dir ("test-doc");
  f->created = g_date_time_new (tz, 2025, 6, 15, 10, 30, 0);
}

/* The folder of the tests that write in a child process: the child finds it by the pid of
 * its parent, the test. */
static char *
child_dir (GPid parent)
{
  g_autofree char *name = g_strdup_printf ("test-doc-%d", (int) parent);

  return g_build_filename (g_get_tmp_dir (), name, NULL);
}

static void
fixture_set_up_shared (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("+02:00");

  f->dir = child_dir (getpid ());
  ond_test_remove_tree (f->dir);
  g_assert_cmpint (g_mkdir (f->dir, 0755), ==, 0);
  f->created = g_date_time_new (tz, 2025, 6, 15, 10, 30, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ond_test_remove_tree (f->dir);
  g_date_time_unref (f->created);
  g_free (f->dir);
}

/* Reading PDFs back. */

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

/* Runs @argv (NULL-terminated) and returns what it printed. */
static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
  return out;
}

/* The pages of @pdf as pdftotext -layout reads them. */
static GStrv
pdf_pages (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *text = run (argv);
  GStrv pages = g_strsplit (text, "\f", -1);
  guint n = g_strv_length (pages);

  /* The text ends with a form feed: the last piece is empty. */
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpstr (pages[n - 1], ==, "");
  g_free (pages[n - 1]);
  pages[n - 1] = NULL;
  return pages;
}

static char *
pdf_info (const char *pdf,
          int         n_pages)
{
  g_autofree char *last = g_strdup_printf ("%d", MAX (n_pages, 1));
  const char *argv[] = { "pdfinfo", "-isodates", "-f", "1", "-l", last, pdf, NULL };

  return run (argv);
}

/* The value of "@key:" in pdfinfo's output. */
static char *
info_value (const char *info,
            const char *key)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  g_autofree char *prefix = g_strconcat (key, ":", NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strstrip (g_strdup (lines[i] + strlen (prefix)));
  return NULL;
}

static int
info_pages (const char *info)
{
  g_autofree char *value = info_value (info, "Pages");

  g_assert_nonnull (value);
  return atoi (value);
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

/* The page (from 0) on which @word occurs once in the whole document; fails otherwise. */
static int
page_of (GStrv       pages,
         const char *word)
{
  int found = -1;

  for (int i = 0; pages[i] != NULL; i++)
    {
      guint n = count_words (pages[i], word);

      if (n == 0)
        continue;
      if (n > 1 || found >= 0)
        g_error ("“%s” occurs more than once", word);
      found = i;
    }
  if (found < 0)
    g_error ("“%s” is not in the PDF", word);
  return found;
}

/* The non-empty lines of a page. */
static GPtrArray *
page_lines (const char *page)
{
  g_auto(GStrv) lines = g_strsplit (page, "\n", -1);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_strstrip (lines[i])[0] != '\0')
      g_ptr_array_add (out, g_strdup (lines[i]));
  return out;
}

static gboolean
is_header_row (const char *line)
{
  const char *a = strstr (line, "Kostenpost");
  const char *b = a != NULL ? strstr (a, "Toelichting") : NULL;
  const char *c = b != NULL ? strstr (b, "Begroot") : NULL;

  return c != NULL && strstr (c, "Besteed") != NULL;
}

static char *
write_pdf (Fixture    *f,
           OndDoc     *doc,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (ond_doc_write_pdf (doc, path, &error));
  g_assert_no_error (error);
  return path;
}

/* Documents. */

static const OndDocColumn budget_columns[] = {
  { "Kostenpost", 3, OND_DOC_ALIGN_LEFT },
  { "Toelichting", 4, OND_DOC_ALIGN_LEFT },
  { "Begroot", 1.5, OND_DOC_ALIGN_RIGHT },
  { "Besteed", 1.5, OND_DOC_ALIGN_RIGHT },
};

/* A long word-wrapped text that starts with @first and ends with @last. */
static char *
long_text (const char *first,
           const char *last,
           guint       n_words)
{
  g_autoptr(GString) text = g_string_new (first);

  for (guint i = 0; i < n_words; i++)
    g_string_append (text, " weerbaarheid");
  g_string_append_printf (text, " %s", last);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Row @r: three lines "Mrrra", "Mrrrb", "Mrrrc" in its second cell; every seventh row has
 * instead a text that wraps over several lines, from "Mrrra" to "Mrrrc". */
static void
add_budget_rows (OndDocTable *table,
                 guint        n_rows)
{
  for (guint r = 0; r < n_rows; r++)
    {
      g_autofree char *name = g_strdup_printf ("Post %03u", r);
      g_autofree char *a = g_strdup_printf ("M%03ua", r);
      g_autofree char *c = g_strdup_printf ("M%03uc", r);
      g_autofree char *text = NULL;
      g_autofree char *budget = g_strdup_printf ("€ 1.%03u", r);
      g_autofree char *spent = g_strdup_printf ("€ %u", r * 7);

      if (r % 7 == 3)
        text = long_text (a, c, 30);
      else
        text = g_strdup_printf ("%s\nM%03ub\n%s", a, r, c);
      ond_doc_table_add_row (table, r % 10 == 9 ? OND_DOC_STYLE_BOLD : OND_DOC_STYLE_NORMAL,
                             (const char *[]) { name, text, budget, spent });
    }
}

static OndDoc *
report_doc (Fixture *f,
            guint    n_rows)
{
  OndDoc *doc = ond_doc_new (TITLE, "Team Veiligheid", "Rapportage aan de gemeenteraad",
                             f->created);
  OndDocTable *table;

  ond_doc_add_title_page (doc, "Voortgangsrapportage",
                          (const char *[]) { "Uitvoeringsplan 2023-2024",
                                             "Rapportagejaar 2024", NULL });
  ond_doc_add_heading (doc, 1, "Begroting per kostenpost");
  ond_doc_add_paragraph (doc, "De begroting per kostenpost, met wat er is besteed. Elke rij "
                              "met een verschil heeft een toelichting.", OND_DOC_STYLE_NORMAL);
  table = ond_doc_add_table (doc, budget_columns, G_N_ELEMENTS (budget_columns));
  add_budget_rows (table, n_rows);
  ond_doc_add_paragraph (doc, "Einde van de rapportage.", OND_DOC_STYLE_NORMAL);
  return doc;
}

/* A long table: the page count, the header row on every page of the table, every row
 * whole on one page, the running header and "Pagina N van M" on every page. */
static void
test_long_table (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(OndDoc) doc = report_doc (f, N_ROWS);
  g_autofree char *path = NULL;
  g_autofree char *info = NULL;
  g_auto(GStrv) pages = NULL;
  int n_pages, first_table_page, last_table_page;
  guint headers = 0;

  if (!have_poppler ())
    return;

  n_pages = ond_doc_paginate (doc, OND_DOC_A4_WIDTH, OND_DOC_A4_HEIGHT, NULL);
  path = write_pdf (f, doc, "rapport.pdf");
  info = pdf_info (path, n_pages);
  pages = pdf_pages (path);

  /* The pages the layout counts are the pages of the PDF. */
  g_assert_cmpint (info_pages (info), ==, n_pages);
  g_assert_cmpint (g_strv_length (pages), ==, n_pages);

  /* Every row whole on one page: its first and last marker on the same page, each once. */
  first_table_page = page_of (pages, "M000a");
  last_table_page = page_of (pages, "M089c");
  for (guint r = 0; r < N_ROWS; r++)
    {
      g_autofree char *a = g_strdup_printf ("M%03ua", r);
      g_autofree char *c = g_strdup_printf ("M%03uc", r);
      g_autofree char *name = g_strdup_printf ("%03u", r);

      g_assert_cmpint (page_of (pages, a), ==, page_of (pages, c));
      g_assert_cmpint (page_of (pages, a), ==, page_of (pages, name));
      if (r % 7 != 3)
        {
          g_autofree char *b = g_strdup_printf ("M%03ub", r);

          g_assert_cmpint (page_of (pages, a), ==, page_of (pages, b));
        }
    }
  /* The title page, then a table long enough for three pages or more. */
  g_assert_cmpint (first_table_page, ==, 1);
  g_assert_cmpint (last_table_page - first_table_page + 1, >=, 3);
  g_assert_cmpint (page_of (pages, "rapportage."), ==, n_pages - 1);

  for (int i = 0; i < n_pages; i++)
    {
      g_autoptr(GPtrArray) lines = page_lines (pages[i]);
      g_autofree char *footer = g_strdup_printf ("Pagina %d van %d", i + 1, n_pages);

      /* "Pagina N van M" once, at the bottom. */
      g_assert_nonnull (strstr (pages[i], footer));
      g_assert_true (g_str_has_suffix (g_ptr_array_index (lines, lines->len - 1), footer));

      if (i == 0)
        {
          /* The title page has no running header. */
          g_assert_null (strstr (pages[i], TITLE));
          g_assert_nonnull (strstr (pages[i], "Rapportagejaar 2024"));
          continue;
        }
      g_assert_cmpstr (g_ptr_array_index (lines, 0), ==, TITLE);

      for (guint j = 0; j < lines->len; j++)
        if (is_header_row (g_ptr_array_index (lines, j)))
          headers++;

      /* Every page after the first of the table starts with its header row. */
      if (i > first_table_page && i <= last_table_page)
        g_assert_true (is_header_row (g_ptr_array_index (lines, 1)));
    }
  /* One header row per page of the table, on its first page under the heading. */
  g_assert_cmpuint (headers, ==, last_table_page - first_table_page + 1);
  g_assert_true (strstr (pages[first_table_page], "Begroting per kostenpost") <
                 strstr (pages[first_table_page], "Kostenpost"));
}

/* The same table on landscape pages: each page wider than high, and more pages. */
static void
test_landscape (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(OndDoc) portrait = report_doc (f, N_ROWS);
  g_autoptr(OndDoc) landscape = report_doc (f, N_ROWS);
  g_autoptr(GPtrArray) sizes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *portrait_path = NULL;
  g_autofree char *landscape_path = NULL;
  g_autofree char *portrait_info = NULL;
  g_autofree char *landscape_info = NULL;
  double width, height;
  int n_portrait, n_landscape;

  if (!have_poppler ())
    return;

  ond_doc_set_orientation (landscape, OND_DOC_LANDSCAPE);
  g_assert_cmpint (ond_doc_get_orientation (landscape), ==, OND_DOC_LANDSCAPE);
  ond_doc_get_page_size (landscape, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 841.89, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 595.276, 0.01);

  portrait_path = write_pdf (f, portrait, "staand.pdf");
  landscape_path = write_pdf (f, landscape, "liggend.pdf");
  n_portrait = ond_doc_paginate (portrait, OND_DOC_A4_WIDTH, OND_DOC_A4_HEIGHT, NULL);
  n_landscape = ond_doc_paginate (landscape, OND_DOC_A4_HEIGHT, OND_DOC_A4_WIDTH, NULL);
  portrait_info = pdf_info (portrait_path, n_portrait);
  landscape_info = pdf_info (landscape_path, n_landscape);
  g_assert_cmpint (info_pages (portrait_info), ==, n_portrait);
  g_assert_cmpint (info_pages (landscape_info), ==, n_landscape);
  /* Rows of three lines do not get lower on a wider page, and the page is lower. */
  g_assert_cmpint (n_landscape, >, n_portrait);

  for (int i = 1; i <= n_landscape; i++)
    {
      g_autofree char *key = g_strdup_printf ("Page %4d size", i);
      g_autofree char *value = info_value (landscape_info, key);

      g_assert_nonnull (value);
      g_assert_true (g_str_has_prefix (value, "841.89 x 595.276 pts"));
    }
  for (int i = 1; i <= n_portrait; i++)
    {
      g_autofree char *key = g_strdup_printf ("Page %4d size", i);
      g_autofree char *value = info_value (portrait_info, key);

      g_assert_nonnull (value);
      g_assert_true (g_str_has_prefix (value, "595.276 x 841.89 pts"));
    }
}

/* Two writes of one document, and a write of another document with the same content, give
 * the same bytes, with the document's metadata; another creation date gives other bytes. */
static void
test_same_bytes (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(OndDoc) doc = report_doc (f, 30);
  g_autoptr(OndDoc) again = report_doc (f, 30);
  g_autoptr(OndDoc) later = NULL;
  g_autoptr(GDateTime) next_day = g_date_time_add_days (f->created, 1);
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL;
  g_autofree char *sum_a = NULL, *sum_b = NULL, *sum_c = NULL, *sum_d = NULL;
  g_autofree char *info = NULL;
  g_autofree char *value = NULL;

  if (!have_poppler ())
    return;

  a = write_pdf (f, doc, "a.pdf");
  /* Another second on the clock: nothing in the file may come from it. */
  g_usleep (1100 * 1000);
  b = write_pdf (f, doc, "b.pdf");
  c = write_pdf (f, again, "c.pdf");

  later = ond_doc_new (TITLE, "Team Veiligheid", "Rapportage aan de gemeenteraad", next_day);
  ond_doc_add_title_page (later, "Voortgangsrapportage", NULL);
  d = write_pdf (f, later, "d.pdf");

  sum_a = ond_test_file_checksum (a);
  sum_b = ond_test_file_checksum (b);
  sum_c = ond_test_file_checksum (c);
  sum_d = ond_test_file_checksum (d);
  g_assert_nonnull (sum_a);
  g_assert_cmpstr (sum_a, ==, sum_b);
  g_assert_cmpstr (sum_a, ==, sum_c);
  g_assert_cmpstr (sum_a, !=, sum_d);

  info = pdf_info (a, 1);
  value = info_value (info, "Title");
  g_assert_cmpstr (value, ==, TITLE);
  g_clear_pointer (&value, g_free);
  value = info_value (info, "Author");
  g_assert_cmpstr (value, ==, "Team Veiligheid");
  g_clear_pointer (&value, g_free);
  value = info_value (info, "Subject");
  g_assert_cmpstr (value, ==, "Rapportage aan de gemeenteraad");
  g_clear_pointer (&value, g_free);
  value = info_value (info, "Creator");
  g_assert_cmpstr (value, ==, "Ondermijning");
  g_clear_pointer (&value, g_free);
  value = info_value (info, "CreationDate");
  g_assert_cmpstr (value, ==, "2025-06-15T10:30:00+02");
  g_clear_pointer (&value, g_free);
  g_clear_pointer (&info, g_free);

  info = pdf_info (d, 1);
  value = info_value (info, "CreationDate");
  g_assert_cmpstr (value, ==, "2025-06-16T10:30:00+02");
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

/* A folder that does not exist, or a file where a folder should be: a clear error naming
 * the path, and nothing written. */
static void
test_missing_folder (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(OndDoc) doc = report_doc (f, 5);
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "bestaat-niet", "rapport.pdf", NULL);
  g_autofree char *file = g_build_filename (f->dir, "bestand", NULL);
  g_autofree char *under_file = g_build_filename (file, "rapport.pdf", NULL);

  g_assert_false (ond_doc_write_pdf (doc, missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, missing));
  g_assert_cmpuint (count_entries (f->dir), ==, 0);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (file, "oud", -1, NULL));
  g_assert_false (ond_doc_write_pdf (doc, under_file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, under_file));
  g_assert_cmpuint (count_entries (f->dir), ==, 1);
}

#define NOBODY 65534

/* Whether a child process of root can become the user "nobody" (not in every container). */
static gboolean
can_become_nobody (void)
{
  int status = 0;
  pid_t pid = fork ();

  if (pid == 0)
    _exit (setgid (NOBODY) == 0 && setuid (NOBODY) == 0 ? 0 : 1);
  g_assert_cmpint (pid, >, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

/* A folder without write permission. The write runs in a child process that, when it runs as
 * root (for whom permissions do not count), becomes the user "nobody" first. */
static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (f->dir, "alleen-lezen", NULL);
  g_autofree char *existing = g_build_filename (folder, "rapport.pdf", NULL);
  g_autofree char *contents = NULL;

  if (geteuid () == 0 && !can_become_nobody ())
    {
      g_test_skip ("Running as root, and a child process cannot become the user nobody");
      return;
    }

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_true (g_file_set_contents (existing, "oud", -1, NULL));
  g_assert_cmpint (g_chmod (existing, 0644), ==, 0);
  g_assert_cmpint (g_chmod (folder, 0555), ==, 0);

  g_test_trap_subprocess ("/doc/pdf/read-only-folder/subprocess", 0,
                          G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*permission denied: *rapport.pdf*");

  /* Nothing was added to the folder and the file there kept its content. */
  g_assert_cmpuint (count_entries (folder), ==, 1);
  g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "oud");
  g_chmod (folder, 0755);
}

static void
read_only_folder_child (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndDoc) doc = ond_doc_new (TITLE, NULL, NULL, NULL);
  g_autofree char *dir = child_dir (getppid ());
  g_autofree char *path = g_build_filename (dir, "alleen-lezen", "rapport.pdf", NULL);

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  if (geteuid () == 0)
    {
      g_assert_cmpint (setgid (NOBODY), ==, 0);
      g_assert_cmpint (setuid (NOBODY), ==, 0);
    }
  ond_doc_add_paragraph (doc, "Tekst", OND_DOC_STYLE_NORMAL);
  g_assert_false (ond_doc_write_pdf (doc, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_nonnull (strstr (error->message, path));
  g_print ("permission denied: %s\n", error->message);
}

/* A write that fails half-way (as on a full disk): the child may write no file larger than
 * 4 KiB, so writing the PDF fails with EFBIG after its first pages. The error names the path,
 * the temporary file is gone and the existing file kept its content. */
static void
test_write_fails (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *existing = g_build_filename (f->dir, "rapport.pdf", NULL);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (existing, "oud", -1, NULL));

  g_test_trap_subprocess ("/doc/pdf/write-fails/subprocess", 0,
                          G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*write failed: Cannot write*rapport.pdf*");

  g_assert_cmpuint (count_entries (f->dir), ==, 1);
  g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "oud");
}

static void
write_fails_child (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndDoc) doc = ond_doc_new (TITLE, NULL, NULL, NULL);
  OndDocTable *table = ond_doc_add_table (doc, budget_columns, G_N_ELEMENTS (budget_columns));
  g_autofree char *dir = child_dir (getppid ());
  g_autofree char *path = g_build_filename (dir, "rapport.pdf", NULL);
  struct rlimit limit = { 4096, 4096 };

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  add_budget_rows (table, 200);
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  g_assert_false (ond_doc_write_pdf (doc, path, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, g_strerror (EFBIG)));
  g_print ("write failed: %s\n", error->message);
}

/* A heading never ends a page: wherever filler lines leave it, it is on the page of the
 * start of its block — a table's header row and first row, a paragraph's first two lines,
 * or a short paragraph that introduces a table, whole, with the table's first row (also
 * with a section's heading between them: a chapter's introduction). One
 * document per kind of block, with a case per number of filler lines, each case starting
 * on a page of its own. */
static void
test_heading_kept (Fixture       *f,
                   gconstpointer  data)
{
  const guint first = 28, last = 48;
  guint moved = 0;

  if (!have_poppler ())
    return;

  for (guint variant = 0; variant < 4; variant++)
    {
      g_autoptr(OndDoc) doc = ond_doc_new (TITLE, NULL, NULL, f->created);
      g_autofree char *path = NULL;
      g_auto(GStrv) pages = NULL;

      for (guint n = first; n <= last; n++)
        {
          g_autofree char *heading = g_strdup_printf ("Kop%02u", n);
          g_autofree char *a = g_strdup_printf ("K%02ua", n);
          g_autofree char *b = g_strdup_printf ("K%02ub", n);

          ond_doc_add_page_break (doc);
          for (guint i = 0; i < n; i++)
            {
              g_autofree char *line = g_strdup_printf ("Vulregel F%02u-%02u", n, i);

              ond_doc_add_paragraph (doc, line, OND_DOC_STYLE_NORMAL);
            }
          ond_doc_add_heading (doc, variant == 0 || variant == 3 ? 1 : 2, heading);
          if (variant == 2 || variant == 3)
            {
              g_autofree char *intro_start = g_strdup_printf ("Inl%02ua", n);
              g_autofree char *intro_end = g_strdup_printf ("Inl%02uz", n);
              g_autofree char *intro = long_text (intro_start, intro_end, 14);
              OndDocTable *table;

              ond_doc_add_paragraph (doc, intro, OND_DOC_STYLE_NORMAL);
              /* A chapter's introduction before its first section. */
              if (variant == 3)
                ond_doc_add_heading (doc, 2, "Eerste sectie");
              table = ond_doc_add_table (doc, budget_columns, G_N_ELEMENTS (budget_columns));
              ond_doc_table_add_row (table, OND_DOC_STYLE_NORMAL,
                                     (const char *[]) { "Post", a, "€ 1", "€ 2" });
            }
          else if (variant == 0)
            {
              OndDocTable *table = ond_doc_add_table (doc, budget_columns,
                                                      G_N_ELEMENTS (budget_columns));
              g_autofree char *cell = g_strdup_printf ("%s\n%s", a, b);

              for (guint r = 0; r < 3; r++)
                ond_doc_table_add_row (table, OND_DOC_STYLE_NORMAL,
                                       (const char *[]) { "Post", r == 0 ? cell : "Rij",
                                                          "€ 1", "€ 2" });
            }
          else
            {
              g_autofree char *text = long_text (a, b, 80);

              ond_doc_add_paragraph (doc, text, OND_DOC_STYLE_NORMAL);
            }
        }

      path = write_pdf (f, doc, "kop.pdf");
      pages = pdf_pages (path);
      for (guint n = first; n <= last; n++)
        {
          g_autofree char *heading = g_strdup_printf ("Kop%02u", n);
          g_autofree char *a = g_strdup_printf ("K%02ua", n);
          g_autofree char *first_filler = g_strdup_printf ("F%02u-00", n);
          g_autofree char *last_filler = g_strdup_printf ("F%02u-%02u", n, n - 1);
          int page = page_of (pages, heading);
          g_autoptr(GPtrArray) lines = page_lines (pages[page]);
          guint at = 0;

          while (!strstr (g_ptr_array_index (lines, at), heading))
            at++;
          g_assert_cmpuint (at + 2, <, lines->len);
          if (variant == 2 || variant == 3)
            {
              g_autofree char *intro_end = g_strdup_printf ("Inl%02uz", n);

              /* The introduction under the heading, whole, and the table's first row. */
              g_assert_true (g_str_has_prefix (g_ptr_array_index (lines, at + 1), "Inl"));
              g_assert_cmpint (page_of (pages, intro_end), ==, page);
              g_assert_cmpint (page_of (pages, a), ==, page);
            }
          else if (variant == 0)
            {
              /* The header row under the heading, then the first row. */
              g_assert_true (is_header_row (g_ptr_array_index (lines, at + 1)));
              g_assert_cmpint (page_of (pages, a), ==, page);
            }
          else
            {
              /* The first line of the paragraph, and its second (more "weerbaarheid"). */
              g_assert_true (g_str_has_prefix (g_ptr_array_index (lines, at + 1), a));
              g_assert_true (g_str_has_prefix (g_ptr_array_index (lines, at + 2),
                                               "weerbaarheid"));
            }
          /* The cases where the heading went to the next page with its block. */
          if (page > page_of (pages, first_filler) && page_of (pages, last_filler) < page)
            moved++;
        }
    }
  /* The fillers put the heading at the end of a page in some cases of every document. */
  g_assert_cmpuint (moved, >=, 3);
}

/* A paragraph over several pages loses no word and repeats none at the page breaks. */
static void
test_long_paragraph (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(OndDoc) doc = ond_doc_new (TITLE, NULL, NULL, f->created);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_auto(GStrv) pages = NULL;
  int last_page = 0;

  if (!have_poppler ())
    return;

  for (guint i = 0; i < 1500; i++)
    g_string_append_printf (text, "%sw%04u", i == 0 ? "" : " ", i);
  ond_doc_add_heading (doc, 1, "Toelichting");
  ond_doc_add_paragraph (doc, text->str, OND_DOC_STYLE_NORMAL);
  path = write_pdf (f, doc, "alinea.pdf");
  pages = pdf_pages (path);

  g_assert_cmpuint (g_strv_length (pages), >=, 2);
  for (guint i = 0; i < 1500; i++)
    {
      g_autofree char *word = g_strdup_printf ("w%04u", i);
      int page = page_of (pages, word);

      /* In order over the pages. */
      g_assert_cmpint (page, >=, last_page);
      last_page = page;
    }
  g_assert_cmpint (last_page, ==, (int) g_strv_length (pages) - 1);
}

/* A row taller than a page is the one that is cut (between lines): every line once, in
 * order, with the header row on each page. */
static void
test_tall_row (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(OndDoc) doc = ond_doc_new (TITLE, NULL, NULL, f->created);
  g_autoptr(GString) text = g_string_new (NULL);
  OndDocTable *table = ond_doc_add_table (doc, budget_columns, G_N_ELEMENTS (budget_columns));
  g_autofree char *path = NULL;
  g_auto(GStrv) pages = NULL;
  int last_page = 0;
  guint n_pages;

  if (!have_poppler ())
    return;

  for (guint i = 0; i < 150; i++)
    g_string_append_printf (text, "%sT%03u", i == 0 ? "" : "\n", i);
  ond_doc_table_add_row (table, OND_DOC_STYLE_NORMAL,
                         (const char *[]) { "Lang", text->str, "€ 1", "€ 2" });
  path = write_pdf (f, doc, "lang.pdf");
  pages = pdf_pages (path);
  n_pages = g_strv_length (pages);

  g_assert_cmpuint (n_pages, >=, 2);
  for (guint i = 0; i < 150; i++)
    {
      g_autofree char *word = g_strdup_printf ("T%03u", i);
      int page = page_of (pages, word);

      g_assert_cmpint (page, >=, last_page);
      last_page = page;
    }
  for (guint i = 0; i < n_pages; i++)
    {
      g_autoptr(GPtrArray) lines = page_lines (pages[i]);

      g_assert_true (is_header_row (g_ptr_array_index (lines, 1)));
    }
}

/* Drawings: a monitoring chart. */

typedef struct
{
  OndBarChart   chart;
  OndChartStyle style;
  guint         calls;
  double        width;
  double        height;
  double        top;      /* on the page, in device units */
  double        bottom;
} ChartData;

static void
draw_chart (cairo_t  *cr,
            double    width,
            double    height,
            gpointer  user_data)
{
  ChartData *data = user_data;
  double x = 0, top = 0, bottom = height;

  data->calls++;
  data->width = width;
  data->height = height;
  cairo_user_to_device (cr, &x, &top);
  x = 0;
  cairo_user_to_device (cr, &x, &bottom);
  data->top = top;
  data->bottom = bottom;
  ond_bar_chart_draw (&data->chart, &data->style, cr, width, height);
}

static const OndChartBar chart_bars[] = {
  { "2022", TRUE, 6, FALSE },
  { "2023", TRUE, 8, FALSE },
  { "2024", TRUE, 11, TRUE },
};

static void
chart_data_init (ChartData *data)
{
  memset (data, 0, sizeof *data);
  data->chart.title = "Integrale controles";
  data->chart.bars = chart_bars;
  data->chart.n_bars = G_N_ELEMENTS (chart_bars);
  data->chart.target = 10;
  data->chart.target_label = "Doel 10";
  ond_chart_style_init_print (&data->style);
}

/* The pixels of page @page of @doc, drawn at A4 two pixels per point. */
static cairo_surface_t *
draw_on_image (OndDoc *doc,
               int     page)
{
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1191, 1684);
  cairo_t *cr = cairo_create (surface);

  cairo_scale (cr, 2, 2);

  g_assert_true (ond_doc_draw_page (doc, cr, OND_DOC_A4_WIDTH, OND_DOC_A4_HEIGHT, page,
                                    &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Pixels close to @rgb. */
static guint
count_pixels (cairo_surface_t *surface,
              guint32          rgb)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint n = 0;

  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + 4 * x);
        int dr = (int) ((pixel >> 16) & 0xff) - (int) ((rgb >> 16) & 0xff);
        int dg = (int) ((pixel >> 8) & 0xff) - (int) ((rgb >> 8) & 0xff);
        int db = (int) (pixel & 0xff) - (int) (rgb & 0xff);

        if (ABS (dr) < 24 && ABS (dg) < 24 && ABS (db) < 24)
          n++;
      }
  return n;
}

/* A chart drawn through a drawing block: at the text width and its own height, whole on a
 * page (after a page's worth of text, on the next), with its labels in the PDF and its bars
 * on the page. */
static void
test_chart (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(OndDoc) doc = ond_doc_new (TITLE, NULL, NULL, f->created);
  g_autofree char *path = NULL;
  g_auto(GStrv) pages = NULL;
  cairo_surface_t *image;
  ChartData *chart = g_new0 (ChartData, 1);
  ChartData tall;

  if (!have_poppler ())
    {
      g_free (chart);
      return;
    }

  chart_data_init (chart);
  for (guint i = 0; i < 30; i++)
    ond_doc_add_paragraph (doc, "Vulregel", OND_DOC_STYLE_NORMAL);
  ond_doc_add_heading (doc, 2, "Integrale controles per jaar");
  ond_doc_add_drawing (doc, 220, draw_chart, chart, g_free);

  path = write_pdf (f, doc, "grafiek.pdf");
  pages = pdf_pages (path);
  g_assert_cmpuint (g_strv_length (pages), ==, 2);
  /* Drawn once, on page 2 with its heading, whole inside the page's body. */
  g_assert_cmpuint (chart->calls, ==, 1);
  g_assert_cmpfloat_with_epsilon (chart->height, 220, 0.001);
  g_assert_cmpfloat (chart->width, >, 0.7 * OND_DOC_A4_WIDTH);
  g_assert_cmpfloat (chart->width, <, OND_DOC_A4_WIDTH);
  g_assert_cmpfloat (chart->top, >, 40);
  g_assert_cmpfloat (chart->bottom, <, OND_DOC_A4_HEIGHT - 40);
  g_assert_null (strstr (pages[0], "Integrale"));
  g_assert_nonnull (strstr (pages[1], "Integrale controles per jaar"));
  g_assert_cmpuint (count_words (pages[1], "Integrale"), ==, 2);
  g_assert_nonnull (strstr (pages[1], "2023"));
  g_assert_nonnull (strstr (pages[1], "Doel 10"));

  /* The bars (Adwaita blue, the report year's darker) are on page 2 and not on page 1. */
  image = draw_on_image (doc, 1);
  g_assert_cmpuint (count_pixels (image, 0x3584e4) + count_pixels (image, 0x1c71d8), >, 500);
  cairo_surface_destroy (image);
  image = draw_on_image (doc, 0);
  g_assert_cmpuint (count_pixels (image, 0x3584e4) + count_pixels (image, 0x1c71d8), ==, 0);
  cairo_surface_destroy (image);

  /* A drawing taller than a page gets the page's body. */
  chart_data_init (&tall);
  {
    g_autoptr(OndDoc) big = ond_doc_new (TITLE, NULL, NULL, f->created);

    ond_doc_add_drawing (big, 5000, draw_chart, &tall, NULL);
    g_assert_cmpint (ond_doc_paginate (big, OND_DOC_A4_WIDTH, OND_DOC_A4_HEIGHT, NULL), ==, 1);
    image = draw_on_image (big, 0);
    cairo_surface_destroy (image);
    g_assert_cmpuint (tall.calls, ==, 1);
    g_assert_cmpfloat (tall.height, <, OND_DOC_A4_HEIGHT - 80);
    g_assert_cmpfloat (tall.height, >, OND_DOC_A4_HEIGHT / 2);
  }
}

/* A flagged paragraph or cell is red; the same text unflagged has no red. */
static void
test_flag (Fixture       *f,
           gconstpointer  data)
{
  for (guint flagged = 0; flagged < 2; flagged++)
    {
      g_autoptr(OndDoc) doc = ond_doc_new (TITLE, NULL, NULL, f->created);
      g_autoptr(OndDoc) table_doc = ond_doc_new (TITLE, NULL, NULL, f->created);
      OndDocStyle style = flagged ? OND_DOC_STYLE_FLAG | OND_DOC_STYLE_BOLD
                                  : OND_DOC_STYLE_NORMAL;
      OndDocTable *table;
      cairo_surface_t *image;
      guint row, red;

      ond_doc_add_paragraph (doc, "Geen toelichting", style);
      image = draw_on_image (doc, 0);
      red = count_pixels (image, 0xc01c28);
      cairo_surface_destroy (image);
      if (flagged)
        g_assert_cmpuint (red, >, 10);
      else
        g_assert_cmpuint (red, ==, 0);

      /* One cell of a table. */
      table = ond_doc_add_table (table_doc, budget_columns, G_N_ELEMENTS (budget_columns));
      row = ond_doc_table_add_row (table, OND_DOC_STYLE_NORMAL,
                                   (const char *[]) { "Post", "Verschil", "€ 100", "€ 250" });
      ond_doc_table_set_cell_style (table, row, 3, style);
      image = draw_on_image (table_doc, 0);
      red = count_pixels (image, 0xc01c28);
      cairo_surface_destroy (image);
      if (flagged)
        g_assert_cmpuint (red, >, 10);
      else
        g_assert_cmpuint (red, ==, 0);
    }
}

/* Pages of any size (a printer's), a page that does not exist, a page too small, and the
 * layout following the content. */
static void
test_pages (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(OndDoc) doc = ond_doc_new (TITLE, NULL, NULL, f->created);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR, NULL);
  cairo_t *cr = cairo_create (surface);
  int n_a4, n_letter;

  /* An empty document is one page (its header and footer). */
  g_assert_cmpint (ond_doc_paginate (doc, OND_DOC_A4_WIDTH, OND_DOC_A4_HEIGHT, &error), ==, 1);
  g_assert_no_error (error);

  add_budget_rows (ond_doc_add_table (doc, budget_columns, G_N_ELEMENTS (budget_columns)), 60);
  n_a4 = ond_doc_paginate (doc, OND_DOC_A4_WIDTH, OND_DOC_A4_HEIGHT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n_a4, >, 1);

  /* US Letter is lower than A4: at least as many pages. */
  n_letter = ond_doc_paginate (doc, 612, 792, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n_letter, >=, n_a4);
  for (int i = 0; i < n_letter; i++)
    {
      g_assert_true (ond_doc_draw_page (doc, cr, 612, 792, i, &error));
      g_assert_no_error (error);
    }

  g_assert_false (ond_doc_draw_page (doc, cr, 612, 792, n_letter, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (ond_doc_draw_page (doc, cr, 612, 792, -1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  g_assert_cmpint (ond_doc_paginate (doc, 150, 150, &error), ==, 0);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  /* More rows: more pages at the same size. */
  add_budget_rows (ond_doc_add_table (doc, budget_columns, G_N_ELEMENTS (budget_columns)), 60);
  g_assert_cmpint (ond_doc_paginate (doc, OND_DOC_A4_WIDTH, OND_DOC_A4_HEIGHT, &error), >,
                   n_a4);
  g_assert_no_error (error);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/doc/pdf/long-table", Fixture, NULL, fixture_set_up, test_long_table,
              fixture_tear_down);
  g_test_add ("/doc/pdf/landscape", Fixture, NULL, fixture_set_up, test_landscape,
              fixture_tear_down);
  g_test_add ("/doc/pdf/same-bytes", Fixture, NULL, fixture_set_up, test_same_bytes,
              fixture_tear_down);
  g_test_add ("/doc/pdf/missing-folder", Fixture, NULL, fixture_set_up, test_missing_folder,
              fixture_tear_down);
  g_test_add ("/doc/pdf/read-only-folder", Fixture, NULL, fixture_set_up_shared,
              test_read_only_folder, fixture_tear_down);
  g_test_add_func ("/doc/pdf/read-only-folder/subprocess", read_only_folder_child);
  g_test_add ("/doc/pdf/write-fails", Fixture, NULL, fixture_set_up_shared, test_write_fails,
              fixture_tear_down);
  g_test_add_func ("/doc/pdf/write-fails/subprocess", write_fails_child);
  g_test_add ("/doc/layout/heading-kept", Fixture, NULL, fixture_set_up, test_heading_kept,
              fixture_tear_down);
  g_test_add ("/doc/layout/long-paragraph", Fixture, NULL, fixture_set_up,
              test_long_paragraph, fixture_tear_down);
  g_test_add ("/doc/layout/tall-row", Fixture, NULL, fixture_set_up, test_tall_row,
              fixture_tear_down);
  g_test_add ("/doc/layout/pages", Fixture, NULL, fixture_set_up, test_pages,
              fixture_tear_down);
  g_test_add ("/doc/drawing/chart", Fixture, NULL, fixture_set_up, test_chart,
              fixture_tear_down);
  g_test_add ("/doc/style/flag", Fixture, NULL, fixture_set_up, test_flag,
              fixture_tear_down);

  return g_test_run ();
}
