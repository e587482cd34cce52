/* test-bookings-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The bookings of the Begroting (OndBookingsPage with its form and its import dialog) on a
 * freshly seeded database, driven as a user would: texts typed into the fields, items chosen,
 * buttons pressed. A booking is refused (an amount with three decimals, then a commitment
 * without a reference) and then added, found by searching (case and accents ignored) and
 * filtering, sorted by every column both ways, changed, deleted and brought back. A CSV file
 * of the financial system is imported through the dialog (the file given to it directly
 * instead of through the file chooser); the same file again is refused; a file with a bad
 * row shows the problem and cannot be imported; a file with other column names is read
 * through columns chosen by hand, and the mapping saved is chosen by itself for the next such
 * file. On a read-only file nothing can be changed. What the store then holds is checked
 * against what the user did. Runs on a display: xvfb-run in CI. */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ond-booking-editor.h"
#include "ond-booking-import-dialog.h"
#include "ond-bookings-page.h"
#include "ond-budget-line.h"
#include "ond-budget-view.h"
#include "ond-gui-test-util.h"
#include "ond-store-bookings.h"
#include "ond-test-util.h"

#define AMOUNT_ROW "Amount (e.g. 1.234,56)"
#define DATE_ROW   "Date (dd-mm-yyyy)"
#define REFERENCE_ROW "Reference (invoice or order number)"

/* The page on its own, in a plain window with a toast overlay (the section that hosts it in
 * the main window has one too). */
typedef struct
{
  OndStore        *store;
  OndPlan         *plan;
  OndBookingsPage *page;
  GtkWindow       *window;
} PageFixture;

static void
show_page (PageFixture *p,
           OndStore    *store)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *overlay = adw_toast_overlay_new ();

  p->store = store;
  p->plan = ond_store_dup_current_plan (store, &error);
  g_assert_no_error (error);
  p->page = OND_BOOKINGS_PAGE (ond_bookings_page_new ());
  g_object_set (p->page, "store", store, "plan", p->plan, NULL);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (p->page));
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

static GListModel *
shown (PageFixture *p)
{
  return ond_bookings_page_get_bookings (p->page);
}

/* Which of the list, its empty state and "nothing found" the page shows. */
static const char *
shown_state (PageFixture *p)
{
  g_autoptr(GPtrArray) stacks = find_all (GTK_WIDGET (p->page), GTK_TYPE_STACK);

  for (guint i = 0; i < stacks->len; i++)
    if (gtk_stack_get_child_by_name (g_ptr_array_index (stacks, i), "no-results") != NULL)
      return gtk_stack_get_visible_child_name (g_ptr_array_index (stacks, i));
  g_assert_not_reached ();
}

static GListModel *
stored (PageFixture *p)
{
  g_autoptr(GError) error = NULL;
  GListModel *bookings = ond_store_list_bookings (p->store, ond_plan_get_id (p->plan), &error);

  g_assert_no_error (error);
  return bookings;
}

static guint
n_stored (PageFixture *p)
{
  g_autoptr(GListModel) bookings = stored (p);

  return g_list_model_get_n_items (bookings);
}

static OndBooking *
stored_booking (PageFixture *p,
                gint64       id)
{
  g_autoptr(GListModel) bookings = stored (p);

  for (guint i = 0; i < g_list_model_get_n_items (bookings); i++)
    {
      g_autoptr(OndBooking) booking = g_list_model_get_item (bookings, i);

      if (ond_booking_get_id (booking) == id)
        return g_steal_pointer (&booking);
    }
  return NULL;
}

static OndBooking *
shown_booking (PageFixture *p,
               guint        position)
{
  OndBooking *booking = g_list_model_get_item (shown (p), position);

  g_assert_nonnull (booking);
  return booking;
}

static gint64
id_at (PageFixture *p,
       guint        position)
{
  g_autoptr(OndBooking) booking = shown_booking (p, position);

  return ond_booking_get_id (booking);
}

static OndBookingEditor *
open_new (PageFixture *p)
{
  OndBookingEditor *editor = click_for_dialog (find_button_named (GTK_WIDGET (p->page),
                                                                  "Add Booking"),
                                               OND_TYPE_BOOKING_EDITOR);

  g_assert_null (ond_booking_editor_get_booking (editor));
  return editor;
}

static void
type_row (GtkWidget  *form,
          const char *title,
          const char *text)
{
  type_text (find_row (form, ADW_TYPE_ENTRY_ROW, title), text);
}

static const char *
row_text (GtkWidget  *form,
          const char *title)
{
  return gtk_editable_get_text (find_row (form, ADW_TYPE_ENTRY_ROW, title));
}

/* A booking added through the form: refused twice, then added; found, filtered, sorted
 * (every column), changed, deleted and brought back. */
static void
test_bookings_edit (GuiFixture    *f,
                    gconstpointer  data)
{
  PageFixture p = { 0 };
  g_autoptr(OndBooking) booking = NULL;
  OndBookingEditor *editor;
  GtkWidget *form;
  GtkWidget *dialog;
  gint64 first_id;
  gint64 second_id;

  show_page (&p, gui_open_store (f->path));
  g_assert_cmpuint (g_list_model_get_n_items (shown (&p)), ==, 0);
  g_assert_cmpstr (shown_state (&p), ==, "empty");

  /* Ctrl+F (the page's action) puts the keyboard in the search entry. */
  gtk_widget_activate_action (GTK_WIDGET (p.page), "bookings.search", NULL);
  g_assert_true (is_focus_within (find_first (GTK_WIDGET (p.page), GTK_TYPE_SEARCH_ENTRY)));

  /* No cost line chosen and an amount with three decimals: both refused below their
   * fields, nothing written, and the form keeps what was typed. */
  editor = open_new (&p);
  form = GTK_WIDGET (editor);
  type_row (form, DATE_ROW, "15-03-2023");
  choose (find_row (form, ADW_TYPE_COMBO_ROW, "Kind"), "Verplichting");
  type_row (form, AMOUNT_ROW, "12,345");
  type_row (form, "Description", "Opdracht communicatiemedewerker");
  type_row (form, "Supplier", "Bureau Helder");
  click (find_button (form, "_Add"));
  g_assert_true (find_window (OND_TYPE_BOOKING_EDITOR) == editor);
  assert_field_message (form, ADW_TYPE_COMBO_ROW, "Cost line", "cost line");
  assert_field_message (form, ADW_TYPE_ENTRY_ROW, AMOUNT_ROW, "12,345");
  g_assert_cmpuint (n_stored (&p), ==, 0);
  g_assert_cmpstr (row_text (form, AMOUNT_ROW), ==, "12,345");

  /* The line chosen: the amount alone is refused. */
  choose (find_row (form, ADW_TYPE_COMBO_ROW, "Cost line"), "Inzet communicatiemedewerker");
  click (find_button (form, "_Add"));
  assert_field_message (form, ADW_TYPE_ENTRY_ROW, AMOUNT_ROW, "12,345");
  g_assert_false (gtk_widget_has_css_class (find_row (form, ADW_TYPE_COMBO_ROW, "Cost line"),
                                            "error"));
  g_assert_cmpuint (n_stored (&p), ==, 0);

  /* A commitment without a reference: the store refuses, below the reference. */
  type_row (form, AMOUNT_ROW, "12.345,00");
  click (find_button (form, "_Add"));
  g_assert_true (find_window (OND_TYPE_BOOKING_EDITOR) == editor);
  assert_field_message (form, ADW_TYPE_ENTRY_ROW, REFERENCE_ROW, "");
  g_assert_false (gtk_widget_has_css_class (find_row (form, ADW_TYPE_ENTRY_ROW, AMOUNT_ROW),
                                            "error"));
  g_assert_cmpuint (n_stored (&p), ==, 0);

  /* Corrected: saved, the form closes, the list shows it with a toast. */
  type_row (form, REFERENCE_ROW, "O-2023-099");
  click (find_button (form, "_Add"));
  g_assert_null (find_window (OND_TYPE_BOOKING_EDITOR));
  g_assert_cmpuint (n_stored (&p), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown (&p)), ==, 1);
  g_assert_cmpstr (shown_state (&p), ==, "list");
  first_id = id_at (&p, 0);
  booking = stored_booking (&p, first_id);
  g_assert_cmpstr (ond_booking_get_date (booking), ==, "2023-03-15");
  g_assert_cmpstr (ond_booking_get_line_name (booking), ==, "Inzet communicatiemedewerker");
  g_assert_cmpstr (ond_booking_get_kind (booking), ==, "verplichting");
  g_assert_cmpint (ond_booking_get_amount (booking), ==, 1234500);
  g_assert_cmpstr (ond_booking_get_description (booking), ==, "Opdracht communicatiemedewerker");
  g_assert_cmpstr (ond_booking_get_reference (booking), ==, "O-2023-099");
  g_assert_cmpstr (ond_booking_get_supplier (booking), ==, "Bureau Helder");
  g_clear_object (&booking);
  g_assert_true (has_label (GTK_WIDGET (p.window),
                            "Booking of 15-03-2023, € 12.345, Inzet communicatiemedewerker "
                            "saved"));
  /* The cells: the date as dd-mm-jjjj, the amount the Dutch way. */
  g_assert_true (has_label (GTK_WIDGET (p.page), "15-03-2023"));
  g_assert_true (has_label (GTK_WIDGET (p.page), "€ 12.345"));
  g_assert_true (has_label (GTK_WIDGET (p.page), "Verplichting"));

  /* A second one, a realisatie of 2024 with an invoice number. */
  editor = open_new (&p);
  form = GTK_WIDGET (editor);
  type_row (form, DATE_ROW, "01-05-2024");
  choose (find_row (form, ADW_TYPE_COMBO_ROW, "Cost line"), "Integrale controles");
  type_row (form, AMOUNT_ROW, "250,50");
  type_row (form, "Description", "Lunch controleteam Café");
  type_row (form, REFERENCE_ROW, "R-2024-001");
  type_row (form, "Supplier", "Zorgbureau Zuid");
  click (find_button (form, "_Add"));
  g_assert_null (find_window (OND_TYPE_BOOKING_EDITOR));
  g_assert_cmpuint (n_stored (&p), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (shown (&p)), ==, 2);
  /* The newest first. */
  second_id = id_at (&p, 0);
  g_assert_cmpint (second_id, !=, first_id);
  booking = stored_booking (&p, second_id);
  g_assert_cmpstr (ond_booking_get_kind (booking), ==, "realisatie");
  g_assert_cmpint (ond_booking_get_amount (booking), ==, 25050);
  g_clear_object (&booking);
  g_assert_true (has_label (GTK_WIDGET (p.page), "€ 250,50"));

  /* Sorting by amount, both ways, and back by date. */
  sort_table_by (find_first (GTK_WIDGET (p.page), GTK_TYPE_COLUMN_VIEW), "Amount",
                 GTK_SORT_DESCENDING);
  g_assert_cmpint (id_at (&p, 0), ==, first_id);
  sort_table_by (find_first (GTK_WIDGET (p.page), GTK_TYPE_COLUMN_VIEW), "Amount",
                 GTK_SORT_ASCENDING);
  g_assert_cmpint (id_at (&p, 0), ==, second_id);
  sort_table_by (find_first (GTK_WIDGET (p.page), GTK_TYPE_COLUMN_VIEW), "Date",
                 GTK_SORT_ASCENDING);
  g_assert_cmpint (id_at (&p, 0), ==, first_id);
  /* Every other column, both ways: which of the two comes first. */
  {
    static const struct
    {
      const char *column;
      gboolean    first_ascending;
    } sorts[] = {
      { "Cost Line", FALSE },     /* Integrale controles, Inzet communicatiemedewerker */
      { "Kind", FALSE },          /* Realisatie, Verplichting */
      { "Description", FALSE },   /* Lunch, Opdracht */
      { "Reference", TRUE },      /* O-2023-099, R-2024-001 */
      { "Supplier", TRUE },       /* Bureau Helder, Zorgbureau Zuid */
    };

    for (guint i = 0; i < G_N_ELEMENTS (sorts); i++)
      {
        GtkColumnView *table = find_first (GTK_WIDGET (p.page), GTK_TYPE_COLUMN_VIEW);

        sort_table_by (table, sorts[i].column, GTK_SORT_ASCENDING);
        g_assert_cmpint (id_at (&p, 0), ==, sorts[i].first_ascending ? first_id : second_id);
        sort_table_by (table, sorts[i].column, GTK_SORT_DESCENDING);
        g_assert_cmpint (id_at (&p, 0), ==, sorts[i].first_ascending ? second_id : first_id);
      }
    sort_table_by (find_first (GTK_WIDGET (p.page), GTK_TYPE_COLUMN_VIEW), "Date",
                   GTK_SORT_ASCENDING);
    g_assert_cmpint (id_at (&p, 0), ==, first_id);
  }

  /* The kind and year filters. */
  choose_in_dropdown (find_dropdown (GTK_WIDGET (p.page), "Kind"), "Verplichting");
  g_assert_cmpuint (g_list_model_get_n_items (shown (&p)), ==, 1);
  g_assert_cmpint (id_at (&p, 0), ==, first_id);
  choose_in_dropdown (find_dropdown (GTK_WIDGET (p.page), "Year"), "2024");
  g_assert_cmpuint (g_list_model_get_n_items (shown (&p)), ==, 0);
  g_assert_cmpstr (shown_state (&p), ==, "no-results");
  choose_in_dropdown (find_dropdown (GTK_WIDGET (p.page), "Kind"), "All kinds");
  g_assert_cmpuint (g_list_model_get_n_items (shown (&p)), ==, 1);
  g_assert_cmpint (id_at (&p, 0), ==, second_id);
  choose_in_dropdown (find_dropdown (GTK_WIDGET (p.page), "Year"), "All years");
  g_assert_cmpuint (g_list_model_get_n_items (shown (&p)), ==, 2);

  /* Searching: supplier, description and date as shown, ignoring case; words anywhere. */
  search_for (GTK_WIDGET (p.page), "HELDER");
  g_assert_cmpuint (g_list_model_get_n_items (shown (&p)), ==, 1);
  g_assert_cmpint (id_at (&p, 0), ==, first_id);
  search_for (GTK_WIDGET (p.page), "lunch 01-05-2024");
  g_assert_cmpuint (g_list_model_get_n_items (shown (&p)), ==, 1);
  g_assert_cmpint (id_at (&p, 0), ==, second_id);
  /* Accents and case: "cafe" finds "Café"; the count says how many of all are shown. */
  search_for (GTK_WIDGET (p.page), "CAFE");
  g_assert_cmpuint (g_list_model_get_n_items (shown (&p)), ==, 1);
  g_assert_cmpint (id_at (&p, 0), ==, second_id);
  g_assert_true (has_label (GTK_WIDGET (p.page), "1 of 2 bookings shown"));
  /* The cost line's name and the kind's label are searched too. */
  search_for (GTK_WIDGET (p.page), "integrale realisatie");
  g_assert_cmpuint (g_list_model_get_n_items (shown (&p)), ==, 1);
  g_assert_cmpint (id_at (&p, 0), ==, second_id);
  search_for (GTK_WIDGET (p.page), "zzz-nergens");
  g_assert_cmpuint (g_list_model_get_n_items (shown (&p)), ==, 0);
  g_assert_cmpstr (shown_state (&p), ==, "no-results");
  search_for (GTK_WIDGET (p.page), "");
  g_assert_cmpuint (g_list_model_get_n_items (shown (&p)), ==, 2);
  g_assert_true (has_label (GTK_WIDGET (p.page), "2 bookings"));

  /* Changing the first: its Edit button opens the form filled in. A refused change writes
   * nothing; a good one is saved. */
  click (find_action_button (GTK_WIDGET (p.page), "bookings.edit",
                             g_variant_new_int64 (first_id)));
  editor = find_window (OND_TYPE_BOOKING_EDITOR);
  g_assert_nonnull (editor);
  form = GTK_WIDGET (editor);
  g_assert_cmpstr (row_text (form, DATE_ROW), ==, "15-03-2023");
  g_assert_cmpstr (row_text (form, AMOUNT_ROW), ==, "12.345");
  g_assert_cmpstr (row_text (form, REFERENCE_ROW), ==, "O-2023-099");
  type_row (form, AMOUNT_ROW, "1.000.000.000");
  click (find_button (form, "_Save"));
  assert_field_message (form, ADW_TYPE_ENTRY_ROW, AMOUNT_ROW, "");
  booking = stored_booking (&p, first_id);
  g_assert_cmpint (ond_booking_get_amount (booking), ==, 1234500);
  g_clear_object (&booking);
  type_row (form, AMOUNT_ROW, "€ 9.000");
  type_row (form, "Supplier", "Bureau Helder BV");
  click (find_button (form, "_Save"));
  g_assert_null (find_window (OND_TYPE_BOOKING_EDITOR));
  booking = stored_booking (&p, first_id);
  g_assert_cmpint (ond_booking_get_amount (booking), ==, 900000);
  g_assert_cmpstr (ond_booking_get_supplier (booking), ==, "Bureau Helder BV");
  g_assert_cmpstr (ond_booking_get_reference (booking), ==, "O-2023-099");
  g_assert_cmpstr (ond_booking_get_line_name (booking), ==, "Inzet communicatiemedewerker");
  g_clear_object (&booking);
  g_assert_cmpuint (n_stored (&p), ==, 2);
  g_assert_true (has_label (GTK_WIDGET (p.page), "€ 9.000"));

  /* Deleting asks first: cancelling keeps it. */
  dialog = click_for_dialog (find_action_button (GTK_WIDGET (p.page), "bookings.delete",
                                                g_variant_new_int64 (first_id)),
                             ADW_TYPE_MESSAGE_DIALOG);
  click_response (dialog, "_Cancel");
  g_assert_cmpuint (n_stored (&p), ==, 2);

  /* Deleted: gone from the list and the store, with a toast that offers undo. */
  dialog = click_for_dialog (find_action_button (GTK_WIDGET (p.page), "bookings.delete",
                                                g_variant_new_int64 (first_id)),
                             ADW_TYPE_MESSAGE_DIALOG);
  click_response (dialog, "_Delete");
  g_assert_cmpuint (n_stored (&p), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown (&p)), ==, 1);
  g_assert_null (stored_booking (&p, first_id));
  g_assert_true (has_label (GTK_WIDGET (p.window),
                            "Booking of 15-03-2023, € 9.000, Inzet communicatiemedewerker "
                            "deleted"));

  /* Undo puts it back as it was, with its own id. */
  click (find_button (GTK_WIDGET (p.window), "_Undo"));
  g_assert_cmpuint (n_stored (&p), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (shown (&p)), ==, 2);
  booking = stored_booking (&p, first_id);
  g_assert_nonnull (booking);
  g_assert_cmpint (ond_booking_get_amount (booking), ==, 900000);
  g_assert_cmpstr (ond_booking_get_reference (booking), ==, "O-2023-099");

  close_page (&p);
}

/* Importing. */

/* Presses "Import…" on the page: the dialog opens and asks for the file; the file chooser
 * is closed (the tests give the dialog the file directly) and the dialog waits at its start
 * page. */
static OndBookingImportDialog *
open_import (PageFixture *p)
{
  OndBookingImportDialog *dialog;
  GtkWindow *chooser;

  click (find_action_button (GTK_WIDGET (p->page), "bookings.import", NULL));
  dialog = find_dialog (OND_TYPE_BOOKING_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  chooser = find_dialog (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  gtk_window_close (chooser);
  run_until_idle ();
  g_assert_null (find_window (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_assert_true (find_window (OND_TYPE_BOOKING_IMPORT_DIALOG) == dialog);
  g_assert_nonnull (find_button (GTK_WIDGET (dialog), "_Choose File…"));
  g_assert_false (gtk_widget_is_sensitive (find_button (GTK_WIDGET (dialog), "_Import")));
  return dialog;
}

static void
open_file (OndBookingImportDialog *dialog,
           const char             *path)
{
  ond_booking_import_dialog_open_path (dialog, path);
  run_until_idle ();
}

/* Closes the dialog with its Cancel button. */
static void
cancel_import (OndBookingImportDialog *dialog)
{
  GtkWindow *weak = GTK_WINDOW (dialog);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &weak);
  click (find_button (GTK_WIDGET (dialog), "_Cancel"));
  g_assert_null (weak);
}

/* The labels of the row of @table whose first cell says @first. */
static GStrv
table_row_texts (GtkWidget  *root,
                 const char *table_name,
                 const char *first)
{
  g_autoptr(GPtrArray) tables = find_all (root, GTK_TYPE_COLUMN_VIEW);

  for (guint i = 0; i < tables->len; i++)
    {
      GtkColumnView *table = g_ptr_array_index (tables, i);
      GtkWidget *row;

      if (!gtk_widget_get_mapped (GTK_WIDGET (table)))
        continue;
      row = table_row_on_screen (table, first);
      g_test_message ("table %s, row %s: %s", table_name, first, row != NULL ? "found" : "-");
      if (row != NULL)
        return row_texts (row);
    }
  return NULL;
}

static guint
count_data_lines (const char *path)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    if (g_strstrip (lines[i])[0] != '\0')
      n++;
  return n;
}

static char *
write_file (GuiFixture *f,
            const char *name,
            const char *contents)
{
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

/* The example file of the default format imported through the dialog: previewed, imported,
 * listed; the same file again is refused. */
static void
test_bookings_import (GuiFixture    *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "boekingen.csv", NULL);
  guint n_rows = count_data_lines (path);
  g_autofree char *summary = g_strdup_printf ("%u bookings will be added", n_rows);
  g_autofree char *imported = g_strdup_printf ("%u bookings imported", n_rows);
  g_auto(GStrv) cells = NULL;
  PageFixture p = { 0 };
  OndBookingImportDialog *dialog;
  GtkWindow *weak;

  g_assert_cmpuint (n_rows, >, 1);
  show_page (&p, gui_open_store (f->path));
  g_assert_cmpstr (shown_state (&p), ==, "empty");

  /* The preview: every row, as it will be added; nothing written yet. */
  dialog = open_import (&p);
  open_file (dialog, path);
  g_assert_true (has_label (GTK_WIDGET (dialog), summary));
  g_assert_true (has_label (GTK_WIDGET (dialog), "boekingen.csv"));
  cells = table_row_texts (GTK_WIDGET (dialog), "rows", "03-01-2023");
  g_assert_nonnull (cells);
  g_assert_cmpstr (cells[1], ==, "Veiligheidsinformatieknooppunt (VIK)");
  g_assert_cmpstr (cells[3], ==, "€ 1.234,56");
  g_assert_cmpstr (cells[4], ==, "Bijdrage VIK januari");
  g_assert_cmpstr (cells[5], ==, "F-2023-001");
  g_assert_true (has_label (GTK_WIDGET (dialog), "Training BIBOB voor vergunningverleners"));
  g_assert_cmpuint (n_stored (&p), ==, 0);

  /* Imported: the dialog closes, the list shows the rows, a toast says how many. */
  weak = GTK_WINDOW (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &weak);
  click (find_button (GTK_WIDGET (dialog), "_Import"));
  g_assert_null (weak);
  g_assert_cmpuint (n_stored (&p), ==, n_rows);
  g_assert_cmpuint (g_list_model_get_n_items (shown (&p)), ==, n_rows);
  g_assert_true (has_label (GTK_WIDGET (p.window), imported));
  search_for (GTK_WIDGET (p.page), "vik januari");
  g_assert_cmpuint (g_list_model_get_n_items (shown (&p)), ==, 1);
  search_for (GTK_WIDGET (p.page), "");

  /* The same file again: refused, with a message; nothing is added twice. */
  dialog = open_import (&p);
  open_file (dialog, path);
  g_assert_true (has_label (GTK_WIDGET (dialog), "This file was imported before"));
  g_assert_false (gtk_widget_is_sensitive (find_button (GTK_WIDGET (dialog), "_Import")));
  cancel_import (dialog);
  g_assert_cmpuint (n_stored (&p), ==, n_rows);

  close_page (&p);
}

/* A file with a bad row: the problem is shown with its line and column, and the file
 * cannot be imported. A file with other column names: read through columns chosen by hand;
 * the mapping saved is chosen by itself for the next file with those names. */
static void
test_bookings_import_problems (GuiFixture    *f,
                               gconstpointer  data)
{
  g_autofree char *bad = write_file (f, "fout.csv",
                                     "Datum;Kostenpost;Bedrag;Soort;Omschrijving;Referentie;"
                                     "Leverancier\n"
                                     "02-02-2023;Integrale controles;100,00;realisatie;"
                                     "Goed;F-1;\n"
                                     "03-02-2023;Integrale controles;12,345;realisatie;"
                                     "Drie decimalen;F-2;\n");
  g_autofree char *other = write_file (f, "key2-januari.csv",
                                       "Boekdatum;Grootboek;Netto;Type;Tekst;Factuur;"
                                       "Crediteur\n"
                                       "2023-01-10;BIBOB trainingen;750,00;realisatie;"
                                       "Training januari;F-K2-1;Academie\n");
  g_autofree char *other_next = write_file (f, "key2-februari.csv",
                                            "Boekdatum;Grootboek;Netto;Type;Tekst;Factuur;"
                                            "Crediteur\n"
                                            "2023-02-10;BIBOB trainingen;500;realisatie;"
                                            "Training februari;F-K2-2;Academie\n");
  static const struct
  {
    const char *field;
    const char *column;
  } chosen[] = {
    { "Date", "Boekdatum" },
    { "Cost line", "Grootboek" },
    { "Amount", "Netto" },
    { "Kind", "Type" },
    { "Description", "Tekst" },
    { "Reference", "Factuur" },
    { "Supplier", "Crediteur" },
  };
  g_auto(GStrv) cells = NULL;
  PageFixture p = { 0 };
  OndBookingImportDialog *dialog;
  GtkWidget *form;
  AdwComboRow *saved;
  GtkWindow *weak;

  show_page (&p, gui_open_store (f->path));

  /* The bad row: its line (the header is line 1), its column and what is wrong. */
  dialog = open_import (&p);
  form = GTK_WIDGET (dialog);
  open_file (dialog, bad);
  g_assert_true (has_label (form, "The file has 1 problem: nothing can be imported"));
  cells = table_row_texts (form, "problems", "3");
  g_assert_nonnull (cells);
  g_assert_cmpstr (cells[1], ==, "Bedrag");
  g_assert_nonnull (strstr (cells[2], "12,345"));
  g_assert_false (gtk_widget_is_sensitive (find_button (form, "_Import")));
  cancel_import (dialog);
  g_assert_cmpuint (n_stored (&p), ==, 0);

  /* Other column names: the required ones are missing. */
  dialog = open_import (&p);
  form = GTK_WIDGET (dialog);
  open_file (dialog, other);
  g_assert_false (gtk_widget_is_sensitive (find_button (form, "_Import")));
  g_assert_true (any_label_contains (form, "nothing can be imported"));

  /* Chosen by hand on the columns page, field by field: then it can be imported. */
  adw_view_stack_set_visible_child_name (find_first (form, ADW_TYPE_VIEW_STACK), "columns");
  run_until_idle ();
  for (guint i = 0; i < G_N_ELEMENTS (chosen); i++)
    choose (find_row (form, ADW_TYPE_COMBO_ROW, chosen[i].field), chosen[i].column);
  g_assert_true (has_label (form, "1 booking will be added"));
  g_assert_true (gtk_widget_is_sensitive (find_button (form, "_Import")));

  /* Saved under the name of the source, then imported. */
  type_text (find_row (form, ADW_TYPE_ENTRY_ROW, "Source name to save under"), "Key2Financiën");
  click (find_button (form, "_Save Mapping"));
  saved = find_row (form, ADW_TYPE_COMBO_ROW, "Mapping");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (saved)),
                                               adw_combo_row_get_selected (saved)),
                   ==, "Key2Financiën");
  weak = GTK_WINDOW (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &weak);
  click (find_button (form, "_Import"));
  g_assert_null (weak);
  g_assert_cmpuint (n_stored (&p), ==, 1);
  g_assert_true (has_label (GTK_WIDGET (p.window), "1 booking imported"));
  g_assert_true (has_label (GTK_WIDGET (p.page), "Training januari"));
  g_assert_true (has_label (GTK_WIDGET (p.page), "€ 750"));

  /* The next file of that source: its saved mapping is chosen by itself. */
  dialog = open_import (&p);
  form = GTK_WIDGET (dialog);
  open_file (dialog, other_next);
  g_assert_true (has_label (form, "1 booking will be added"));
  saved = find_row (form, ADW_TYPE_COMBO_ROW, "Mapping");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (saved)),
                                               adw_combo_row_get_selected (saved)),
                   ==, "Key2Financiën");
  g_assert_true (gtk_widget_is_sensitive (find_button (form, "_Import")));
  /* Back to the default format: the file's columns are not found. */
  choose (saved, "Default format");
  g_assert_false (gtk_widget_is_sensitive (find_button (form, "_Import")));
  cancel_import (dialog);
  g_assert_cmpuint (n_stored (&p), ==, 1);

  close_page (&p);
}

/* Presses "Cancel Import" while the import runs: it is called from the main loop that the
 * import lets run now and then. */
static gboolean
press_cancel_import_cb (gpointer user_data)
{
  GtkWidget *button = find_button (user_data, "_Cancel Import");
  gboolean *pressed = g_object_get_data (user_data, "pressed");

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  *pressed = TRUE;
  return G_SOURCE_REMOVE;
}

/* A file of some thousands of rows: the import shows its progress and is cancelled with
 * nothing added; then it is imported after all. */
static void
test_bookings_import_cancel (GuiFixture    *f,
                             gconstpointer  data)
{
  const guint n_rows = 3000;
  g_autoptr(GString) contents = g_string_new ("Datum;Kostenpost;Bedrag;Soort;Omschrijving;"
                                              "Referentie;Leverancier\n");
  g_autofree char *path = NULL;
  g_autofree char *summary = g_strdup_printf ("%u bookings will be added", n_rows);
  PageFixture p = { 0 };
  OndBookingImportDialog *dialog;
  GtkWidget *form;
  gboolean pressed = FALSE;
  GtkWindow *weak;

  for (guint i = 0; i < n_rows; i++)
    g_string_append_printf (contents, "%02u-%02u-2024;Onvoorziene kosten;%u,%02u;realisatie;"
                            "Post %u;F-%u;\n", 1 + i % 28, 1 + i % 12, 1 + i % 50, i % 100,
                            i, i);
  path = write_file (f, "veel.csv", contents->str);

  show_page (&p, gui_open_store (f->path));
  dialog = open_import (&p);
  form = GTK_WIDGET (dialog);
  open_file (dialog, path);
  g_assert_true (has_label (form, summary));

  /* Cancelled while it runs: nothing added, the dialog says so and offers the import
   * again. */
  g_object_set_data (G_OBJECT (dialog), "pressed", &pressed);
  g_timeout_add (0, press_cancel_import_cb, dialog);
  click (find_button (form, "_Import"));
  g_assert_true (pressed);
  g_assert_true (find_window (OND_TYPE_BOOKING_IMPORT_DIALOG) == dialog);
  g_assert_true (has_label (form, "The import was cancelled: nothing was added."));
  g_assert_cmpuint (n_stored (&p), ==, 0);
  g_assert_true (gtk_widget_is_sensitive (find_button (form, "_Import")));

  /* Imported after all. */
  weak = GTK_WINDOW (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &weak);
  click (find_button (form, "_Import"));
  g_assert_null (weak);
  g_assert_cmpuint (n_stored (&p), ==, n_rows);
  g_assert_true (wait_for_n_items (shown (&p), n_rows));

  close_page (&p);
}

/* Adds a booking of @cents on the plan's first cost line through the core API. */
static gint64
store_add_booking (OndStore   *store,
                   const char *date,
                   gint64      cents,
                   const char *description)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);
  g_autoptr(GListModel) lines = NULL;
  g_autoptr(OndBudgetLine) line = NULL;
  g_autoptr(OndBooking) booking = NULL;
  gint64 id;

  g_assert_no_error (error);
  lines = ond_store_list_budget_lines (store, ond_plan_get_id (plan), &error);
  g_assert_no_error (error);
  line = g_list_model_get_item (lines, 0);
  g_assert_nonnull (line);
  booking = ond_booking_new (0, date, ond_budget_line_get_id (line), NULL, cents, "realisatie",
                             NULL, description, "F-9", "Leverancier", 0);
  id = ond_store_save_booking (store, ond_plan_get_id (plan), booking, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* A read-only file: the bookings are listed, but nothing can be added, changed, deleted or
 * imported, and the file is not touched. */
static void
test_bookings_read_only (GuiFixture    *f,
                         gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  g_autofree char *after = NULL;
  PageFixture p = { 0 };
  gint64 id = store_add_booking (store, "2023-06-01", 50000, "Eerste termijn");

  store = gui_reopen_read_only (f, store);
  show_page (&p, store);
  g_assert_cmpuint (g_list_model_get_n_items (shown (&p)), ==, 1);
  g_assert_true (has_label (GTK_WIDGET (p.page), "Eerste termijn"));

  g_assert_false (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (p.page),
                                                               "bookings.add", NULL)));
  g_assert_false (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (p.page),
                                                               "bookings.import", NULL)));
  g_assert_false (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (p.page),
                                                               "bookings.edit",
                                                               g_variant_new_int64 (id))));
  g_assert_false (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (p.page),
                                                               "bookings.delete",
                                                               g_variant_new_int64 (id))));
  /* Activating a row or pressing Delete opens nothing. */
  g_signal_emit_by_name (find_first (GTK_WIDGET (p.page), GTK_TYPE_COLUMN_VIEW), "activate", 0);
  gtk_widget_activate_action (GTK_WIDGET (p.page), "bookings.delete-selected", NULL);
  g_assert_null (find_window (OND_TYPE_BOOKING_EDITOR));
  g_assert_null (find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_null (find_window (OND_TYPE_BOOKING_IMPORT_DIALOG));

  close_page (&p);
  after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (f->checksum, ==, after);
}

/* In the main window: the page is one of the Budget section's pages, bound to the window's
 * store and plan; while it is shown it follows changes made elsewhere (OndStore::changed). */
static void
test_bookings_window (GuiFixture    *f,
                      gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  g_autoptr(GPtrArray) toggles = NULL;
  g_autoptr(GError) error = NULL;
  OndBookingsPage *page;
  GtkWidget *view;
  OndWindow *window;
  gint64 id;

  id = store_add_booking (store, "2023-06-01", 50000, "Eerste termijn");
  window = gui_show_window (f->app, store, f->settings);
  view = gui_choose_section (window, "Budget", OND_TYPE_BUDGET_VIEW);

  /* The view switcher's "Bookings", as a user does. */
  toggles = find_all (view, GTK_TYPE_TOGGLE_BUTTON);
  for (guint i = 0; i < toggles->len; i++)
    if (has_label (g_ptr_array_index (toggles, i), "Bookings"))
      gtk_toggle_button_set_active (g_ptr_array_index (toggles, i), TRUE);
  run_until_idle ();
  page = find_first (view, OND_TYPE_BOOKINGS_PAGE);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_true (ond_bookings_page_get_store (page) == store);
  g_assert_nonnull (ond_bookings_page_get_plan (page));
  g_assert_cmpuint (g_list_model_get_n_items (ond_bookings_page_get_bookings (page)), ==, 1);
  g_assert_true (has_label (GTK_WIDGET (page), "Eerste termijn"));

  /* Changed elsewhere while shown: the page reads the store again. */
  store_add_booking (store, "2023-07-01", 25000, "Tweede termijn");
  g_assert_true (wait_for_n_items (ond_bookings_page_get_bookings (page), 2));
  g_assert_true (ond_store_delete_booking (store, id, &error));
  g_assert_no_error (error);
  g_assert_true (wait_for_n_items (ond_bookings_page_get_bookings (page), 1));
  run_until_idle ();
  g_assert_true (has_label (GTK_WIDGET (page), "Tweede termijn"));
  g_assert_false (has_label (GTK_WIDGET (page), "Eerste termijn"));

  gui_close_window (window, store);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "Bookings");
  gui_test_add ("/ond/bookings-gui/edit", test_bookings_edit);
  gui_test_add ("/ond/bookings-gui/import", test_bookings_import);
  gui_test_add ("/ond/bookings-gui/import-problems", test_bookings_import_problems);
  gui_test_add ("/ond/bookings-gui/import-cancel", test_bookings_import_cancel);
  gui_test_add ("/ond/bookings-gui/read-only", test_bookings_read_only);
  gui_test_add ("/ond/bookings-gui/window", test_bookings_window);
  return gui_test_run ();
}
