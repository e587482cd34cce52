/* ond-overview-view-due.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The dashboard's follow-ups that are due (part of OndOverviewView, see
 * ond-overview-view-private.h): however many are due, only the most urgent
 * OND_OVERVIEW_DUE_SHOWN are read and listed, by reference, theme, status and date (no
 * personal data), with how many there are in all and a row to the casusoverleg for the
 * rest. A file with thousands due opens as fast as one with none. */

#define G_LOG_DOMAIN "ond-overview-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-case.h"
#include "ond-date.h"
#include "ond-overview-view-private.h"
#include "ond-store-cases.h"

/* A follow-up that is due: reference, theme and status, and the date. */
static GtkWidget *
create_due_row (gpointer item,
                gpointer user_data)
{
  OndOverviewView *self = user_data;
  OndCase *due = item;
  const char *theme = ond_case_get_theme_name (due);
  const char *date = ond_case_get_next_follow_up (due);
  g_autofree char *subtitle = NULL;
  g_autofree char *shown_date = ond_date_format (date);
  g_autofree char *accessible = NULL;
  GtkWidget *row;
  GtkWidget *date_label;

  if (theme != NULL && theme[0] != '\0')
    /* Translators: below a case reference on the dashboard: its theme and its status. */
    subtitle = g_strdup_printf (_("%s · %s"), theme, ond_case_get_status_label (due));
  else
    subtitle = g_strdup (ond_case_get_status_label (due));

  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "use-markup", FALSE,
                      "title", ond_case_get_reference (due),
                      "subtitle", subtitle,
                      "activatable", FALSE,
                      NULL);

  date_label = g_object_new (GTK_TYPE_LABEL, "label", shown_date, "valign", GTK_ALIGN_CENTER,
                             NULL);
  gtk_widget_add_css_class (date_label, "numeric");
  if (date != NULL && self->today != NULL && g_strcmp0 (date, self->today) < 0)
    {
      gtk_widget_add_css_class (date_label, "warning");
      /* Translators: a follow-up date that has passed, e.g. "Follow-up 01-03-2024,
       * overdue". */
      accessible = g_strdup_printf (_("Follow-up %s, overdue"), shown_date);
    }
  else
    /* Translators: a follow-up date, e.g. "Follow-up 14-03-2024". */
    accessible = g_strdup_printf (_("Follow-up %s"), shown_date);
  gtk_widget_set_tooltip_text (date_label, accessible);
  gtk_accessible_update_property (GTK_ACCESSIBLE (date_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), date_label);

  return row;
}

/* The most urgent follow-ups only, however many are due: the first few by date and a count,
 * with a row to the casusoverleg for all of them. */
void
_ond_overview_view_load_due (OndOverviewView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) due = NULL;
  g_autofree char *today = NULL;
  g_autofree char *description = NULL;
  g_autofree char *more = NULL;
  guint n = 0;

  /* The follow-ups name cases: a role on a team server that may not read them (budget,
   * reporting) sees the counts per status only. */
  if (self->store != NULL &&
      !(ond_store_get_access (self->store, NULL) & OND_STORE_ACCESS_READ_CASES))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->due_group), FALSE);
      return;
    }
  if (self->store != NULL)
    {
      if (!ond_store_count_due_cases (self->store, self->today, &n, &error) ||
          (due = ond_store_list_first_due_cases (self->store, self->today,
                                                 OND_OVERVIEW_DUE_SHOWN, &error)) == NULL)
        {
          _ond_overview_view_report_error (self, "Could not read the follow-ups", error);
          n = 0;
        }
    }

  self->n_due = n;
  g_set_object (&self->due, due);
  gtk_list_box_bind_model (self->due_list, self->due, create_due_row, self, NULL);

  today = ond_date_format (self->today);
  if (n > 0)
    /* Translators: %u is a number of open cases, %s today's date. */
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u open case has a follow-up date on or "
                                                "before today, %s",
                                                "%u open cases have a follow-up date on or "
                                                "before today, %s", n),
                                   n, today);
  adw_preferences_group_set_description (self->due_group, description);
  gtk_stack_set_visible_child_name (self->due_stack, n > 0 ? "due" : "none");

  gtk_widget_set_visible (self->due_more_list,
                          self->due != NULL && n > g_list_model_get_n_items (self->due));
  /* Translators: the last row below the first few follow-ups due on the dashboard; it
   * shows the casusoverleg. %u is the number due in all. */
  more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show All %u Follow-ups",
                                       "Show All %u Follow-ups", n),
                          n);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->due_more_row), more);
}
