/* test-council-reports-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The council reports window, on a freshly seeded database (the 2023-2024 plan), driven as
 * a user would: opened from the main menu's action, transient for the main window, with
 * the plan's years to choose from and the default year; every control named. A PDF saved
 * (the file chooser's path given directly) is a real PDF and shows in the list of reports
 * on record with its SHA-256; a workbook too; a report made again has the same bytes.
 * Comparing a report with today says "No Differences", and after a signal is registered in
 * its year lists the difference under its section. Printing opens the print dialog with its
 * page setup and preview; the preview shows the pages in our own window; Cancel closes the
 * dialog. On a read-only file a PDF is saved but not recorded, and the window says so.
 * Runs on a display: xvfb-run in CI. */

#include "config.h"

#include <adwaita.h>

#include "ond-council-reports-window.h"
#include "ond-gui-test-util.h"
#include "ond-plan.h"
#include "ond-store-council-reports.h"

static OndCouncilReportsWindow *
open_reports (OndWindow *window)
{
  OndCouncilReportsWindow *reports;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.council-reports",
                                             NULL));
  reports = find_window (OND_TYPE_COUNCIL_REPORTS_WINDOW);
  g_assert_nonnull (reports);
  run_until_idle ();
  return reports;
}

static void
close_reports (OndCouncilReportsWindow *reports)
{
  GtkWidget *widget = GTK_WIDGET (reports);

  g_object_add_weak_pointer (G_OBJECT (reports), (gpointer *) &widget);
  gtk_window_close (GTK_WINDOW (reports));
  run_until_idle ();
  g_assert_null (widget);
}

/* The rows of the reports on record, as shown (the year's combo row is an action row
 * too). */
static GPtrArray *
record_rows (OndCouncilReportsWindow *reports)
{
  g_autoptr(GPtrArray) rows = find_all (GTK_WIDGET (reports), ADW_TYPE_ACTION_ROW);
  GPtrArray *shown = g_ptr_array_new ();

  for (guint i = 0; i < rows->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (rows, i)) &&
        !ADW_IS_COMBO_ROW (g_ptr_array_index (rows, i)))
      g_ptr_array_add (shown, g_ptr_array_index (rows, i));
  return shown;
}

static char *
scratch (GuiFixture *f,
         const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static gboolean
file_starts_with (const char *path,
                  const char *magic)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;
  return length > strlen (magic) && memcmp (contents, magic, strlen (magic)) == 0;
}

static char *
sha256_of (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *sha256 = ond_council_report_file_sha256 (path, &error);

  g_assert_no_error (error);
  return sha256;
}

/* Every button on screen has a name (its label, or its tooltip when it shows an icon), and
 * every combo row a title: what tests/test-a11y.py asks of the main window. */
static void
assert_controls_named (GtkWidget *root)
{
  g_autoptr(GPtrArray) buttons = find_all (root, GTK_TYPE_BUTTON);
  g_autoptr(GPtrArray) combos = find_all (root, ADW_TYPE_COMBO_ROW);
  guint named = 0;

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      const char *label = gtk_button_get_label (GTK_BUTTON (button));
      const char *tooltip = gtk_widget_get_tooltip_text (button);

      if (!gtk_widget_get_mapped (button))
        continue;
      /* The window's own close button is named by GTK ("Close"); an expander row's arrow
       * belongs to the row. */
      if (gtk_widget_get_ancestor (button, GTK_TYPE_WINDOW_CONTROLS) != NULL ||
          gtk_widget_get_ancestor (button, ADW_TYPE_COMBO_ROW) != NULL)
        continue;
      if ((label == NULL || label[0] == '\0') && (tooltip == NULL || tooltip[0] == '\0'))
        g_error ("a button without a name: %s", G_OBJECT_TYPE_NAME (button));
      named++;
    }
  for (guint i = 0; i < combos->len; i++)
    g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (combos, i)), !=, "");
  /* Print, Save as PDF, Save Workbook at least. */
  g_assert_cmpuint (named, >=, 3);
}

static void
test_open (GuiFixture    *f,
           gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndCouncilReportsWindow *reports = open_reports (window);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  AdwComboRow *year_row = find_row (GTK_WIDGET (reports), ADW_TYPE_COMBO_ROW,
                                    "Reporting Year");
  g_auto(GStrv) years = NULL;
  int expected_year = CLAMP (g_date_time_get_year (now), 2023, 2024);
  g_autoptr(GPtrArray) rows = NULL;

  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (reports)) == GTK_WINDOW (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (reports)));

  /* The plan's years; today's year clamped to the plan's period. */
  g_assert_nonnull (year_row);
  years = combo_labels (year_row);
  g_assert_cmpuint (g_strv_length (years), ==, 2);
  g_assert_cmpstr (years[0], ==, "2023");
  g_assert_cmpstr (years[1], ==, "2024");
  g_assert_cmpint (ond_council_reports_window_get_year (reports), ==, expected_year);
  choose (year_row, "2023");
  g_assert_cmpint (ond_council_reports_window_get_year (reports), ==, 2023);

  g_assert_nonnull (find_button (GTK_WIDGET (reports), "_Print…"));
  g_assert_nonnull (find_button (GTK_WIDGET (reports), "Save as P_DF…"));
  g_assert_nonnull (find_button (GTK_WIDGET (reports), "Save _Workbook…"));
  /* Nothing on record yet: the status page says so; no read-only note. */
  g_assert_true (has_label (GTK_WIDGET (reports), "No Reports on Record"));
  rows = record_rows (reports);
  g_assert_cmpuint (rows->len, ==, 0);
  g_assert_false (has_label (GTK_WIDGET (reports),
                             "This file is opened read-only: reports can be printed and "
                             "saved, but they cannot be recorded."));
  assert_controls_named (GTK_WIDGET (reports));

  close_reports (reports);
  gui_close_window (window, store);
}

static void
test_save (GuiFixture    *f,
           gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndCouncilReportsWindow *reports = open_reports (window);
  g_autofree char *pdf = scratch (f, "rapport.pdf");
  g_autofree char *xlsx = scratch (f, "werkboek.xlsx");
  g_autofree char *again = scratch (f, "opnieuw.pdf");
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "x.pdf", NULL);
  g_autofree char *pdf_sha = NULL;
  g_autofree char *subtitle_start = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  OndCouncilReport *record;

  ond_council_reports_window_set_year (reports, 2024);

  /* A folder that does not exist: refused, nothing written, nothing recorded. */
  g_assert_false (ond_council_reports_window_save_pdf (reports, missing, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  run_until_idle ();
  g_assert_true (has_label (GTK_WIDGET (reports), "No Reports on Record"));

  g_assert_true (ond_council_reports_window_save_pdf (reports, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (file_starts_with (pdf, "%PDF-"));
  run_until_idle ();
  g_assert_false (has_label (GTK_WIDGET (reports), "No Reports on Record"));
  rows = record_rows (reports);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 0)), ==,
                   "Progress report 2024 (PDF)");
  pdf_sha = sha256_of (pdf);
  subtitle_start = g_strndup (pdf_sha, 12);
  g_assert_true (g_str_has_suffix (adw_action_row_get_subtitle (g_ptr_array_index (rows, 0)),
                                   subtitle_start));
  g_assert_true (any_label_contains (GTK_WIDGET (reports), "was saved as “rapport.pdf” and "
                                                           "recorded"));

  /* The workbook: listed first, as the newest. */
  ond_council_reports_window_set_year (reports, 2023);
  g_assert_true (ond_council_reports_window_save_workbook (reports, xlsx, &error));
  g_assert_no_error (error);
  g_assert_true (file_starts_with (xlsx, "PK"));
  run_until_idle ();
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = record_rows (reports);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 0)), ==,
                   "Workbook 2023 (Excel)");
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 1)), ==,
                   "Progress report 2024 (PDF)");
  /* Both can be made again. */
  g_assert_true (gtk_widget_is_sensitive (find_button (g_ptr_array_index (rows, 0),
                                                       "_Make Again…")));
  g_assert_true (gtk_widget_is_sensitive (find_button (g_ptr_array_index (rows, 1),
                                                       "_Make Again…")));

  /* What the store recorded. */
  records = ond_store_list_council_reports (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 2);
  record = g_ptr_array_index (records, 1);
  g_assert_cmpint (record->kind, ==, OND_COUNCIL_REPORT_PDF);
  g_assert_cmpint (record->year, ==, 2024);
  g_assert_cmpstr (record->sha256, ==, pdf_sha);

  /* Made again: the same bytes as the report sent. */
  g_assert_true (ond_council_reports_window_make_again (reports, record->id, again, &error));
  g_assert_no_error (error);
  {
    g_autofree char *again_sha = sha256_of (again);

    g_assert_cmpstr (again_sha, ==, pdf_sha);
  }
  /* The workbook too: the same bytes, as nothing changed since. */
  {
    OndCouncilReport *workbook = g_ptr_array_index (records, 0);
    g_autofree char *xlsx_sha = sha256_of (xlsx);
    g_autofree char *again_sha = NULL;

    g_assert_cmpint (workbook->kind, ==, OND_COUNCIL_REPORT_XLSX);
    g_assert_cmpstr (workbook->sha256, ==, xlsx_sha);
    g_assert_true (ond_council_reports_window_make_again (reports, workbook->id, again,
                                                          &error));
    g_assert_no_error (error);
    again_sha = sha256_of (again);
    g_assert_cmpstr (again_sha, ==, xlsx_sha);
  }

  close_reports (reports);
  gui_close_window (window, store);
}

static void
test_compare (GuiFixture    *f,
              gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndCouncilReportsWindow *reports = open_reports (window);
  g_autofree char *pdf = scratch (f, "rapport.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GtkWindow *compare;
  gint64 id;
  gboolean cases_group = FALSE;

  ond_council_reports_window_set_year (reports, 2024);
  g_assert_true (ond_council_reports_window_save_pdf (reports, pdf, &error));
  g_assert_no_error (error);
  records = ond_store_list_council_reports (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 1);
  id = ((OndCouncilReport *) g_ptr_array_index (records, 0))->id;

  /* Nothing changed yet. */
  compare = ond_council_reports_window_compare (reports, id);
  g_assert_nonnull (compare);
  g_assert_true (gtk_window_get_transient_for (compare) == GTK_WINDOW (reports));
  g_assert_true (has_label (GTK_WIDGET (compare), "No Differences"));
  gtk_window_destroy (compare);
  run_until_idle ();

  /* A signal received in 2024 changes the case counts of that year; through the row's
   * button, as a user does. */
  g_assert_cmpint (store_add_case (store, "2024-05-02", "mma", NULL), >, 0);
  run_until_idle ();
  rows = record_rows (reports);
  g_assert_cmpuint (rows->len, ==, 1);
  compare = click_for_dialog (find_button (g_ptr_array_index (rows, 0), "_Compare with Today"),
                              ADW_TYPE_WINDOW);
  /* The reports window is an AdwWindow too: the one found is the comparison. */
  if (OND_IS_COUNCIL_REPORTS_WINDOW (compare))
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      compare = NULL;
      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) shown = g_list_model_get_item (toplevels, i);

          if (gtk_widget_get_visible (GTK_WIDGET (shown)) &&
              gtk_window_get_transient_for (shown) == GTK_WINDOW (reports))
            compare = shown;
        }
    }
  g_assert_nonnull (compare);
  g_assert_cmpstr (gtk_window_get_title (compare), ==, "Compared with Today");
  g_assert_false (has_label (GTK_WIDGET (compare), "No Differences"));
  groups = find_all (GTK_WIDGET (compare), ADW_TYPE_PREFERENCES_GROUP);
  for (guint i = 0; i < groups->len; i++)
    if (g_strcmp0 (adw_preferences_group_get_title (g_ptr_array_index (groups, i)),
                   "Casussen") == 0)
      cases_group = TRUE;
  g_assert_true (cases_group);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = find_all (GTK_WIDGET (compare), ADW_TYPE_ACTION_ROW);
  g_assert_cmpuint (rows->len, >, 0);
  for (guint i = 0; i < rows->len; i++)
    g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (g_ptr_array_index (rows, i)),
                                     "Then "));
  gtk_window_destroy (compare);
  run_until_idle ();

  close_reports (reports);
  gui_close_window (window, store);
}

static GtkWidget *
wait_for_window_of_type (const char *type_name)
{
  gint64 end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;
  GType type = 0;

  while (g_get_monotonic_time () < end)
    {
      GtkWidget *found;

      if (type == 0)
        type = g_type_from_name (type_name);
      found = type != 0 ? find_window (type) : NULL;
      if (found != NULL)
        return found;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  return NULL;
}

/* The preview window: an AdwWindow titled "Preview: ...". */
static GtkWidget *
wait_for_preview (void)
{
  gint64 end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

  while (g_get_monotonic_time () < end)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) shown = g_list_model_get_item (toplevels, i);
          const char *title = gtk_window_get_title (shown);

          if (gtk_widget_get_visible (GTK_WIDGET (shown)) && title != NULL &&
              g_str_has_prefix (title, "Preview: "))
            return GTK_WIDGET (shown);
        }
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  return NULL;
}

static void
test_print (GuiFixture    *f,
            gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndCouncilReportsWindow *reports = open_reports (window);
  GtkWidget *dialog;
  GtkWidget *preview;
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GtkPageSetup) page_setup = NULL;
  guint capabilities = 0;
  GFlagsClass *flags;
  GFlagsValue *preview_flag;
  gboolean embed = FALSE;

  /* The Print… button opens the print dialog on the reports window, and returns at once. */
  click (find_button (GTK_WIDGET (reports), "_Print…"));
  dialog = wait_for_window_of_type ("GtkPrintUnixDialog");
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (reports));
  g_object_get (dialog,
                "manual-capabilities", &capabilities,
                "embed-page-setup", &embed,
                "page-setup", &page_setup,
                NULL);
  /* A preview, and the page setup (portrait or landscape) in the dialog, A4 portrait. */
  /* GtkPrintCapabilities is in the unix-print headers: read it by name. */
  flags = g_type_class_ref (g_type_from_name ("GtkPrintCapabilities"));
  preview_flag = g_flags_get_value_by_nick (flags, "preview");
  g_assert_nonnull (preview_flag);
  g_assert_true (capabilities & preview_flag->value);
  g_type_class_unref (flags);
  g_assert_true (embed);
  g_assert_nonnull (page_setup);
  g_assert_cmpint (gtk_page_setup_get_orientation (page_setup), ==,
                   GTK_PAGE_ORIENTATION_PORTRAIT);
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (page_setup)), ==,
                   GTK_PAPER_NAME_A4);

  /* The dialog's Print Preview: our own window with the pages, A4 portrait. */
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_APPLY);
  preview = wait_for_preview ();
  g_assert_nonnull (preview);
  run_until_idle ();
  pages = find_all (preview, GTK_TYPE_DRAWING_AREA);
  /* A title page, then the report: more than one page. */
  g_assert_cmpuint (pages->len, >, 1);
  g_assert_cmpint (gtk_drawing_area_get_content_width (g_ptr_array_index (pages, 0)), ==, 595);
  g_assert_cmpint (gtk_drawing_area_get_content_height (g_ptr_array_index (pages, 0)), ==, 841);
  g_assert_nonnull (find_button (preview, "_Print…"));
  gtk_window_destroy (GTK_WINDOW (preview));
  run_until_idle ();

  /* Again, and cancelled: the dialog goes, nothing else opens. */
  ond_council_reports_window_print (reports);
  dialog = wait_for_window_of_type ("GtkPrintUnixDialog");
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  run_until_idle ();
  g_assert_null (find_window (g_type_from_name ("GtkPrintUnixDialog")));

  close_reports (reports);
  gui_close_window (window, store);
}

static void
test_read_only (GuiFixture    *f,
                gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window;
  OndCouncilReportsWindow *reports;
  g_autofree char *pdf = scratch (f, "rapport.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  store = gui_reopen_read_only (f, store);
  window = gui_show_window (f->app, store, f->settings);
  reports = open_reports (window);

  g_assert_true (has_label (GTK_WIDGET (reports),
                            "This file is opened read-only: reports can be printed and saved, "
                            "but they cannot be recorded."));
  g_assert_true (ond_council_reports_window_save_pdf (reports, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (file_starts_with (pdf, "%PDF-"));
  run_until_idle ();
  g_assert_true (any_label_contains (GTK_WIDGET (reports), "but could not be recorded"));
  g_assert_true (has_label (GTK_WIDGET (reports), "No Reports on Record"));
  rows = record_rows (reports);
  g_assert_cmpuint (rows->len, ==, 0);

  close_reports (reports);
  gui_close_read_only (f, window, store);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "Council-reports");
  gui_test_add ("/ond/council-reports-gui/open", test_open);
  gui_test_add ("/ond/council-reports-gui/save", test_save);
  gui_test_add ("/ond/council-reports-gui/compare", test_compare);
  gui_test_add ("/ond/council-reports-gui/print", test_print);
  gui_test_add ("/ond/council-reports-gui/read-only", test_read_only);
  return gui_test_run ();
}
