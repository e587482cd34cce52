/* ond-reconciliation-summary.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The totals of the reconciliation page: how many differences there are in all years, and
 * the year's totals as rows (cost lines, funding, the plan's stated total, each against the
 * others; spent, committed, remaining). A row that checks something shows a check mark
 * when it agrees; a difference shows a warning icon, the amount in the warning style and the
 * difference in words, so that it is not told by colour alone. */

#define G_LOG_DOMAIN "ond-reconciliation-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-money.h"
#include "ond-reconciliation-page-private.h"

/* The rows of the totals, in their order. */
typedef enum
{
  SUMMARY_LINES,
  SUMMARY_FUNDING,
  SUMMARY_FUNDING_DIFFERENCE,
  SUMMARY_STATED,
  SUMMARY_STATED_VS_LINES,
  SUMMARY_STATED_VS_FUNDING,
  SUMMARY_SPENT,
  SUMMARY_COMMITTED,
  SUMMARY_REMAINING,
  N_SUMMARY_ROWS,
} SummaryRow;

static const char *const summary_titles[N_SUMMARY_ROWS] = {
  N_("Cost lines"),
  N_("Funding"),
  N_("Funding against cost lines"),
  N_("Plan total"),
  N_("Plan total against cost lines"),
  N_("Plan total against funding"),
  N_("Spent"),
  N_("Committed"),
  N_("Remaining"),
};

/* The icon in front of a row: a warning when flagged, a check mark on a row that checks
 * something and agrees, else an empty space the size of an icon (the rows stay aligned). */
void
_ond_reconciliation_page_flag_row (AdwActionRow *row,
                                   gboolean      flagged,
                                   const char   *text)
{
  GtkWidget *icon = g_object_get_data (G_OBJECT (row), "ond-flag-icon");
  GtkWidget *amount = g_object_get_data (G_OBJECT (row), "ond-amount");
  gboolean check = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "ond-check"));

  adw_action_row_set_subtitle (row, text != NULL ? text : "");
  gtk_widget_remove_css_class (icon, "warning");
  gtk_widget_remove_css_class (icon, "success");
  if (flagged)
    {
      gtk_image_set_from_icon_name (GTK_IMAGE (icon), "dialog-warning-symbolic");
      gtk_widget_add_css_class (icon, "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Difference"),
                                      -1);
    }
  else
    {
      gtk_image_set_from_icon_name (GTK_IMAGE (icon), "emblem-ok-symbolic");
      gtk_widget_add_css_class (icon, "success");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Agrees"),
                                      -1);
    }
  gtk_widget_set_opacity (icon, flagged || check ? 1.0 : 0.0);
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon),
                               GTK_ACCESSIBLE_STATE_HIDDEN, !(flagged || check),
                               -1);
  if (flagged)
    gtk_widget_add_css_class (amount, "warning");
  else
    gtk_widget_remove_css_class (amount, "warning");
}

/**
 * _ond_reconciliation_page_new_row:
 * @title: the row's title
 * @check: whether the row checks something (a difference, an earmark): it then shows a
 *   check mark when it agrees
 *
 * A row of figures: its title, an icon in front (see _ond_reconciliation_page_flag_row())
 * and an amount at the end (set with _ond_reconciliation_page_set_row_amount()).
 *
 * Returns: (transfer floating): the row
 */
AdwActionRow *
_ond_reconciliation_page_new_row (const char *title,
                                  gboolean    check)
{
  GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW,
                                 "title", title,
                                 "use-markup", FALSE,
                                 "subtitle-lines", 0,
                                 "activatable", FALSE,
                                 "selectable", FALSE,
                                 NULL);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *amount = g_object_new (GTK_TYPE_LABEL,
                                    "xalign", 1.0f,
                                    "valign", GTK_ALIGN_CENTER,
                                    "css-classes", (const char * const []) { "numeric", NULL },
                                    NULL);

  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), amount);
  g_object_set_data (G_OBJECT (row), "ond-flag-icon", icon);
  g_object_set_data (G_OBJECT (row), "ond-amount", amount);
  g_object_set_data (G_OBJECT (row), "ond-check", GINT_TO_POINTER (check));
  _ond_reconciliation_page_flag_row (ADW_ACTION_ROW (row), FALSE, NULL);
  return ADW_ACTION_ROW (row);
}

void
_ond_reconciliation_page_set_row_amount (AdwActionRow *row,
                                         const char   *amount)
{
  gtk_label_set_label (g_object_get_data (G_OBJECT (row), "ond-amount"), amount);
}

static void
set_summary (OndReconciliationPage *self,
             SummaryRow             which,
             const char            *amount,
             gboolean               flagged,
             const char            *text)
{
  AdwActionRow *row = g_ptr_array_index (self->summary_rows, which);

  _ond_reconciliation_page_set_row_amount (row, amount);
  _ond_reconciliation_page_flag_row (row, flagged, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text != NULL ? text : "",
                                  -1);
}

static void
set_summary_money (OndReconciliationPage *self,
                   SummaryRow             which,
                   gint64                 cents,
                   gboolean               flagged,
                   const char            *text)
{
  g_autofree char *amount = ond_money_format (cents);

  set_summary (self, which, amount, flagged, text);
}

/* The differences of the totals. */
typedef enum
{
  FUNDING_VS_LINES,
  STATED_VS_LINES,
  STATED_VS_FUNDING,
} Difference;

/* A difference between two totals in words, so that it is read, not only seen. */
static char *
describe_difference (Difference which,
                     gint64     difference)
{
  g_autofree char *amount = ond_money_format (ABS (difference));

  switch (which)
    {
    case FUNDING_VS_LINES:
      if (difference > 0)
        /* Translators: %s is an amount, e.g. "€ 5.000 of the funding is not assigned to a
         * cost line". */
        return g_strdup_printf (_("%s of the funding is not assigned to a cost line"), amount);
      if (difference < 0)
        /* Translators: %s is an amount. */
        return g_strdup_printf (_("The cost lines exceed the funding by %s"), amount);
      return g_strdup (_("Balanced: the cost lines add up to the funding"));

    case STATED_VS_LINES:
      if (difference > 0)
        /* Translators: %s is an amount. */
        return g_strdup_printf (_("The plan's total is %s more than the cost lines"), amount);
      if (difference < 0)
        /* Translators: %s is an amount. */
        return g_strdup_printf (_("The plan's total is %s less than the cost lines"), amount);
      return g_strdup (_("Balanced: the plan's total is the sum of the cost lines"));

    case STATED_VS_FUNDING:
    default:
      if (difference > 0)
        /* Translators: %s is an amount. */
        return g_strdup_printf (_("The plan's total is %s more than the funding"), amount);
      if (difference < 0)
        /* Translators: %s is an amount. */
        return g_strdup_printf (_("The plan's total is %s less than the funding"), amount);
      return g_strdup (_("Balanced: the plan's total is the funding"));
    }
}

static void
clear_summary (OndReconciliationPage *self)
{
  for (guint i = 0; i < N_SUMMARY_ROWS; i++)
    set_summary (self, i, C_("amount", "—"), FALSE, NULL);
}

static void
update_totals (OndReconciliationPage *self)
{
  OndYearFigures year;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;

  if (self->reconciliation == NULL ||
      !ond_reconciliation_get_year (self->reconciliation, self->year, &year))
    {
      adw_preferences_group_set_title (self->summary_group, _("Totals"));
      clear_summary (self);
      return;
    }

  /* Translators: the heading of the totals of a year, e.g. "Totals for 2023". */
  title = g_strdup_printf (_("Totals for %d"), self->year);
  adw_preferences_group_set_title (self->summary_group, title);

  set_summary_money (self, SUMMARY_LINES, year.lines_total, FALSE, NULL);
  set_summary_money (self, SUMMARY_FUNDING, year.funding_total, FALSE, NULL);

  text = describe_difference (FUNDING_VS_LINES, year.funding_difference);
  set_summary_money (self, SUMMARY_FUNDING_DIFFERENCE, year.funding_difference,
                     year.funding_difference != 0, text);
  g_clear_pointer (&text, g_free);

  if (!year.has_stated_total)
    {
      /* Translators: shown where the plan states no total for a year. */
      set_summary (self, SUMMARY_STATED, _("not stated"), FALSE,
                   _("The plan states no total for this year"));
      set_summary (self, SUMMARY_STATED_VS_LINES, C_("amount", "—"), FALSE, NULL);
      set_summary (self, SUMMARY_STATED_VS_FUNDING, C_("amount", "—"), FALSE, NULL);
    }
  else
    {
      set_summary_money (self, SUMMARY_STATED, year.stated_total, FALSE, NULL);
      text = describe_difference (STATED_VS_LINES, year.stated_vs_lines);
      set_summary_money (self, SUMMARY_STATED_VS_LINES, year.stated_vs_lines,
                         year.stated_vs_lines != 0, text);
      g_clear_pointer (&text, g_free);
      text = describe_difference (STATED_VS_FUNDING, year.stated_vs_funding);
      set_summary_money (self, SUMMARY_STATED_VS_FUNDING, year.stated_vs_funding,
                         year.stated_vs_funding != 0, text);
      g_clear_pointer (&text, g_free);
    }

  set_summary_money (self, SUMMARY_SPENT, year.spent, FALSE, NULL);
  set_summary_money (self, SUMMARY_COMMITTED, year.committed, FALSE, NULL);
  if (year.remaining < 0)
    {
      g_autofree char *amount = ond_money_format (-year.remaining);

      /* Translators: %s is an amount. */
      text = g_strdup_printf (_("Spent and committed exceed the cost lines by %s"), amount);
    }
  set_summary_money (self, SUMMARY_REMAINING, year.remaining, year.remaining < 0, text);
}

/* How many differences there are in all years: the first thing a budget owner reads. */
static void
update_status (OndReconciliationPage *self)
{
  g_autofree char *text = NULL;
  guint n_flags;

  if (self->reconciliation == NULL)
    {
      gtk_label_set_label (self->status_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->status_icon), FALSE);
      return;
    }

  n_flags = ond_reconciliation_count_flags (self->reconciliation);
  gtk_widget_set_visible (GTK_WIDGET (self->status_icon), TRUE);
  if (n_flags == 0)
    {
      text = g_strdup (_("Everything agrees: no differences in any year"));
      gtk_image_set_from_icon_name (self->status_icon, "emblem-ok-symbolic");
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), "success");
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "warning");
    }
  else
    {
      /* Translators: how many differences the reconciliation found over the plan's years. */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u difference in the plan's years needs attention",
                                           "%u differences in the plan's years need attention",
                                           n_flags),
                              n_flags);
      gtk_image_set_from_icon_name (self->status_icon, "dialog-warning-symbolic");
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "success");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "warning");
    }
  gtk_label_set_label (self->status_label, text);
}

void
_ond_reconciliation_page_init_summary (OndReconciliationPage *self)
{
  for (guint i = 0; i < N_SUMMARY_ROWS; i++)
    {
      gboolean check = i == SUMMARY_FUNDING_DIFFERENCE || i == SUMMARY_STATED_VS_LINES ||
                       i == SUMMARY_STATED_VS_FUNDING || i == SUMMARY_REMAINING;
      AdwActionRow *row = _ond_reconciliation_page_new_row (_(summary_titles[i]), check);

      adw_preferences_group_add (self->summary_group, GTK_WIDGET (row));
      g_ptr_array_add (self->summary_rows, row);
    }
}

void
_ond_reconciliation_page_update_summary (OndReconciliationPage *self)
{
  update_status (self);
  update_totals (self);
}
