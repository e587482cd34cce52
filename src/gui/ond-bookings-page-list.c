/* ond-bookings-page-list.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The list of the bookings page: its columns (made by ond-table.c), the search and the kind
 * and year filters (one GtkCustomFilter: a booking is shown when it has the kind and the
 * year chosen and every word searched for), and what the page shows when the list is empty
 * or nothing matches. */

#define G_LOG_DOMAIN "ond-bookings-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ond-bookings-page-private.h"
#include "ond-case-choices.h"
#include "ond-store-vocabulary.h"
#include "ond-table.h"

/* The columns. */

static gint64
booking_id (gpointer item)
{
  return ond_booking_get_id (item);
}

static char *
button_name (gpointer item,
             gboolean delete,
             gpointer user_data)
{
  g_autofree char *what = _ond_bookings_page_describe (item);

  /* Translators: the accessible names of a booking's buttons; %s is its date, amount and
   * cost line. */
  return g_strdup_printf (delete ? _("Delete booking of %s") : _("Edit booking of %s"), what);
}

void
_ond_bookings_page_add_columns (OndBookingsPage *self)
{
  GtkColumnView *view = self->column_view;
  GType type = OND_TYPE_BOOKING;

  self->date_column = ond_table_add_column (view, type, "date", _("Date"),
                                            OND_TABLE_DATE_WIDTH, OND_TABLE_DATE);
  ond_table_add_column (view, type, "line-name", _("Cost Line"), OND_TABLE_EXPAND,
                        OND_TABLE_TEXT);
  ond_table_add_column (view, type, "kind-label", _("Kind"), 110, OND_TABLE_TEXT);
  ond_table_add_column (view, type, "amount", _("Amount"), 120, OND_TABLE_MONEY);
  ond_table_add_column (view, type, "description", _("Description"), OND_TABLE_EXPAND,
                        OND_TABLE_TEXT);
  ond_table_add_column (view, type, "reference", _("Reference"), 96, OND_TABLE_TEXT);
  /* The cost line, the description and the supplier share the room that is left, so that
   * the row's buttons stay in sight at the default window width. */
  ond_table_add_column (view, type, "supplier", _("Supplier"), OND_TABLE_EXPAND, OND_TABLE_TEXT);
  ond_table_add_actions_column (view, "bookings.edit", "bookings.delete",
                                booking_id, button_name, NULL);
}

/* Searching, the filters and the empty states. */

static const char *
chosen_kind (OndBookingsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->kind_dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || self->kinds == NULL)
    return NULL;
  return ond_case_choices_code (self->kinds, selected - 1);
}

static int
chosen_year (OndBookingsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->year_dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->years->len)
    return 0;
  return g_array_index (self->years, int, selected - 1);
}

static gboolean
match_booking (gpointer item,
               gpointer user_data)
{
  OndBookingsPage *self = user_data;
  OndBooking *booking = item;
  const char *kind = chosen_kind (self);
  int year = chosen_year (self);

  if (kind != NULL && g_strcmp0 (ond_booking_get_kind (booking), kind) != 0)
    return FALSE;
  if (year != 0 && ond_booking_get_year (booking) != year)
    return FALSE;
  return ond_table_search_matches ((const char * const *) self->search_words,
                                   ond_booking_get_search_text (booking));
}

void
_ond_bookings_page_update_state (OndBookingsPage *self)
{
  guint total = self->bookings != NULL ? g_list_model_get_n_items (self->bookings) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *count = NULL;

  if (total == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
  else if (shown == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "list");

  if (shown == total)
    count = g_strdup_printf (ngettext ("%u booking", "%u bookings", total), total);
  else
    /* Translators: below the list of bookings, e.g. "12 of 340 bookings shown". */
    count = g_strdup_printf (ngettext ("%u of %u booking shown", "%u of %u bookings shown",
                                       total), shown, total);
  gtk_label_set_label (self->count_label, count);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), total > 0);
}

void
_ond_bookings_page_search_changed (OndBookingsPage *self,
                                   GtkSearchEntry  *entry)
{
  g_strfreev (self->search_words);
  self->search_words = ond_table_search_words (gtk_editable_get_text (GTK_EDITABLE (entry)));
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  _ond_bookings_page_update_state (self);
}

void
_ond_bookings_page_filter_changed (OndBookingsPage *self,
                                   GParamSpec      *pspec,
                                   GtkDropDown     *dropdown)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  _ond_bookings_page_update_state (self);
}

/* The kinds of the kind filter, from the store's vocabulary. */
void
_ond_bookings_page_update_kinds (OndBookingsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) labels = NULL;
  g_autoptr(GPtrArray) kinds = NULL;

  if (self->store != NULL)
    {
      kinds = ond_store_list_vocabulary (self->store, "booking_kind", &error);
      if (kinds == NULL)
        _ond_bookings_page_report_error (self, error);
    }

  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  self->kinds = g_steal_pointer (&kinds);
  labels = ond_case_choices_model (self->kinds, _("All kinds"));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->kind_dropdown, 0);
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

static void
add_year (GArray *years,
          int     year)
{
  for (guint i = 0; i < years->len; i++)
    if (g_array_index (years, int, i) == year)
      return;
  g_array_append_val (years, year);
}

/* The years of the year filter: those of the plan and those of the bookings, in order. The
 * year chosen stays chosen when it is still offered. */
void
_ond_bookings_page_update_years (OndBookingsPage *self)
{
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GtkStringList) labels = NULL;
  guint n = self->bookings != NULL ? g_list_model_get_n_items (self->bookings) : 0;
  int chosen = chosen_year (self);
  guint position = 0;

  if (self->plan != NULL)
    for (int year = ond_plan_get_first_year (self->plan);
         year > 0 && year <= ond_plan_get_last_year (self->plan); year++)
      add_year (years, year);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndBooking) booking = g_list_model_get_item (self->bookings, i);

      if (ond_booking_get_year (booking) > 0)
        add_year (years, ond_booking_get_year (booking));
    }
  g_array_sort (years, compare_years);

  if (years->len == self->years->len &&
      memcmp (years->data, self->years->data, years->len * sizeof (int)) == 0)
    return;

  labels = gtk_string_list_new (NULL);
  gtk_string_list_append (labels, _("All years"));
  for (guint i = 0; i < years->len; i++)
    {
      g_autofree char *label = g_strdup_printf ("%d", g_array_index (years, int, i));

      gtk_string_list_append (labels, label);
      if (g_array_index (years, int, i) == chosen)
        position = i + 1;
    }
  g_array_set_size (self->years, 0);
  g_array_append_vals (self->years, years->data, years->len);
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->year_dropdown, position);
}

void
_ond_bookings_page_init_filters (OndBookingsPage *self)
{
  gtk_custom_filter_set_filter_func (self->filter, match_booking, self, NULL);
}
