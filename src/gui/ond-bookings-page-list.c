/* ond-bookings-page-list.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The list of the bookings page: its columns (made by ond-table.c) and which one the user
 * sorted by, the search and the kind and year filters, and what the page shows when the list
 * is empty or nothing matches. The list (OndBookingList) searches, filters and sorts in SQL:
 * the page hands it what the user chose.
 *
 * GTK 4.8 has no public API to ask a GtkColumnView which column the user sorted by. As in the
 * case list (ond-cases-view-columns.c), each column has a sorter of its own that never sorts
 * anything: when the view's sorter changes, it is asked to compare two probe items, and the
 * first column sorter it consults (the primary one) notes which column it is; the sign of the
 * answer gives the order. */

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

/* Sorting. */

static int
probe_column (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  OndBookingsPageProbe *probe = user_data;
  OndBookingsPage *self = probe->self;

  /* Nothing else ever sorts with these sorters; answer "equal" if something does. */
  if (!self->probing)
    return GTK_ORDERING_EQUAL;

  if (self->probed_sort < 0)
    self->probed_sort = (int) probe->sort;
  return GTK_ORDERING_SMALLER;
}

static void
on_sorter_changed_cb (OndBookingsPage *self,
                      GtkSorterChange  change,
                      GtkSorter       *sorter)
{
  GtkOrdering order;
  int probe_a = 0, probe_b = 0;

  self->probing = TRUE;
  self->probed_sort = -1;
  order = gtk_sorter_compare (sorter, &probe_a, &probe_b);
  self->probing = FALSE;

  if (self->probed_sort < 0)
    {
      /* No column chosen: the newest first. */
      self->sort = OND_BOOKING_SORT_DATE;
      self->descending = TRUE;
    }
  else
    {
      self->sort = (OndBookingSort) self->probed_sort;
      self->descending = order == GTK_ORDERING_LARGER;
    }

  if (self->bookings != NULL)
    {
      gint64 selected = _ond_bookings_page_detach_list (self);

      ond_booking_list_set_sort (self->bookings, self->sort, self->descending);
      _ond_bookings_page_attach_list (self, selected);
    }
}

/* Adds the column of @property, sorted by the list as @sort. */
static GtkColumnViewColumn *
add_column (OndBookingsPage *self,
            const char      *property,
            const char      *title,
            int              width,
            OndTableFormat   format,
            OndBookingSort   sort)
{
  GtkColumnViewColumn *column = ond_table_add_column (self->column_view, OND_TYPE_BOOKING,
                                                      property, title, width, format);
  g_autoptr(GtkCustomSorter) sorter = NULL;

  self->probes[sort] = (OndBookingsPageProbe) { self, sort };
  sorter = gtk_custom_sorter_new (probe_column, &self->probes[sort], NULL);
  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
  return column;
}

void
_ond_bookings_page_add_columns (OndBookingsPage *self)
{
  self->date_column = add_column (self, "date", _("Date"), OND_TABLE_DATE_WIDTH,
                                  OND_TABLE_DATE, OND_BOOKING_SORT_DATE);
  add_column (self, "line-name", _("Cost Line"), OND_TABLE_EXPAND, OND_TABLE_TEXT,
              OND_BOOKING_SORT_LINE);
  add_column (self, "kind-label", _("Kind"), 110, OND_TABLE_TEXT, OND_BOOKING_SORT_KIND);
  add_column (self, "amount", _("Amount"), 120, OND_TABLE_MONEY, OND_BOOKING_SORT_AMOUNT);
  add_column (self, "description", _("Description"), OND_TABLE_EXPAND, OND_TABLE_TEXT,
              OND_BOOKING_SORT_DESCRIPTION);
  add_column (self, "reference", _("Reference"), 124, OND_TABLE_TEXT,
              OND_BOOKING_SORT_REFERENCE);
  /* The cost line, the description and the supplier share the room that is left, so that
   * the row's buttons stay in sight at the default window width. */
  add_column (self, "supplier", _("Supplier"), OND_TABLE_EXPAND, OND_TABLE_TEXT,
              OND_BOOKING_SORT_SUPPLIER);
  ond_table_add_actions_column (self->column_view, "bookings.edit", "bookings.delete",
                                booking_id, button_name, NULL);

  self->sort = OND_BOOKING_SORT_DATE;
  self->descending = TRUE;
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (on_sorter_changed_cb), self, G_CONNECT_SWAPPED);
  /* The newest first, with the arrow in the header to say so. */
  gtk_column_view_sort_by_column (self->column_view, self->date_column, GTK_SORT_DESCENDING);
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

void
_ond_bookings_page_apply_filters (OndBookingsPage *self)
{
  if (self->bookings == NULL)
    return;
  ond_booking_list_set_sort (self->bookings, self->sort, self->descending);
  ond_booking_list_set_kind (self->bookings, chosen_kind (self));
  ond_booking_list_set_year (self->bookings, chosen_year (self));
  ond_booking_list_set_search (self->bookings,
                               gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

void
_ond_bookings_page_update_state (OndBookingsPage *self)
{
  guint total = self->bookings != NULL ? ond_booking_list_get_n_total (self->bookings) : 0;
  guint shown = self->bookings != NULL ?
    g_list_model_get_n_items (G_LIST_MODEL (self->bookings)) : 0;
  g_autofree char *count = NULL;

  if (self->bookings != NULL && ond_booking_list_get_error (self->bookings) != NULL)
    _ond_bookings_page_report_error (self, ond_booking_list_get_error (self->bookings));

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
  if (self->bookings != NULL)
    {
      gint64 selected = _ond_bookings_page_detach_list (self);

      ond_booking_list_set_search (self->bookings, gtk_editable_get_text (GTK_EDITABLE (entry)));
      _ond_bookings_page_attach_list (self, selected);
    }
  _ond_bookings_page_update_state (self);
}

void
_ond_bookings_page_filter_changed (OndBookingsPage *self,
                                   GParamSpec      *pspec,
                                   GtkDropDown     *dropdown)
{
  if (self->bookings != NULL)
    {
      gint64 selected = _ond_bookings_page_detach_list (self);

      ond_booking_list_set_kind (self->bookings, chosen_kind (self));
      ond_booking_list_set_year (self->bookings, chosen_year (self));
      _ond_bookings_page_attach_list (self, selected);
    }
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

/* The years of the year filter: those of the plan and those of the bookings (as the list
 * counted them), in order. The year chosen stays chosen when it is still offered. */
void
_ond_bookings_page_update_years (OndBookingsPage *self)
{
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GtkStringList) labels = NULL;
  const int *booked = NULL;
  guint n = 0;
  int chosen = chosen_year (self);
  guint position = 0;

  if (self->plan != NULL)
    for (int year = ond_plan_get_first_year (self->plan);
         year > 0 && year <= ond_plan_get_last_year (self->plan); year++)
      add_year (years, year);
  if (self->bookings != NULL)
    booked = ond_booking_list_get_years (self->bookings, &n);
  for (guint i = 0; i < n; i++)
    if (booked[i] > 0)
      add_year (years, booked[i]);
  g_array_sort (years, compare_years);

  /* (memcmp () must not be given the NULL data of an empty array.) */
  if (years->len == self->years->len &&
      (years->len == 0 ||
       memcmp (years->data, self->years->data, years->len * sizeof (int)) == 0))
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

/* The search and the filters in words ("Search: “hermes” · Kind: Realisatie · Year: 2023"),
 * for the line below the title of an exported list; NULL when the list shows everything. */
char *
_ond_bookings_page_describe_list (gpointer user_data)
{
  OndBookingsPage *self = user_data;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *search = g_strstrip (g_strdup (gtk_editable_get_text (
                                          GTK_EDITABLE (self->search_entry))));
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);
  int year = chosen_year (self);

  if (search[0] != '\0')
    /* Translators: below the title of an exported list: the words it was searched for. */
    g_ptr_array_add (parts, g_strdup_printf (_("Search: “%s”"), search));
  if (chosen_kind (self) != NULL)
    {
      GListModel *labels = gtk_drop_down_get_model (self->kind_dropdown);

      /* Translators: below the title of the exported bookings: the kind chosen. */
      g_ptr_array_add (parts, g_strdup_printf (_("Kind: %s"),
                                               gtk_string_list_get_string (
                                                 GTK_STRING_LIST (labels), kind)));
    }
  if (year > 0)
    /* Translators: below the title of the exported bookings: the year chosen. */
    g_ptr_array_add (parts, g_strdup_printf (_("Year: %d"), year));

  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}
