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
 * of the main window export as shown too; so do the planning (its year chosen, searched and
 * sorted, with what needs attention in words, also from a read-only file), the partners
 * (saved through the save dialog, in the order of the page's lists) and the menukaart (a
 * cross per cell, retired ones marked), and the reconciliation's cost lines of the year
 * chosen and its bookings outside the budget. A folder that does not exist gives a
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
#include "ond-intervention.h"
#include "ond-monitoring-view.h"
#include "ond-partner-row.h"
#include "ond-partner.h"
#include "ond-partners-view.h"
#include "ond-plan-item.h"
#include "ond-planning-view.h"
#include "ond-reconciliation-page.h"
#include "ond-register-page.h"
#include "ond-registers-view.h"
#include "ond-store-bookings.h"
#include "ond-store-budget.h"
#include "ond-store-partners.h"
#include "ond-store-plan-items.h"
#include "ond-test-util.h"
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

/* Waits for the toast under @root that says @toast, and checks that @path was written. */
static void
wait_for_export (GtkWidget  *root,
                 const char *path,
                 const char *toast)
{
  gint64 end = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;

  while (!any_label_contains (root, toast) && g_get_monotonic_time () < end)
    run_until_idle ();
  g_assert_true (any_label_contains (root, toast));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  /* The toast offers to open the file. */
  g_assert_nonnull (find_button (root, "_Open"));
}

/* Exports @view, a list under @root, to @path as the save dialog does, and waits for the
 * toast that says @toast. */
static void
export_list_to (GtkColumnView *view,
                GtkWidget     *root,
                const char    *path,
                const char    *toast)
{
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  ond_list_export_save (view, path);
  wait_for_export (root, path, toast);
}

/* Exports the page's list to @path as the save dialog does, and waits for the toast that
 * says @toast. */
static void
export_to (PageFixture *p,
           const char  *path,
           const char  *toast)
{
  export_list_to (page_list (p), GTK_WIDGET (p->window), path, toast);
}

/* The save dialog that is open offers the file name @name (a g_date_time_format () format:
 * today's date for "%Y-%m-%d") and workbooks; it is returned, open. */
static GtkFileChooser *
expect_chooser (const char *name)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *expected = g_date_time_format (now, name);
  g_autofree char *current = NULL;
  GtkFileChooser *chooser = find_dialog (GTK_TYPE_FILE_CHOOSER_DIALOG);

  g_assert_nonnull (chooser);
  current = gtk_file_chooser_get_current_name (chooser);
  g_assert_cmpstr (current, ==, expected);
  g_assert_cmpstr (gtk_file_filter_get_name (gtk_file_chooser_get_filter (chooser)), ==,
                   "Excel workbooks");
  return chooser;
}

/* Cancels the save dialog, and waits until it is gone. */
static void
cancel_chooser (GtkFileChooser *chooser)
{
  GtkWindow *weak = GTK_WINDOW (chooser);

  g_object_add_weak_pointer (G_OBJECT (chooser), (gpointer *) &weak);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  run_until_idle ();
  g_assert_null (weak);
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
  /* The window's export (Ctrl+E) offers the page's main list, the cost lines, not the
   * budget changes below them. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-list", NULL));
  cancel_chooser (expect_chooser ("begrotingsregels-%Y-%m-%d.xlsx"));
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

/* The text of a cell of an amount: euros as openpyxl reads them ("250.5", "17000"). */
static char *
euros_text (gint64 cents)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (cents % 100 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, cents / 100);
  return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, (double) cents / 100.0));
}

/* The id of the planning row of @year whose text starts with @what. */
static gint64
plan_item_id (OndStore   *store,
              int         year,
              const char *what)
{
  g_autoptr(GListModel) items = store_plan_items (store);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(OndPlanItem) item = g_list_model_get_item (items, i);

      if (ond_plan_item_get_year (item) == year &&
          g_str_has_prefix (ond_plan_item_get_what (item), what))
        return ond_plan_item_get_id (item);
    }
  g_error ("No planning row of %d starts with “%s”", year, what);
}

static void
set_plan_item_status (OndStore   *store,
                      int         year,
                      const char *what,
                      const char *status)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ond_store_set_plan_item_status (store, plan_item_id (store, year, what), status,
                                                 &error));
  g_assert_no_error (error);
}

/* The planning, its year chosen, searched and sorted: the rows the table lists, in its
 * order, with what needs attention in words. */
static void
test_planning (GuiFixture    *f,
               gconstpointer  data)
{
  static const char * const header[] = {
    "Year", "Period", "What", "Who", "Theme", "Status", "Target", "Attention", NULL,
  };
  OndStore *store = gui_open_store (f->path);
  g_autofree char *path = g_build_filename (f->dir, "planning.xlsx", NULL);
  g_autofree char *slots_path = g_build_filename (f->dir, "planning-ntb.xlsx", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  /* A row of 2024 that is neither done nor dropped is overdue once 2024 is over. */
  const char *overdue = g_date_time_get_year (now) > 2024 ? "Overdue" : "";
  g_autofree char *slot_flags = g_date_time_get_year (now) > 2024
                                ? g_strdup ("Overdue, To be decided")
                                : g_strdup ("To be decided");
  g_autoptr(XlsxDump) dump = NULL;
  g_auto(GStrv) titles = NULL;
  g_autofree char *expected[4] = { NULL };
  g_autofree char *expected_slots[2] = { NULL };
  PageFixture p = { 0 };
  GtkColumnView *table;
  GListModel *shown;

  set_plan_item_status (store, 2024, "Uitvoeringsplan ondermijning 2025-2026", "gereed");
  set_plan_item_status (store, 2024, "Per kwartaal een weerbaarheidsactie", "vervallen");
  set_plan_item_status (store, 2024, "4 wijkgerichte", "uitgesteld");
  show_page (&p, store, ond_planning_view_new ());
  table = page_list (&p);
  shown = G_LIST_MODEL (gtk_column_view_get_model (table));
  g_assert_true (wait_for_n_items (shown, 34));

  /* Nothing found: nothing to export. */
  search_for (p.page, "niemand");
  g_assert_true (wait_for_n_items (shown, 0));
  g_assert_false (gtk_widget_is_sensitive (find_action_button (p.page,
                                                               "planning-table.export-list",
                                                               NULL)));

  /* 2024, "ondermijning" in the text, the who or the theme; by what, from Z to A. */
  choose_in_dropdown (find_dropdown (p.page, "Show one year"), "2024");
  search_for (p.page, "ondermijning");
  sort_table_by (table, "What", GTK_SORT_DESCENDING);
  g_assert_true (wait_for_n_items (shown, 4));
  g_assert_true (gtk_widget_is_sensitive (find_action_button (p.page,
                                                              "planning-table.export-list",
                                                              NULL)));

  export_to (&p, path, "4 rows exported to “planning.xlsx”");
  dump = xlsx_dump_read (path);
  if (dump == NULL)
    {
      close_page (&p);
      return;
    }

  g_assert_cmpstr (xlsx_dump_text (dump, "A1"), ==, "Planning");
  g_assert_true (g_str_has_prefix (xlsx_dump_text (dump, "A2"),
                                   "Uitvoeringsplan ondermijning 2023-2024 · "
                                   "Search: “ondermijning” · Year: 2024 · Exported on "));
  titles = xlsx_dump_row (dump, 3);
  g_assert_cmpstrv (titles, header);
  g_assert_cmpstr (xlsx_dump_fields (dump, "max")[0], ==, "7");

  expected[0] = g_strdup ("2024 | Q4 | Uitvoeringsplan ondermijning 2025-2026 opstellen | "
                          "Regiegroep ondermijning |  | Gereed |  | ");
  expected[1] = g_strdup ("2024 | Doorlopend | Per kwartaal een weerbaarheidsactie en "
                          "doorlopende communicatieberichten | Regiegroep ondermijning |  | "
                          "Vervallen | 4 weerbaarheidsacties (een per kwartaal) | ");
  expected[2] = g_strdup_printf ("2024 | Doorlopend | 4 wijkgerichte drugsgerelateerde acties "
                                 "(niet allemaal ondermijning) + henneptrein + Crimescript | "
                                 "Drugs | Drugs | Uitgesteld | "
                                 "4 wijkgerichte drugsgerelateerde acties | %s", overdue);
  expected[3] = g_strdup_printf ("2024 | Doorlopend | 10 integrale controles (circa 8 bedrijven "
                                 "per controle) gericht op het bevorderen van een eerlijk "
                                 "ondernemersklimaat | Ondermijning |  | Gepland | "
                                 "10 integrale controles; 80 bezochte bedrijven (circa 8 per "
                                 "controle) | %s", overdue);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(OndPlanItem) item = g_list_model_get_item (shown, i);
      g_autofree char *row = sheet_row (dump, 4 + i);
      g_autofree char *a = g_strdup_printf ("A%u", 4 + i);
      g_autofree char *c = g_strdup_printf ("C%u", 4 + i);
      g_autofree char *fcell = g_strdup_printf ("F%u", 4 + i);
      g_autofree char *g = g_strdup_printf ("G%u", 4 + i);
      g_autofree char *year = g_strdup_printf ("%d", ond_plan_item_get_year (item));

      /* As the test expects, and as the table lists it. */
      g_assert_cmpstr (row, ==, expected[i]);
      g_assert_cmpstr (xlsx_dump_text (dump, a), ==, year);
      g_assert_cmpstr (xlsx_dump_type (dump, a), ==, "int");
      g_assert_cmpstr (xlsx_dump_text (dump, c), ==, ond_plan_item_get_what (item));
      g_assert_cmpstr (xlsx_dump_text (dump, fcell), ==, ond_plan_item_get_status_label (item));
      g_assert_cmpstr (xlsx_dump_text (dump, g), ==, ond_plan_item_get_targets (item));
    }
  g_assert_cmpstr (xlsx_dump_get (dump, "filter"), ==, "A3:H7");
  g_assert_cmpstr (xlsx_dump_get (dump, "freeze"), ==, "A4");
  g_clear_pointer (&dump, xlsx_dump_free);

  /* The rows still to be decided, by period from the last: both flags in words. */
  search_for (p.page, "n.t.b");
  sort_table_by (table, "Period", GTK_SORT_DESCENDING);
  g_assert_true (wait_for_n_items (shown, 2));
  g_assert_cmpuint (write_and_wait (table, slots_path), ==, 2);
  dump = xlsx_dump_read (slots_path);
  g_assert_nonnull (dump);
  expected_slots[0] = g_strdup_printf ("2024 | Q3 | N.t.b. |  |  | Gepland |  | %s", slot_flags);
  expected_slots[1] = g_strdup_printf ("2024 | Q2 | N.t.b. |  |  | Gepland |  | %s", slot_flags);
  for (guint i = 0; i < G_N_ELEMENTS (expected_slots); i++)
    {
      g_autoptr(OndPlanItem) item = g_list_model_get_item (shown, i);
      g_autofree char *row = sheet_row (dump, 4 + i);
      g_autofree char *b = g_strdup_printf ("B%u", 4 + i);

      g_assert_cmpstr (row, ==, expected_slots[i]);
      g_assert_cmpstr (xlsx_dump_text (dump, b), ==, ond_plan_item_get_period_label (item));
    }
  g_assert_cmpstr (xlsx_dump_fields (dump, "max")[0], ==, "5");

  close_page (&p);
}

/* A read-only file: the planning exports all the same, and the file is not written. */
static void
test_planning_read_only (GuiFixture    *f,
                         gconstpointer  data)
{
  OndStore *store = gui_reopen_read_only (f, gui_open_store (f->path));
  g_autofree char *path = g_build_filename (f->dir, "planning.xlsx", NULL);
  g_autofree char *after = NULL;
  PageFixture p = { 0 };

  show_page (&p, store, ond_planning_view_new ());
  g_assert_true (wait_for_n_items (G_LIST_MODEL (gtk_column_view_get_model (page_list (&p))),
                                   34));
  g_assert_false (gtk_widget_is_sensitive (find_action_button (p.page, "planning.add-row",
                                                               NULL)));
  g_assert_true (gtk_widget_is_sensitive (find_action_button (p.page,
                                                              "planning-table.export-list",
                                                              NULL)));
  export_to (&p, path, "34 rows exported to “planning.xlsx”");

  close_page (&p);
  after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (f->checksum, ==, after);
}

/* The id of the partner named @name. */
static gint64
partner_id (OndStore   *store,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) partners = ond_store_list_partners (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(OndPartner) partner = g_list_model_get_item (partners, i);

      if (g_strcmp0 (ond_partner_get_name (partner), name) == 0)
        return ond_partner_get_id (partner);
    }
  g_error ("No partner “%s”", name);
}

static gint64
intervention_id (OndStore   *store,
                 const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) interventions = ond_store_list_interventions (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (interventions); i++)
    {
      g_autoptr(OndIntervention) intervention = g_list_model_get_item (interventions, i);

      if (g_strcmp0 (ond_intervention_get_name (intervention), name) == 0)
        return ond_intervention_get_id (intervention);
    }
  g_error ("No intervention “%s”", name);
}

/* The number of cells of column @column (a letter) from row 4 to @last_row that say @text. */
static guint
count_cells (XlsxDump   *dump,
             char        column,
             guint       last_row,
             const char *text)
{
  guint n = 0;

  for (guint row = 4; row <= last_row; row++)
    {
      g_autofree char *cell = g_strdup_printf ("%c%u", column, row);

      if (g_strcmp0 (xlsx_dump_text (dump, cell), text) == 0)
        n++;
    }
  return n;
}

/* The partners as the page lists them (by kind, whatever their order in the store), saved
 * through the save dialog as a user does; then the menukaart as shown, a cross per cell. */
static void
test_partners (GuiFixture    *f,
               gconstpointer  data)
{
  static const char * const partner_header[] = {
    "Name", "Short Name", "Kind", "Regiegroep", "Contact Role", "Retired", NULL,
  };
  static const char * const matrix_header[] = {
    "Intervention", "Gemeente", "Politie", "OZHZ", "SDD (retired)", NULL,
  };
  /* A new municipal team: last in the store, sixth on the page. */
  static const OndPartnerFields team = {
    "Team Ondermijning Gemeente Dordrecht", "Ondermijning", "gemeentelijk", TRUE,
    "Programmamanager",
  };
  OndStore *store = gui_open_store (f->path);
  g_autofree char *path = g_build_filename (f->dir, "partners.xlsx", NULL);
  g_autofree char *matrix_path = g_build_filename (f->dir, "menukaart.xlsx", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (f->dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(XlsxDump) dump = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_auto(GStrv) titles = NULL;
  PageFixture p = { 0 };
  gint64 partner_ids[4];
  GtkFileChooser *chooser;
  GtkColumnView *matrix;
  GListModel *shown;

  g_assert_cmpint (ond_store_add_partner (store, &team, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (ond_store_set_partner_retired (store,
                                                partner_id (store, "Sociale Dienst Drechtsteden"),
                                                TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (ond_store_set_intervention_retired (store,
                                                     intervention_id (store,
                                                                      "Controle op uitkering"),
                                                     TRUE, &error));
  g_assert_no_error (error);
  partner_ids[0] = partner_id (store, "Gemeente Dordrecht");
  partner_ids[1] = partner_id (store, "Basisteam politie Drechtsteden Binnen");
  partner_ids[2] = partner_id (store, "Omgevingsdienst Zuid Holland Zuid");
  partner_ids[3] = partner_id (store, "Sociale Dienst Drechtsteden");
  show_page (&p, store, ond_partners_view_new ());
  run_until_idle ();

  /* The partners page: Export… asks where, offering a Dutch name with today's date. */
  click (find_action_button (p.page, "partners.export-list", NULL));
  chooser = expect_chooser ("partners-%Y-%m-%d.xlsx");
  g_assert_true (gtk_file_chooser_set_current_folder (chooser, folder, &error));
  g_assert_no_error (error);
  gtk_file_chooser_set_current_name (chooser, "partners.xlsx");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  wait_for_export (GTK_WIDGET (p.window), path, "28 rows exported to “partners.xlsx”");

  dump = xlsx_dump_read (path);
  if (dump == NULL)
    {
      close_page (&p);
      return;
    }
  g_assert_cmpstr (xlsx_dump_text (dump, "A1"), ==, "Partners");
  g_assert_true (g_str_has_prefix (xlsx_dump_text (dump, "A2"), "Exported on "));
  titles = xlsx_dump_row (dump, 3);
  g_assert_cmpstrv (titles, partner_header);
  g_assert_cmpstr (xlsx_dump_fields (dump, "max")[0], ==, "31");

  /* The rows of the three lists, in the order of the page. */
  rows = find_all (p.page, OND_TYPE_PARTNER_ROW);
  g_assert_cmpuint (rows->len, ==, 28);
  for (guint i = 0; i < rows->len; i++)
    {
      OndPartner *partner = ond_partner_row_get_partner (g_ptr_array_index (rows, i));
      g_autofree char *a = g_strdup_printf ("A%u", 4 + i);
      g_autofree char *c = g_strdup_printf ("C%u", 4 + i);

      g_assert_cmpstr (xlsx_dump_text (dump, a), ==, ond_partner_get_name (partner));
      g_assert_cmpstr (xlsx_dump_text (dump, c), ==, ond_partner_get_kind_label (partner));
    }
  {
    g_autofree char *first = sheet_row (dump, 4);
    g_autofree char *team_row = sheet_row (dump, 9);
    g_autofree char *politie = sheet_row (dump, 10);
    g_autofree char *sdd = sheet_row (dump, 12);
    g_autofree char *last = sheet_row (dump, 31);

    g_assert_cmpstr (first, ==, "Gemeente Dordrecht | Gemeente | Gemeentelijk team | 0 |  | 0");
    g_assert_cmpstr (team_row, ==, "Team Ondermijning Gemeente Dordrecht | Ondermijning | "
                                   "Gemeentelijk team | 1 | Programmamanager | 0");
    g_assert_cmpstr (politie, ==, "Basisteam politie Drechtsteden Binnen | Politie | Extern | "
                                  "1 |  | 0");
    g_assert_cmpstr (sdd, ==, "Sociale Dienst Drechtsteden | SDD | Extern | 1 |  | 1");
    g_assert_cmpstr (last, ==, "Nederlandse Voedsel- en Warenautoriteit | NVWA | "
                               "RIEC-convenantpartner | 0 |  | 0");
  }
  g_assert_cmpuint (count_cells (dump, 'C', 31, "Gemeentelijk team"), ==, 6);
  g_assert_cmpuint (count_cells (dump, 'C', 31, "Extern"), ==, 11);
  g_assert_cmpuint (count_cells (dump, 'C', 31, "RIEC-convenantpartner"), ==, 11);
  g_assert_cmpstr (xlsx_dump_format (dump, "D4"), ==, "\"Yes\";\"Yes\";\"No\"");
  g_assert_cmpstr (xlsx_dump_format (dump, "F12"), ==, "\"Yes\";\"Yes\";\"No\"");
  g_clear_pointer (&dump, xlsx_dump_free);
  g_clear_pointer (&titles, g_strfreev);

  /* The menukaart: the same action exports the page shown. */
  adw_view_stack_set_visible_child_name (find_first (p.page, ADW_TYPE_VIEW_STACK), "menukaart");
  run_until_idle ();
  matrix = page_list (&p);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (matrix)));
  g_assert_true (gtk_widget_activate_action (p.page, "partners.export-list", NULL));
  cancel_chooser (expect_chooser ("interventiemenukaart-%Y-%m-%d.xlsx"));

  shown = G_LIST_MODEL (gtk_column_view_get_model (matrix));
  export_to (&p, matrix_path, "47 rows exported to “menukaart.xlsx”");
  dump = xlsx_dump_read (matrix_path);
  g_assert_nonnull (dump);
  g_assert_cmpstr (xlsx_dump_text (dump, "A1"), ==, "Menu of Interventions");
  g_assert_true (g_str_has_prefix (xlsx_dump_text (dump, "A2"),
                                   "x: the partner can carry out the intervention · "));
  titles = xlsx_dump_row (dump, 3);
  g_assert_cmpstrv (titles, matrix_header);
  g_assert_cmpstr (xlsx_dump_fields (dump, "max")[0], ==, "50");
  {
    g_autofree char *first = sheet_row (dump, 4);
    g_autofree char *retired = sheet_row (dump, 11);
    g_autofree char *last = sheet_row (dump, 50);

    g_assert_cmpstr (first, ==, "BRP controle | x |  |  | ");
    g_assert_cmpstr (retired, ==, "Controle op uitkering (no longer used) |  |  |  | x");
    g_assert_cmpstr (last, ==, "Controleren (o.b.v. bevoegdheden) | x | x | x | x");
  }
  /* The crosses of each partner in the plan's menukaart. */
  g_assert_cmpuint (count_cells (dump, 'B', 50, "x"), ==, 23);
  g_assert_cmpuint (count_cells (dump, 'C', 50, "x"), ==, 22);
  g_assert_cmpuint (count_cells (dump, 'D', 50, "x"), ==, 18);
  g_assert_cmpuint (count_cells (dump, 'E', 50, "x"), ==, 15);
  /* And each cell as the table shows it. */
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(OndIntervention) intervention = g_list_model_get_item (shown, i);
      g_autofree char *a = g_strdup_printf ("A%u", 4 + i);

      g_assert_true (g_str_has_prefix (xlsx_dump_text (dump, a),
                                       ond_intervention_get_name (intervention)));
      for (guint j = 0; j < G_N_ELEMENTS (partner_ids); j++)
        {
          g_autofree char *cell = g_strdup_printf ("%c%u", 'B' + j, 4 + i);

          g_assert_cmpstr (xlsx_dump_text (dump, cell), ==,
                           ond_intervention_has_partner (intervention, partner_ids[j])
                           ? "x" : "");
        }
    }

  close_page (&p);
}

/* The reconciliation's cost lines of the year chosen, and the bookings outside the budget;
 * the window's export action (Ctrl+E) takes the cost lines. */
static void
test_reconciliation (GuiFixture    *f,
                     gconstpointer  data)
{
  static const char * const header[] = {
    "Cost Line", "Budget", "Committed", "Spent", "Remaining", "% Used", "Flag", NULL,
  };
  static const char * const outside_header[] = {
    "Date", "Amount", "Cost Line", "Description", "Why", NULL,
  };
  OndStore *store = gui_open_store (f->path);
  g_autofree char *path = g_build_filename (f->dir, "aansluiting.xlsx", NULL);
  g_autofree char *path_2024 = g_build_filename (f->dir, "aansluiting-2024.xlsx", NULL);
  g_autofree char *outside_path = g_build_filename (f->dir, "buiten.xlsx", NULL);
  g_autoptr(XlsxDump) dump = NULL;
  g_auto(GStrv) titles = NULL;
  OndReconciliation *reconciliation;
  OndReconciliationPage *page;
  GtkColumnView *lines;
  GtkColumnView *outside;
  OndBudgetView *budget;
  OndWindow *window;
  GListModel *shown;
  guint row;

  /* On the VIK (€ 17.000 in 2023): € 15.000 spent and € 4.000 committed in 2023, over its
   * budget by € 2.000; € 125 spent in 2024. */
  add_booking (store, "2023-03-01", 1500000, "realisatie", "Licentie VIK", "F-10");
  add_booking (store, "2023-05-01", 400000, "verplichting", "Opdracht VIK", "V-11");
  add_booking (store, "2024-02-01", 12500, "realisatie", "Onderhoud VIK", "F-12");
  window = gui_show_window (f->app, store, f->settings);
  budget = gui_choose_section (window, "Budget", OND_TYPE_BUDGET_VIEW);
  ond_budget_view_set_page (budget, "reconciliation");
  run_until_idle ();
  page = find_first (GTK_WIDGET (budget), OND_TYPE_RECONCILIATION_PAGE);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  choose_in_dropdown (find_dropdown (GTK_WIDGET (page), "The year that is reconciled"), "2023");
  g_assert_cmpint (ond_reconciliation_page_get_year (page), ==, 2023);

  /* No booking outside the budget yet: nothing to export there. */
  g_assert_false (gtk_widget_is_sensitive (
                    find_action_button (GTK_WIDGET (page), "reconciliation-outside.export-list",
                                        NULL)));
  g_assert_true (gtk_widget_is_sensitive (
                   find_action_button (GTK_WIDGET (page), "reconciliation.export-list", NULL)));

  /* The window's export (Ctrl+E) offers the cost lines. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-list", NULL));
  cancel_chooser (expect_chooser ("aansluiting-kostenregels-%Y-%m-%d.xlsx"));

  lines = find_first (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW);
  shown = G_LIST_MODEL (gtk_column_view_get_model (lines));
  export_list_to (lines, GTK_WIDGET (window), path, "14 rows exported to “aansluiting.xlsx”");
  dump = xlsx_dump_read (path);
  if (dump == NULL)
    {
      gui_close_window (window, store);
      return;
    }
  g_assert_cmpstr (xlsx_dump_text (dump, "A1"), ==, "Reconciliation of the Cost Lines");
  g_assert_true (g_str_has_prefix (xlsx_dump_text (dump, "A2"),
                                   "Uitvoeringsplan ondermijning 2023-2024 · Year: 2023 · "
                                   "Exported on "));
  titles = xlsx_dump_row (dump, 3);
  g_assert_cmpstrv (titles, header);
  g_assert_cmpstr (xlsx_dump_fields (dump, "max")[0], ==, "17");

  /* As the test expects. */
  row = find_sheet_row (dump, "Veiligheidsinformatieknooppunt (VIK)");
  g_assert_cmpuint (row, ==, 4);
  {
    g_autofree char *vik = sheet_row (dump, 4);
    g_autofree char *mma = sheet_row (dump, 5);

    g_assert_cmpstr (vik, ==, "Veiligheidsinformatieknooppunt (VIK) | 17000 | 4000 | 15000 | "
                              "-2000 | 111 | Over-committed by € 2.000");
    g_assert_cmpstr (mma, ==, "Meld Misdaad Anoniem (MMA) | 1500 | 0 | 0 | 1500 | 0 | ");
  }
  g_assert_cmpstr (xlsx_dump_format (dump, "B4"), ==, "\"€ \"#,##0.00");
  g_assert_cmpstr (xlsx_dump_format (dump, "E4"), ==, "\"€ \"#,##0.00");
  g_assert_cmpstr (xlsx_dump_type (dump, "F4"), ==, "int");

  /* As the table shows each line. */
  reconciliation = ond_reconciliation_page_get_reconciliation (page);
  g_assert_nonnull (reconciliation);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(OndBudgetLine) line = g_list_model_get_item (shown, i);
      OndLineFigures figures = { 0 };
      g_autofree char *a = g_strdup_printf ("A%u", 4 + i);
      g_autofree char *b = g_strdup_printf ("B%u", 4 + i);
      g_autofree char *d = g_strdup_printf ("D%u", 4 + i);
      g_autofree char *budget_text = NULL;
      g_autofree char *spent_text = NULL;

      g_assert_true (ond_reconciliation_get_line (reconciliation, ond_budget_line_get_id (line),
                                                  2023, &figures));
      budget_text = euros_text (figures.budget);
      spent_text = euros_text (figures.spent);
      g_assert_cmpstr (xlsx_dump_text (dump, a), ==, ond_budget_line_get_name (line));
      g_assert_cmpstr (xlsx_dump_text (dump, b), ==, budget_text);
      g_assert_cmpstr (xlsx_dump_text (dump, d), ==, spent_text);
    }
  g_clear_pointer (&dump, xlsx_dump_free);

  /* Another year, other figures; a line without budget has no part used. */
  choose_in_dropdown (find_dropdown (GTK_WIDGET (page), "The year that is reconciled"), "2024");
  g_assert_cmpuint (write_and_wait (lines, path_2024), ==, 14);
  dump = xlsx_dump_read (path_2024);
  g_assert_nonnull (dump);
  g_assert_true (g_str_has_prefix (xlsx_dump_text (dump, "A2"),
                                   "Uitvoeringsplan ondermijning 2023-2024 · Year: 2024 · "));
  {
    g_autofree char *vik = sheet_row (dump, 4);
    g_autofree char *staff = sheet_row (dump, find_sheet_row (dump,
                                                               "Inzet communicatiemedewerker"));

    g_assert_cmpstr (vik, ==, "Veiligheidsinformatieknooppunt (VIK) | 17000 | 0 | 125 | "
                              "16875 | 0 | ");
    g_assert_cmpstr (staff, ==, "Inzet communicatiemedewerker | 0 | 0 | 0 | 0 |  | ");
  }
  g_clear_pointer (&dump, xlsx_dump_free);

  /* A booking of 2022, before the plan: outside the budget, and now exportable. */
  add_booking (store, "2022-12-01", 9900, "realisatie", "Voorschot VIK", "F-9");
  outside = g_ptr_array_index (find_all (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW), 1);
  g_assert_true (wait_for_n_items (G_LIST_MODEL (gtk_column_view_get_model (outside)), 1));
  g_assert_true (gtk_widget_is_sensitive (
                   find_action_button (GTK_WIDGET (page), "reconciliation-outside.export-list",
                                       NULL)));
  g_assert_cmpuint (write_and_wait (outside, outside_path), ==, 1);
  dump = xlsx_dump_read (outside_path);
  g_assert_nonnull (dump);
  g_assert_cmpstr (xlsx_dump_text (dump, "A1"), ==, "Bookings Outside the Budget");
  g_clear_pointer (&titles, g_strfreev);
  titles = xlsx_dump_row (dump, 3);
  g_assert_cmpstrv (titles, outside_header);
  {
    g_autofree char *booking = sheet_row (dump, 4);

    g_assert_cmpstr (booking, ==, "2022-12-01 | 99 | Veiligheidsinformatieknooppunt (VIK) | "
                                  "Voorschot VIK | Dated outside the plan's years");
  }
  g_assert_cmpstr (xlsx_dump_type (dump, "A4"), ==, "date");
  g_assert_cmpstr (xlsx_dump_format (dump, "B4"), ==, "\"€ \"#,##0.00");

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
  gui_test_add ("/ond/list-export-gui/planning", test_planning);
  gui_test_add ("/ond/list-export-gui/planning-read-only", test_planning_read_only);
  gui_test_add ("/ond/list-export-gui/partners", test_partners);
  gui_test_add ("/ond/list-export-gui/reconciliation", test_reconciliation);
  return gui_test_run ();
}
