/* ond-booking-import-preview.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The preview of the import dialog: what importing the file would do, before anything is
 * written. Three tables (the rows to add, of which the first 200; every problem with its
 * line and column; the rows skipped as already present), a badge with the number on each,
 * and above them a sentence saying whether the file can be imported and, if not, why. */

#define G_LOG_DOMAIN "ond-booking-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-booking.h"
#include "ond-booking-import-dialog-private.h"
#include "ond-import-problem-item.h"
#include "ond-table.h"

/* The rows to add shown in the preview. */
#define N_PREVIEW_ROWS 200

/* The tables of the preview. */

static void
add_booking_columns (GtkColumnView *view)
{
  GType type = OND_TYPE_BOOKING;

  ond_table_add_column (view, type, "date", _("Date"), OND_TABLE_DATE_WIDTH, OND_TABLE_DATE);
  ond_table_add_column (view, type, "line-name", _("Cost Line"), OND_TABLE_EXPAND,
                        OND_TABLE_TEXT);
  ond_table_add_column (view, type, "kind-label", _("Kind"), 110, OND_TABLE_TEXT);
  ond_table_add_column (view, type, "amount", _("Amount"), 130, OND_TABLE_MONEY);
  ond_table_add_column (view, type, "description", _("Description"), OND_TABLE_EXPAND,
                        OND_TABLE_TEXT);
  ond_table_add_column (view, type, "reference", _("Reference"), 120, OND_TABLE_TEXT);
  ond_table_add_column (view, type, "supplier", _("Supplier"), OND_TABLE_EXPAND,
                        OND_TABLE_TEXT);
}

/* Line, column (for problems) and message; the line sorts as a number. */
static void
add_problem_columns (GtkColumnView *view,
                     gboolean       with_column,
                     const char    *message_title)
{
  GType type = OND_TYPE_IMPORT_PROBLEM_ITEM;
  GtkColumnViewColumn *line;
  GtkExpression *expression;
  GtkSorter *sorter;

  line = ond_table_add_column (view, type, "line", _("Line"), 70, OND_TABLE_TEXT);
  expression = gtk_property_expression_new (type, NULL, "line-number");
  sorter = GTK_SORTER (gtk_numeric_sorter_new (expression));
  gtk_column_view_column_set_sorter (line, sorter);
  g_object_unref (sorter);
  if (with_column)
    ond_table_add_column (view, type, "column", _("Column"), 160, OND_TABLE_TEXT);
  ond_table_add_column (view, type, "message", message_title, OND_TABLE_EXPAND,
                        OND_TABLE_TEXT);
}

/* Shows @items in @view, sorted by the column the user chose. */
static void
set_table_model (GtkColumnView *view,
                 GListModel    *items)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (view);
  GtkSortListModel *sorted = gtk_sort_list_model_new (g_object_ref (items), g_object_ref (sorter));
  g_autoptr(GtkNoSelection) selection = gtk_no_selection_new (G_LIST_MODEL (sorted));

  gtk_column_view_set_model (view, GTK_SELECTION_MODEL (selection));
}

/* The preview. */

gboolean
_ond_booking_import_dialog_can_import (OndBookingImportDialog *self)
{
  return self->import != NULL && !self->importing &&
         self->store != NULL && !ond_store_is_read_only (self->store) &&
         ond_booking_import_get_problems (self->import)->len == 0 &&
         !ond_booking_import_is_duplicate (self->import) &&
         ond_booking_import_get_bookings (self->import)->len > 0;
}

void
_ond_booking_import_dialog_set_notice (OndBookingImportDialog *self,
                                       const char             *text,
                                       gboolean                is_error)
{
  gtk_label_set_label (self->notice_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->notice_label), text != NULL);
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->notice_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->notice_label), "error");
}

static void
show_summary (OndBookingImportDialog *self)
{
  guint n_rows = ond_booking_import_get_bookings (self->import)->len;
  guint n_problems = ond_booking_import_get_problems (self->import)->len;
  guint n_skipped = ond_booking_import_get_skipped (self->import)->len;
  g_autofree char *summary = NULL;
  g_autofree char *notice = NULL;
  gboolean refused = TRUE;

  if (ond_booking_import_is_duplicate (self->import))
    {
      summary = g_strdup (_("This file was imported before"));
      notice = g_strdup (_("Its bookings were added then and are in the list. A file is never "
                           "imported twice: nothing is imported."));
    }
  else if (n_problems > 0)
    {
      summary = g_strdup_printf (ngettext ("The file has %u problem: nothing can be imported",
                                           "The file has %u problems: nothing can be imported",
                                           n_problems), n_problems);
      notice = g_strdup (_("Correct the rows listed under Problems in the file and choose it "
                           "again, or choose the columns the fields are read from under "
                           "Columns."));
    }
  else if (n_rows == 0)
    {
      summary = g_strdup (_("There is nothing to import"));
      if (n_skipped > 0)
        notice = g_strdup (_("Every row of the file is in the list already."));
    }
  else
    {
      summary = g_strdup_printf (ngettext ("%u booking will be added",
                                           "%u bookings will be added", n_rows), n_rows);
      refused = FALSE;
      if (n_skipped > 0)
        notice = g_strdup_printf (ngettext ("%u row is skipped because it is in the list "
                                            "already or twice in the file (see Skipped).",
                                            "%u rows are skipped because they are in the list "
                                            "already or twice in the file (see Skipped).",
                                            n_skipped), n_skipped);
    }

  gtk_label_set_label (self->summary_label, summary);
  if (refused)
    gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->summary_label), "error");
  _ond_booking_import_dialog_set_notice (self, notice, FALSE);
}

void
_ond_booking_import_dialog_update_buttons (OndBookingImportDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button),
                            _ond_booking_import_dialog_can_import (self));
  gtk_widget_set_visible (GTK_WIDGET (self->other_file_button),
                          self->import != NULL && !self->importing);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), !self->importing);
}

void
_ond_booking_import_dialog_show_preview (OndBookingImportDialog *self)
{
  GPtrArray *bookings = ond_booking_import_get_bookings (self->import);
  GPtrArray *problems = ond_booking_import_get_problems (self->import);
  GPtrArray *skipped = ond_booking_import_get_skipped (self->import);
  g_autoptr(GListStore) rows = g_list_store_new (OND_TYPE_BOOKING);
  g_autoptr(GListModel) problem_items = ond_import_problem_item_list (problems);
  g_autoptr(GListModel) skipped_items = ond_import_problem_item_list (skipped);
  guint n_shown = MIN (bookings->len, N_PREVIEW_ROWS);
  g_autofree char *rows_text = NULL;

  g_list_store_splice (rows, 0, 0, bookings->pdata, n_shown);
  set_table_model (self->rows_view, G_LIST_MODEL (rows));
  set_table_model (self->problems_view, problem_items);
  set_table_model (self->skipped_view, skipped_items);

  if (bookings->len > n_shown)
    rows_text = g_strdup_printf (ngettext ("The first %u of %u row to add are shown",
                                           "The first %u of %u rows to add are shown",
                                           bookings->len), n_shown, bookings->len);
  else
    rows_text = g_strdup_printf (ngettext ("%u row to add", "%u rows to add", bookings->len),
                                 bookings->len);
  gtk_label_set_label (self->rows_label, rows_text);

  adw_view_stack_page_set_badge_number (self->problems_page, problems->len);
  adw_view_stack_page_set_needs_attention (self->problems_page, problems->len > 0);
  adw_view_stack_page_set_badge_number (self->skipped_page, skipped->len);
  adw_view_stack_page_set_badge_number (self->rows_page, bookings->len);

  adw_window_title_set_subtitle (self->window_title,
                                 ond_booking_import_get_file_name (self->import));
  show_summary (self);
  gtk_stack_set_visible_child_name (self->main_stack, "preview");
  _ond_booking_import_dialog_update_buttons (self);
}

/* Shows the start page, saying why the file could not be read. */
void
_ond_booking_import_dialog_show_unreadable (OndBookingImportDialog *self,
                                            const GError           *error)
{
  g_clear_object (&self->import);
  gtk_label_set_label (self->start_error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->start_error_label), TRUE);
  adw_window_title_set_subtitle (self->window_title, NULL);
  gtk_stack_set_visible_child_name (self->main_stack, "start");
  _ond_booking_import_dialog_update_buttons (self);
}

void
_ond_booking_import_dialog_add_columns (OndBookingImportDialog *self)
{
  add_booking_columns (self->rows_view);
  add_problem_columns (self->problems_view, TRUE, _("Problem"));
  add_problem_columns (self->skipped_view, FALSE, _("Reason"));
}
