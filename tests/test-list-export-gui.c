/* test-list-export-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* "Export what you see": a register page and the bookings page are searched, filtered and
 * sorted as a user does, then exported the way the save dialog does it
 * (ond_list_export_save () with the path), and the workbook is read back with
 * python3-openpyxl (dump_xlsx.py): its rows are exactly the rows the page shows, in the
 * order shown, dates as dates and amounts as amounts, below the column titles of the page
 * and a line that says what the list was searched and filtered for; a toast says how many
 * rows were exported and offers to open the file. The monitoring figures and the cost lines
 * of the main window export as shown too. A folder that does not exist gives a
 * dialog naming the path, and nothing is written. In the main window, the export action
 * (Ctrl+E) of the section shown asks where to save, offering a Dutch file name with today's
 * date. While a list shows no rows, there is nothing to export. Runs on a display: xvfb-run
 * in CI. */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ond-booking.h"
#include "ond-bookings-page.h"
#include "ond-budget-edit-page.h"
#include "ond-budget-line.h"
#include "ond-budget-view.h"
#include "ond-figure.h"
#include "ond-gui-test-util.h"
#include "ond-list-export.h"
#include "ond-monitoring-view.h"
#include "ond-register-page.h"
#include "ond-registers-view.h"
#include "ond-store-bookings.h"
#include "ond-store-budget.h"
#include "ond-xlsx-dump.h"

/* A page on its own, in a plain window with a toast overlay (the sections that hold them in
 * the main window have one too). */
typedef struct
{
  OndStore  *store;
  OndPlan   *plan;
  GtkWidget *page;
  GtkWindow *window;
} PageFixture;

static void
show_page (PageFixture *p,
           OndStore    *store,
           GtkWidget   *page)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *overlay = adw_toast_overlay_new ();

  p->store = store;
  p->plan = ond_store_dup_current_plan (store, &error);
  g_assert_no_error (error);
  p->page = page;
  g_object_set (page, "store", store, "plan", p->plan, NULL);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  p->window = show_in_window (overlay);
}

static void
close_page (PageFixture *p)
{
  destroy_window (p->window);
  g_clear_object (&p->plan);
  ond_store_close (p->store);
  g_assert_finalize_object (p->store);
}

static GtkColumnView *
page_list (PageFixture *p)
{
  GtkColumnView *view = find_first (p->page, GTK_TYPE_COLUMN_VIEW);

  g_assert_nonnull (view);
  return view;
}

/* Exports the page's list to @path as the save dialog does, and waits for the toast that
 * says @toast. */
static void
export_to (PageFixture *p,
           const char  *path,
           const char  *toast)
{
  gint64 end = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;

  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  ond_list_export_save (page_list (p), path);
  while (!any_label_contains (GTK_WIDGET (p->window), toast) && g_get_monotonic_time () < end)
    run_until_idle ();
  g_assert_true (any_label_contains (GTK_WIDGET (p->window), toast));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  /* The toast offers to open the file. */
  g_assert_nonnull (find_button (GTK_WIDGET (p->window), "_Open"));
}

static void
on_written_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Exports @view to @path without a toast; returns the number of rows written. */
static guint
write_and_wait (GtkColumnView *view,
                const char    *path)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gint64 end = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;
  guint n_rows = 0;

  ond_list_export_write_async (view, path, NULL, on_written_cb, &result);
  while (result == NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (result);
  g_assert_true (ond_list_export_write_finish (view, result, &n_rows, &error));
  g_assert_no_error (error);
  return n_rows;
}

/* The texts of row @row of the workbook, joined by " | ". */
static char *
sheet_row (XlsxDump *dump,
           guint     row)
{
  g_auto(GStrv) texts = xlsx_dump_row (dump, row);

  return g_strjoinv (" | ", texts);
}

static void
test_register (GuiFixture    *f,
               gconstpointer  data)
{
  static const char * const header[] = {
    "Date", "Kind", "Area", "Businesses", "Signals", "Partners", "Note", NULL,
  };
  /* Searched for "integrale" (the kind's label), sorted by the businesses visited: the three
   * integrale controles, the fewest businesses first. */
  static const char * const expected[] = {
    "2024-09-02 | Integrale controle | Wielwijk | 6 | 0 |  | ",
    "2024-03-14 | Integrale controle | Crabbehof | 8 | 0 |  | ",
    "2023-11-20 | Integrale controle | Crabbehof | 12 | 0 |  | ",
  };
  OndStore *store = gui_open_store (f->path);
  g_autofree char *path = g_build_filename (f->dir, "controles.xlsx", NULL);
  g_autoptr(XlsxDump) dump = NULL;
  g_auto(GStrv) titles = NULL;
  PageFixture p = { 0 };
  GListModel *shown;

  store_add_control (store, "2024-03-14", "integraal", "Crabbehof", 8);
  store_add_control (store, "2024-09-02", "integraal", "Wielwijk", 6);
  store_add_control (store, "2024-04-04", "dor_dol", "Haven", 3);
  store_add_control (store, "2023-11-20", "integraal", "Crabbehof", 12);
  store_add_control (store, "2024-01-10", "dor_dol", "Crabbehof", 5);
  show_page (&p, store, g_object_new (OND_TYPE_REGISTER_PAGE, "kind", OND_REGISTER_CONTROLS,
                                      NULL));
  shown = ond_register_page_get_records (OND_REGISTER_PAGE (p.page));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 5);

  /* Nothing found: nothing to export. */
  search_for (p.page, "niemand");
  g_assert_true (wait_for_n_items (shown, 0));
  g_assert_false (gtk_widget_is_sensitive (find_action_button (p.page, "register.export-list",
                                                               NULL)));

  search_for (p.page, "integrale");
  g_assert_true (gtk_widget_is_sensitive (find_action_button (p.page, "register.export-list",
                                                              NULL)));
  sort_table_by (page_list (&p), "Businesses", GTK_SORT_ASCENDING);
  g_assert_true (wait_for_n_items (shown, 3));

  export_to (&p, path, "3 rows exported to “controles.xlsx”");

  dump = xlsx_dump_read (path);
  if (dump == NULL)
    {
      close_page (&p);
      return;
    }

  g_assert_cmpstr (xlsx_dump_text (dump, "A1"), ==, "Controls");
  g_assert_true (g_str_has_prefix (xlsx_dump_text (dump, "A2"), "Search: “integrale” · "));
  titles = xlsx_dump_row (dump, 3);
  g_assert_cmpstrv (titles, header);

  /* Exactly the rows shown, in the order shown: what the test expects, and what the page's
   * list holds. */
  g_assert_cmpstr (xlsx_dump_fields (dump, "max")[0], ==, "6");
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *row = sheet_row (dump, 4 + i);
      g_autofree char *cell = g_strdup_printf ("A%u", 4 + i);
      g_autoptr(GObject) record = g_list_model_get_item (shown, i);
      g_autofree char *date = NULL;

      g_object_get (record, "date", &date, NULL);
      g_assert_cmpstr (row, ==, expected[i]);
      g_assert_cmpstr (xlsx_dump_text (dump, cell), ==, date);
      g_assert_cmpstr (xlsx_dump_type (dump, cell), ==, "date");
    }
  g_assert_cmpstr (xlsx_dump_type (dump, "D4"), ==, "int");
  g_assert_cmpstr (xlsx_dump_get (dump, "filter"), ==, "A3:G6");
  g_assert_cmpstr (xlsx_dump_get (dump, "freeze"), ==, "A4");

  /* The other way round, the export follows. */
  g_clear_pointer (&dump, xlsx_dump_free);
  sort_table_by (page_list (&p), "Businesses", GTK_SORT_DESCENDING);
  g_assert_cmpuint (write_and_wait (page_list (&p), path), ==, 3);
  dump = xlsx_dump_read (path);
  g_assert_nonnull (dump);
  g_assert_cmpstr (xlsx_dump_text (dump, "A4"), ==, "2023-11-20");
  g_assert_cmpstr (xlsx_dump_text (dump, "A6"), ==, "2024-09-02");

  close_page (&p);
}

/* Adds a booking of @kind on the plan's first cost line (Veiligheidsinformatieknooppunt). */
static void
add_booking (OndStore   *store,
             const char *date,
             gint64      cents,
             const char *kind,
             const char *description,
             const char *reference)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);
  g_autoptr(GListModel) lines = NULL;
  g_autoptr(OndBudgetLine) line = NULL;
  g_autoptr(OndBooking) booking = NULL;

  g_assert_no_error (error);
  lines = ond_store_list_budget_lines (store, ond_plan_get_id (plan), &error);
  g_assert_no_error (error);
  line = g_list_model_get_item (lines, 0);
  booking = ond_booking_new (0, date, ond_budget_line_get_id (line), NULL, cents, kind, NULL,
                             description, reference, "Leverancier BV", 0);
  g_assert_cmpint (ond_store_save_booking (store, ond_plan_get_id (plan), booking, &error), >,
                   0);
  g_assert_no_error (error);
}

static void
test_bookings (GuiFixture    *f,
               gconstpointer  data)
{
  static const char * const header[] = {
    "Date", "Cost Line", "Kind", "Amount", "Description", "Reference", "Supplier", NULL,
  };
  /* "termijn" in 2023, the largest amount first. */
  static const struct
  {
    const char *date;
    const char *kind;
    const char *amount;
    const char *description;
  } expected[] = {
    { "2023-06-01", "Realisatie", "500", "Eerste termijn" },
    { "2023-09-01", "Verplichting", "300", "Vierde termijn" },
    { "2023-07-01", "Realisatie", "250.5", "Tweede termijn" },
  };
  OndStore *store = gui_open_store (f->path);
  g_autofree char *path = g_build_filename (f->dir, "boekingen.xlsx", NULL);
  g_autoptr(XlsxDump) dump = NULL;
  g_auto(GStrv) titles = NULL;
  PageFixture p = { 0 };
  GListModel *shown;
  const char *subtitle;

  add_booking (store, "2023-06-01", 50000, "realisatie", "Eerste termijn", "F-1");
  add_booking (store, "2023-07-01", 25050, "realisatie", "Tweede termijn", "F-2");
  add_booking (store, "2024-02-01", 12500, "realisatie", "Derde termijn", "F-3");
  add_booking (store, "2023-08-15", 99900, "realisatie", "Licentie", "F-4");
  add_booking (store, "2023-09-01", 30000, "verplichting", "Vierde termijn", "V-5");
  show_page (&p, store, ond_bookings_page_new ());
  shown = ond_bookings_page_get_bookings (OND_BOOKINGS_PAGE (p.page));
  g_assert_true (wait_for_n_items (shown, 5));

  search_for (p.page, "termijn");
  choose_in_dropdown (find_dropdown (p.page, "Year"), "2023");
  sort_table_by (page_list (&p), "Amount", GTK_SORT_DESCENDING);
  g_assert_true (wait_for_n_items (shown, 3));

  export_to (&p, path, "3 rows exported to “boekingen.xlsx”");

  dump = xlsx_dump_read (path);
  if (dump == NULL)
    {
      close_page (&p);
      return;
    }

  g_assert_cmpstr (xlsx_dump_text (dump, "A1"), ==, "Bookings");
  subtitle = xlsx_dump_text (dump, "A2");
  g_assert_true (g_str_has_prefix (subtitle, "Search: “termijn” · Year: 2023 · Exported on "));
  titles = xlsx_dump_row (dump, 3);
  g_assert_cmpstrv (titles, header);

  g_assert_cmpstr (xlsx_dump_fields (dump, "max")[0], ==, "6");
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(OndBooking) booking = g_list_model_get_item (shown, i);
      g_autofree char *a = g_strdup_printf ("A%u", 4 + i);
      g_autofree char *b = g_strdup_printf ("B%u", 4 + i);
      g_autofree char *c = g_strdup_printf ("C%u", 4 + i);
      g_autofree char *d = g_strdup_printf ("D%u", 4 + i);
      g_autofree char *e = g_strdup_printf ("E%u", 4 + i);
      g_autofree char *g = g_strdup_printf ("G%u", 4 + i);

      /* As the test expects, and as the page's list holds. */
      g_assert_cmpstr (xlsx_dump_text (dump, a), ==, expected[i].date);
      g_assert_cmpstr (xlsx_dump_text (dump, a), ==, ond_booking_get_date (booking));
      g_assert_cmpstr (xlsx_dump_type (dump, a), ==, "date");
      g_assert_cmpstr (xlsx_dump_format (dump, a), ==, "dd-mm-yyyy");
      g_assert_cmpstr (xlsx_dump_text (dump, b), ==, "Veiligheidsinformatieknooppunt (VIK)");
      g_assert_cmpstr (xlsx_dump_text (dump, c), ==, expected[i].kind);
      g_assert_cmpstr (xlsx_dump_text (dump, d), ==, expected[i].amount);
      g_assert_cmpstr (xlsx_dump_format (dump, d), ==, "\"€ \"#,##0.00");
      g_assert_cmpstr (xlsx_dump_text (dump, e), ==, expected[i].description);
      g_assert_cmpstr (xlsx_dump_text (dump, e), ==, ond_booking_get_description (booking));
      g_assert_cmpstr (xlsx_dump_text (dump, g), ==, "Leverancier BV");
    }
  g_assert_cmpstr (xlsx_dump_get (dump, "filter"), ==, "A3:G6");

  close_page (&p);
}

/* A folder that does not exist: a dialog names the path; nothing is written. */
static void
test_missing_folder (GuiFixture    *f,
                     gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  g_autofree char *missing = g_build_filename (f->dir, "ontbreekt", NULL);
  g_autofree char *path = g_build_filename (missing, "controles.xlsx", NULL);
  PageFixture p = { 0 };
  AdwMessageDialog *dialog;

  store_add_control (store, "2024-03-14", "integraal", "Crabbehof", 8);
  show_page (&p, store, g_object_new (OND_TYPE_REGISTER_PAGE, "kind", OND_REGISTER_CONTROLS,
                                      NULL));
  ond_list_export_save (page_list (&p), path);
  dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Export the List");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), path));
  click_response (dialog, "_Close");
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  close_page (&p);
}

/* The section's export action in the main window (what Ctrl+E starts) opens the save
 * dialog with a Dutch name and today's date. */
static void
test_window_shortcut (GuiFixture    *f,
                      gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, "controles-%Y-%m-%d.xlsx");
  g_autofree char *current = NULL;
  OndWindow *window;
  OndRegistersView *view;
  OndRegisterPage *page;
  GtkFileChooserDialog *chooser;
  GtkWindow *weak;

  store_add_control (store, "2024-03-14", "integraal", "Crabbehof", 8);
  window = gui_show_window (f->app, store, f->settings);
  view = gui_choose_section (window, "Controls & Measures", OND_TYPE_REGISTERS_VIEW);
  page = ond_registers_view_get_page (view, OND_REGISTER_CONTROLS);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_nonnull (find_action_button (GTK_WIDGET (page), "register.export-list", NULL));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-list", NULL));
  chooser = find_dialog (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  current = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (current, ==, name);
  g_assert_cmpstr (gtk_file_filter_get_name (
                     gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser))), ==,
                   "Excel workbooks");

  weak = GTK_WINDOW (chooser);
  g_object_add_weak_pointer (G_OBJECT (chooser), (gpointer *) &weak);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  run_until_idle ();
  g_assert_null (weak);


  gui_close_window (window, store);
}

/* The row of the workbook whose first cell is @first (from row 4), or 0. */
static guint
find_sheet_row (XlsxDump   *dump,
                const char *first)
{
  guint n_rows = (guint) g_ascii_strtoull (xlsx_dump_fields (dump, "max")[0], NULL, 10);

  for (guint row = 4; row <= n_rows; row++)
    {
      g_autofree char *cell = g_strdup_printf ("A%u", row);

      if (g_strcmp0 (xlsx_dump_text (dump, cell), first) == 0)
        return row;
    }
  return 0;
}

/* The monitoring figures and the cost lines, in the main window, exported as shown. */
static void
test_figures_and_lines (GuiFixture    *f,
                        gconstpointer  data)
{
  static const char * const figure_header[] = {
    "Figure", "2022", "2023", "2024", "Target", "Status", "Trend", NULL,
  };
  static const char * const line_header[] = {
    "Cost Line", "Ledger Code", "Original 2023", "Budget 2023", "Original 2024",
    "Budget 2024", NULL,
  };
  OndStore *store = gui_open_store (f->path);
  g_autofree char *figures_path = g_build_filename (f->dir, "monitoring.xlsx", NULL);
  g_autofree char *lines_path = g_build_filename (f->dir, "begrotingsregels.xlsx", NULL);
  g_autoptr(XlsxDump) dump = NULL;
  g_auto(GStrv) titles = NULL;
  OndWindow *window;
  OndMonitoringView *monitoring;
  OndBudgetView *budget;
  GtkColumnView *table;
  GListModel *shown;
  guint row;

  store_add_control (store, "2024-03-14", "integraal", "Crabbehof", 8);
  store_add_control (store, "2024-09-02", "integraal", "Wielwijk", 6);
  window = gui_show_window (f->app, store, f->settings);

  /* The figures, sorted by name from Z to A. */
  monitoring = gui_choose_section (window, "Monitoring", OND_TYPE_MONITORING_VIEW);
  table = find_first (GTK_WIDGET (monitoring), GTK_TYPE_COLUMN_VIEW);
  sort_table_by (table, "Figure", GTK_SORT_DESCENDING);
  shown = G_LIST_MODEL (gtk_column_view_get_model (table));
  g_assert_cmpuint (write_and_wait (table, figures_path), ==, g_list_model_get_n_items (shown));

  dump = xlsx_dump_read (figures_path);
  if (dump == NULL)
    {
      gui_close_window (window, store);
      return;
    }
  g_assert_cmpstr (xlsx_dump_text (dump, "A1"), ==, "Monitoring figures");
  g_assert_true (g_str_has_prefix (xlsx_dump_text (dump, "A2"),
                                   "Targets, status and trend of 2024 · "));
  titles = xlsx_dump_row (dump, 3);
  g_assert_cmpstrv (titles, figure_header);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(OndFigure) figure = g_list_model_get_item (shown, i);
      g_autofree char *cell = g_strdup_printf ("A%u", 4 + i);

      g_assert_cmpstr (xlsx_dump_text (dump, cell), ==, ond_figure_get_name (figure));
    }
  /* The plan's 2022 baseline (6), the two controls of 2024, the target of 10: far behind. */
  row = find_sheet_row (dump, "Integrale controles");
  g_assert_cmpuint (row, >, 0);
  {
    g_autofree char *b = g_strdup_printf ("B%u", row);
    g_autofree char *d = g_strdup_printf ("D%u", row);
    g_autofree char *e = g_strdup_printf ("E%u", row);
    g_autofree char *status = g_strdup_printf ("F%u", row);

    g_assert_cmpstr (xlsx_dump_type (dump, b), ==, "int");
    g_assert_cmpstr (xlsx_dump_text (dump, b), ==, "6");
    g_assert_cmpstr (xlsx_dump_text (dump, d), ==, "2");
    g_assert_cmpstr (xlsx_dump_text (dump, e), ==, "10");
    g_assert_cmpstr (xlsx_dump_text (dump, status), ==, "Far behind");
  }
  g_clear_pointer (&dump, xlsx_dump_free);
  g_clear_pointer (&titles, g_strfreev);

  /* The 14 cost lines of the plan (section 6), amounts as amounts. */
  budget = gui_choose_section (window, "Budget", OND_TYPE_BUDGET_VIEW);
  ond_budget_view_set_page (budget, "budget");
  run_until_idle ();
  table = find_first (find_first (GTK_WIDGET (budget), OND_TYPE_BUDGET_EDIT_PAGE),
                      GTK_TYPE_COLUMN_VIEW);
  g_assert_cmpuint (write_and_wait (table, lines_path), ==, 14);
  dump = xlsx_dump_read (lines_path);
  g_assert_nonnull (dump);
  g_assert_cmpstr (xlsx_dump_text (dump, "A1"), ==, "Cost Lines");
  titles = xlsx_dump_row (dump, 3);
  g_assert_cmpstrv (titles, line_header);
  g_assert_cmpstr (xlsx_dump_fields (dump, "max")[0], ==, "17");
  row = find_sheet_row (dump, "Inzet communicatiemedewerker");
  g_assert_cmpuint (row, >, 0);
  {
    g_autofree char *c = g_strdup_printf ("C%u", row);
    g_autofree char *f2024 = g_strdup_printf ("F%u", row);

    g_assert_cmpstr (xlsx_dump_text (dump, c), ==, "40000");
    g_assert_cmpstr (xlsx_dump_format (dump, c), ==, "\"€ \"#,##0.00");
    g_assert_cmpstr (xlsx_dump_text (dump, f2024), ==, "0");
  }

  gui_close_window (window, store);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "ListExport");
  gui_test_add ("/ond/list-export-gui/register", test_register);
  gui_test_add ("/ond/list-export-gui/bookings", test_bookings);
  gui_test_add ("/ond/list-export-gui/missing-folder", test_missing_folder);
  gui_test_add ("/ond/list-export-gui/window-shortcut", test_window_shortcut);
  gui_test_add ("/ond/list-export-gui/figures-and-lines", test_figures_and_lines);
  return gui_test_run ();
}
