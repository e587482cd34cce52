/* ond-reconciliation-page-outside-years.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The years outside the plan on the reconciliation page. Bookings dated outside the plan's
 * years count in no year of it; the council report lists them per year of their date and
 * flags each such year without the year's explanation (ond-report.h, other_differences).
 * Here each of those years is a row: its number of bookings and their total, the start of
 * its explanation or the warning that the report will flag it, and Write…/Edit…, which
 * opens an OndExplanationDialog for the year. The group is hidden while there is no such
 * year. */

#define G_LOG_DOMAIN "ond-reconciliation-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-form-field.h"
#include "ond-money.h"
#include "ond-reconciliation-page-private.h"

#define YEAR_KEY "ond-outside-year"

typedef struct
{
  int    year;
  guint  n_bookings;
  gint64 total;
} OutsideYear;

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  return ((const OutsideYear *) a)->year - ((const OutsideYear *) b)->year;
}

static void
add_bookings (GArray    *years,
              GPtrArray *bookings,
              int        first_year,
              int        last_year)
{
  for (guint i = 0; i < bookings->len; i++)
    {
      OndBooking *booking = g_ptr_array_index (bookings, i);
      int year = ond_booking_get_year (booking);
      OutsideYear *found = NULL;

      if (year >= first_year && year <= last_year)
        continue;
      for (guint y = 0; y < years->len && found == NULL; y++)
        if (g_array_index (years, OutsideYear, y).year == year)
          found = &g_array_index (years, OutsideYear, y);
      if (found == NULL)
        {
          OutsideYear new_year = { year, 0, 0 };

          g_array_append_val (years, new_year);
          found = &g_array_index (years, OutsideYear, years->len - 1);
        }
      found->n_bookings++;
      found->total += ond_booking_get_amount (booking);
    }
}

/* The years outside the plan with bookings dated in them (on a line or on none), in order. */
static GArray *
collect_years (OndReconciliationPage *self)
{
  GArray *years = g_array_new (FALSE, FALSE, sizeof (OutsideYear));
  int first_year = ond_plan_get_first_year (self->plan);
  int last_year = ond_plan_get_last_year (self->plan);

  add_bookings (years, ond_reconciliation_get_unmatched (self->reconciliation), first_year,
                last_year);
  add_bookings (years, ond_reconciliation_get_outside (self->reconciliation), first_year,
                last_year);
  g_array_sort (years, compare_years);
  return years;
}

static void
on_write_clicked_cb (GtkButton             *button,
                     OndReconciliationPage *self)
{
  int year = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), YEAR_KEY));
  g_autofree char *heading = NULL;

  if (!_ond_reconciliation_page_can_write (self))
    return;
  /* Translators: the subject of the explanation of a year outside the plan, e.g.
   * "Bookings of 2022, outside the plan's years". */
  heading = g_strdup_printf (_("Bookings of %d, outside the plan’s years"), year);
  _ond_reconciliation_page_present_explanation (self, GTK_WIDGET (button),
                                                OND_EXPLANATION_YEAR, 0, year, heading);
}

static GtkWidget *
new_row (OndReconciliationPage *self,
         const OutsideYear     *year)
{
  const char *text = _ond_reconciliation_page_find_explanation (self, OND_EXPLANATION_YEAR, 0,
                                                                year->year);
  g_autofree char *title = g_strdup_printf ("%d", year->year);
  g_autofree char *amount = ond_money_format (year->total);
  g_autofree char *bookings = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *name = NULL;
  GtkWidget *row;
  GtkWidget *button;

  /* Translators: how many bookings a year outside the plan has and their total. */
  bookings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u booking, %s",
                                           "%u bookings, %s", year->n_bookings),
                              year->n_bookings, amount);
  if (text != NULL)
    {
      g_autofree char *start = _ond_reconciliation_page_explanation_start (text);

      subtitle = g_strdup_printf ("%s · %s", bookings, start);
    }
  else
    /* Translators: the bookings of a year outside the plan, and that it lacks an
     * explanation. */
    subtitle = g_strdup_printf (_("%s · no explanation yet: the council report will flag the "
                                  "year"), bookings);

  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "title", title,
                      "subtitle", subtitle,
                      "use-markup", FALSE,
                      "subtitle-lines", 2,
                      "activatable", FALSE,
                      "selectable", FALSE,
                      NULL);
  gtk_widget_set_tooltip_text (row, text);
  if (text == NULL)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row), _ond_reconciliation_page_new_warning ());

  if (_ond_reconciliation_page_can_write (self))
    {
      button = gtk_button_new ();
      ond_form_set_button_label (GTK_BUTTON (button), text != NULL ? _("_Edit…") : _("_Write…"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      name = text != NULL
             ? g_strdup_printf (_("Edit the explanation of %d"), year->year)
             : g_strdup_printf (_("Write the explanation of %d"), year->year);
      gtk_widget_set_tooltip_text (button, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
      g_object_set_data (G_OBJECT (button), YEAR_KEY, GINT_TO_POINTER (year->year));
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_write_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  return row;
}

void
_ond_reconciliation_page_update_outside_years (OndReconciliationPage *self)
{
  g_autoptr(GArray) years = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->outside_years_list))) != NULL)
    gtk_list_box_remove (self->outside_years_list, child);

  if (self->reconciliation == NULL || self->plan == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->outside_years_group), FALSE);
      return;
    }

  years = collect_years (self);
  for (guint i = 0; i < years->len; i++)
    gtk_list_box_append (self->outside_years_list,
                         new_row (self, &g_array_index (years, OutsideYear, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->outside_years_group), years->len > 0);
}
