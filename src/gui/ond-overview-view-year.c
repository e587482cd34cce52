/* ond-overview-view-year.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The reporting year on the dashboard (part of OndOverviewView): the figures that matter
 * most (every figure with a target, and the MMA and C3 signals) with their value, their
 * target to date and status; the running total of the integrale controles against their
 * target line; the planning rows that are overdue; and the budget spent so far against
 * the year's budget. Each row leads to its section. The reporting year is the export's:
 * today's year clamped to the plan's period (ond_report_default_year). */

#define G_LOG_DOMAIN "ond-overview-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ond-budget-summary.h"
#include "ond-date.h"
#include "ond-figure.h"
#include "ond-money.h"
#include "ond-overview-view-private.h"
#include "ond-plan-item.h"
#include "ond-store-bookings.h"
#include "ond-store-figures.h"
#include "ond-xlsx-export.h"

/* Figures without a target that the dashboard shows all the same, after those with one. */
static const char *const signal_codes[] = { "mma_reports", "c3_signals" };
/* The figure whose running total the dashboard draws. */
#define CHART_CODE  "integrated_controls"
/* At most this many overdue planning rows are listed; the planning shows them all. */
#define MAX_OVERDUE 5

static gboolean
is_signal_figure (OndFigure *figure)
{
  for (guint i = 0; i < G_N_ELEMENTS (signal_codes); i++)
    if (g_strcmp0 (ond_figure_get_code (figure), signal_codes[i]) == 0)
      return TRUE;
  return FALSE;
}

/* A whole number as it is, else with one decimal (a target to date). */
static char *
format_number (double value)
{
  if (fabs (value - round (value)) < 0.05)
    return g_strdup_printf ("%.0f", round (value));
  return g_strdup_printf ("%.1f", value);
}

/* "84 meldingen", or "no value". */
static char *
describe_value (OndFigure *figure,
                int        year)
{
  const char *unit = ond_figure_get_unit (figure);
  g_autofree char *number = NULL;
  gint64 value;

  if (!ond_figure_get_value (figure, year, &value))
    return g_strdup (_("no value"));
  number = g_strdup_printf ("%" G_GINT64_FORMAT, value);
  if (unit == NULL || unit[0] == '\0')
    return g_steal_pointer (&number);
  /* Translators: a figure's value and its unit, e.g. "84 meldingen" (the unit is Dutch
   * data). */
  return g_strdup_printf (_("%s %s"), number, unit);
}

static char *
describe_figure (OndFigure *figure,
                 int        year)
{
  g_autofree char *value = describe_value (figure, year);
  gint64 target = ond_figure_get_target (figure);
  double to_date = ond_figure_get_target_to_date (figure);
  g_autofree char *whole = g_strdup_printf ("%" G_GINT64_FORMAT, target);
  gint64 previous;

  if (target >= 0 && to_date < (double) target)
    {
      g_autofree char *due = format_number (to_date);

      /* Translators: a figure of the running year on the dashboard: the value so far, the
       * part of the target due by today and the year's target, e.g. "3 controles so far ·
       * 4.9 due by today of a target of 10". */
      return g_strdup_printf (_("%s so far · %s due by today of a target of %s"), value, due,
                              whole);
    }
  if (target >= 0)
    /* Translators: a figure of a year that has ended, against its target, e.g. "8
     * controles · target 10". */
    return g_strdup_printf (_("%s · target %s"), value, whole);
  if (ond_figure_get_value (figure, year - 1, &previous))
    {
      g_autofree char *before = g_strdup_printf ("%" G_GINT64_FORMAT, previous);

      /* Translators: a figure without a target and the previous year's, e.g. "84
       * meldingen · 2023: 80". */
      return g_strdup_printf (_("%s · %d: %s"), value, year - 1, before);
    }
  return g_steal_pointer (&value);
}

static GtkWidget *
create_next_icon (void)
{
  return g_object_new (GTK_TYPE_IMAGE,
                       "icon-name", "go-next-symbolic",
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                       NULL);
}

/* A figure: its name, value and target to date; its status (or, without a target, its
 * trend); leading to the monitoring section. */
static GtkWidget *
create_figure_row (gpointer item,
                   gpointer user_data)
{
  OndOverviewView *self = user_data;
  OndFigure *figure = item;
  OndFigureStatus status = ond_figure_get_status (figure);
  OndFigureTrend trend = ond_figure_get_trend (figure);
  g_autofree char *subtitle = describe_figure (figure, self->year);
  GtkWidget *row;
  GtkWidget *badge = NULL;

  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "use-markup", FALSE,
                      "title", ond_figure_get_name (figure),
                      "title-lines", 2,
                      "subtitle", subtitle,
                      "activatable", TRUE,
                      "action-name", "win.show-section",
                      "action-target", g_variant_new_string ("monitoring"),
                      NULL);

  if (status != OND_FIGURE_STATUS_NONE)
    {
      badge = g_object_new (GTK_TYPE_LABEL,
                            "label", ond_figure_status_label (status),
                            "valign", GTK_ALIGN_CENTER,
                            NULL);
      gtk_widget_add_css_class (badge, ond_figure_status_css_class (status));
    }
  else if (trend != OND_FIGURE_TREND_UNKNOWN)
    {
      badge = g_object_new (GTK_TYPE_LABEL,
                            "label", ond_figure_trend_label (trend),
                            "valign", GTK_ALIGN_CENTER,
                            NULL);
      gtk_widget_add_css_class (badge, "dim-label");
    }
  if (badge != NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_next_icon ());
  return row;
}

/* The months of @year that have passed on @now (the running month counts). */
static guint
months_passed (int        year,
               GDateTime *now)
{
  int this_year = g_date_time_get_year (now);

  if (year < this_year)
    return 12;
  if (year > this_year)
    return 0;
  return (guint) g_date_time_get_month (now);
}

/* The running total of the integrale controles per month; for a year entered by hand (no
 * months) the years side by side instead. */
static void
load_chart (OndOverviewView *self,
            OndFigure       *figure)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gint64 target = ond_figure_get_target (figure);
  gint64 months[12] = { 0 };
  gboolean by_month = FALSE;

  if (!ond_store_get_figure_months (self->store, ond_figure_get_code (figure), self->year,
                                    months, &by_month, &error))
    {
      _ond_overview_view_report_error (self, "Could not read the figure's months", error);
      gtk_widget_set_visible (self->figures_chart_card, FALSE);
      return;
    }

  /* Translators: the title of a chart on the dashboard: a figure and the year, e.g.
   * "Integrale controles 2024". */
  title = g_strdup_printf (_("%s %d"), ond_figure_get_name (figure), self->year);
  if (by_month)
    ond_chart_view_set_cumulative (self->figures_chart, title, months,
                                   months_passed (self->year, self->now),
                                   target >= 0 ? (double) target : -1.0);
  else
    {
      int first = ond_figure_get_first_year (figure);
      int last = ond_figure_get_last_year (figure);
      g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
      g_autofree OndChartBar *bars = g_new0 (OndChartBar, last - first + 1);
      g_autofree char *target_label = NULL;

      for (int year = first; year <= last; year++)
        {
          OndChartBar *bar = &bars[year - first];
          gint64 value = 0;

          g_ptr_array_add (labels, g_strdup_printf ("%d", year));
          bar->label = g_ptr_array_index (labels, labels->len - 1);
          bar->known = ond_figure_get_value (figure, year, &value);
          bar->value = (double) value;
          bar->highlight = year == self->year;
        }
      if (target >= 0)
        {
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, target);

          /* Translators: the label of a chart's target line, e.g. "Target 10". */
          target_label = g_strdup_printf (_("Target %s"), number);
        }
      ond_chart_view_set_bars (self->figures_chart, ond_figure_get_name (figure), bars,
                               last - first + 1, target >= 0 ? (double) target : -1.0,
                               target_label);
    }
  gtk_widget_set_visible (self->figures_chart_card, TRUE);
}

static void
load_figures (OndOverviewView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(OndFigure) chart_figure = NULL;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  g_autofree char *today = NULL;

  g_list_store_remove_all (self->figures);
  gtk_widget_set_visible (GTK_WIDGET (self->figures_group), self->year > 0);
  if (self->year == 0)
    return;

  all = ond_store_list_figures (self->store, ond_plan_get_id (self->plan), self->year,
                                self->now, &error);
  if (all == NULL)
    {
      _ond_overview_view_report_error (self, "Could not read the figures", error);
      gtk_widget_set_visible (GTK_WIDGET (self->figures_group), FALSE);
      return;
    }

  /* The figures with a target first, then the signals, each in the figures' order. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < g_list_model_get_n_items (all); i++)
      {
        g_autoptr(OndFigure) figure = g_list_model_get_item (all, i);
        gboolean has_target = ond_figure_get_target (figure) >= 0;

        if (pass == 0 ? has_target : (!has_target && is_signal_figure (figure)))
          g_list_store_append (self->figures, figure);
        if (pass == 0 && g_strcmp0 (ond_figure_get_code (figure), CHART_CODE) == 0)
          g_set_object (&chart_figure, figure);
      }

  /* Translators: the title of the dashboard's figures, e.g. "Monitoring 2024". */
  title = g_strdup_printf (_("Monitoring %d"), self->year);
  adw_preferences_group_set_title (self->figures_group, title);
  today = ond_date_format (self->today);
  if (months_passed (self->year, self->now) == 12)
    /* Translators: %d is the reporting year, which has ended. */
    description = g_strdup_printf (_("%d has ended: each figure against its whole target"),
                                   self->year);
  else
    /* Translators: %s is today's date, dd-mm-yyyy. */
    description = g_strdup_printf (_("Where the figures stand on %s; the target to date is "
                                     "the part of the year's target that is due by today"),
                                   today);
  adw_preferences_group_set_description (self->figures_group, description);

  if (chart_figure != NULL)
    load_chart (self, chart_figure);
  else
    gtk_widget_set_visible (self->figures_chart_card, FALSE);
}

static GtkWidget *
create_overdue_row (gpointer item,
                    gpointer user_data)
{
  OndPlanItem *plan_item = item;
  g_autofree char *subtitle = NULL;
  const char *who = ond_plan_item_get_who (plan_item);
  GtkWidget *row;

  if (who != NULL && who[0] != '\0')
    /* Translators: an overdue planning row on the dashboard: year, period, who and status,
     * e.g. "2023 · Q1 · Regiegroep ondermijning · Gepland". */
    subtitle = g_strdup_printf (_("%d · %s · %s · %s"), ond_plan_item_get_year (plan_item),
                                ond_plan_item_get_period_label (plan_item), who,
                                ond_plan_item_get_status_label (plan_item));
  else
    /* Translators: an overdue planning row without a "who": year, period and status. */
    subtitle = g_strdup_printf (_("%d · %s · %s"), ond_plan_item_get_year (plan_item),
                                ond_plan_item_get_period_label (plan_item),
                                ond_plan_item_get_status_label (plan_item));

  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "use-markup", FALSE,
                      "title", ond_plan_item_get_what (plan_item),
                      "title-lines", 2,
                      "subtitle", subtitle,
                      "activatable", TRUE,
                      "action-name", "win.show-section",
                      "action-target", g_variant_new_string ("planning"),
                      NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_next_icon ());
  return row;
}

static void
load_overdue (OndOverviewView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autofree char *subtitle = NULL;
  guint n_items;
  guint n_overdue = 0;

  g_list_store_remove_all (self->overdue);
  items = ond_store_list_plan_items (self->store, ond_plan_get_id (self->plan), &error);
  if (items == NULL)
    {
      _ond_overview_view_report_error (self, "Could not read the planning", error);
      return;
    }

  n_items = g_list_model_get_n_items (items);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(OndPlanItem) item = g_list_model_get_item (items, i);

      if (!ond_plan_item_is_overdue (item, self->now))
        continue;
      if (n_overdue < MAX_OVERDUE)
        g_list_store_append (self->overdue, item);
      n_overdue++;
    }

  if (n_overdue == 0)
    subtitle = g_strdup (_("No planning item is past its period without being done"));
  else if (n_overdue > MAX_OVERDUE)
    /* Translators: %u of %u planning items; the first five are listed below. */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u of %u planning item is past its period and "
                                             "not done; the oldest %u:",
                                             "%u of %u planning items are past their period "
                                             "and not done; the oldest %u:", n_overdue),
                                n_overdue, n_items, MAX_OVERDUE);
  else
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u of %u planning item is past its period and "
                                             "not done",
                                             "%u of %u planning items are past their period "
                                             "and not done", n_overdue),
                                n_overdue, n_items);
  adw_action_row_set_subtitle (self->overdue_row, subtitle);
  gtk_widget_set_visible (self->overdue_icon, n_overdue > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->overdue_list), n_overdue > 0);
}

static void
load_spent (OndOverviewView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) summaries = NULL;
  g_autoptr(OndBudgetSummary) summary = NULL;
  g_autofree char *title = NULL;
  g_autofree char *spent_text = NULL;
  g_autofree char *budget_text = NULL;
  g_autofree char *subtitle = NULL;
  gint64 plan_id = ond_plan_get_id (self->plan);
  gint64 spent = 0;
  gint64 budget = 0;

  /* Translators: a row on the dashboard, e.g. "Budget Spent in 2024". */
  title = g_strdup_printf (_("Budget Spent in %d"), self->year);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->spent_row), title);

  if (!ond_store_sum_bookings (self->store, plan_id, self->year, "realisatie", &spent, &error)
      || (summaries = ond_budget_summary_list (self->store, plan_id, self->year, self->year,
                                               &error)) == NULL)
    {
      _ond_overview_view_report_error (self, "Could not read the budget", error);
      return;
    }
  if (g_list_model_get_n_items (summaries) > 0)
    {
      summary = g_list_model_get_item (summaries, 0);
      budget = ond_budget_summary_get_lines_total (summary);
    }

  spent_text = ond_money_format (spent);
  budget_text = ond_money_format (budget);
  if (budget <= 0)
    /* Translators: money spent in a year that has no budget, e.g. "€ 1.500 spent; 2024
     * has no budget". */
    subtitle = g_strdup_printf (_("%s spent; %d has no budget"), spent_text, self->year);
  else if (spent > budget)
    {
      g_autofree char *over = ond_money_format (spent - budget);

      /* Translators: e.g. "€ 190.000 of € 185.000 spent: € 5.000 over budget". */
      subtitle = g_strdup_printf (_("%s of %s spent: %s over budget"), spent_text, budget_text,
                                  over);
    }
  else
    /* Translators: e.g. "€ 92.500 of € 185.000 spent (50%)"; %d%% is a percentage. */
    subtitle = g_strdup_printf (_("%s of %s spent (%d%%)"), spent_text, budget_text,
                                (int) (MAX (spent, 0) * 100 / budget));
  adw_action_row_set_subtitle (self->spent_row, subtitle);

  gtk_widget_set_visible (GTK_WIDGET (self->spent_bar), budget > 0);
  gtk_level_bar_set_value (self->spent_bar,
                           budget > 0 ? CLAMP ((double) spent / (double) budget, 0.0, 1.0) : 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spent_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, subtitle,
                                  -1);
  if (spent > budget)
    gtk_widget_add_css_class (GTK_WIDGET (self->spent_bar), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->spent_bar), "error");
}

void
_ond_overview_view_load_year (OndOverviewView *self)
{
  g_autofree char *title = NULL;

  g_list_store_remove_all (self->figures);
  g_list_store_remove_all (self->overdue);
  self->year = 0;
  if (self->store != NULL && self->plan != NULL)
    self->year = ond_report_default_year (ond_plan_get_first_year (self->plan),
                                          ond_plan_get_last_year (self->plan), self->now);

  gtk_widget_set_visible (GTK_WIDGET (self->figures_group), self->year > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_group), self->year > 0);
  if (self->year == 0)
    return;

  load_figures (self);

  /* Translators: the title of a dashboard group, e.g. "Planning and Budget 2024". */
  title = g_strdup_printf (_("Planning and Budget %d"), self->year);
  adw_preferences_group_set_title (self->progress_group, title);
  load_overdue (self);
  load_spent (self);
}

/* Called once from init: the lists bound to their models. */
void
_ond_overview_view_init_year (OndOverviewView *self)
{
  self->figures = g_list_store_new (OND_TYPE_FIGURE);
  self->overdue = g_list_store_new (OND_TYPE_PLAN_ITEM);
  gtk_list_box_bind_model (self->figures_list, G_LIST_MODEL (self->figures),
                           create_figure_row, self, NULL);
  gtk_list_box_bind_model (self->overdue_list, G_LIST_MODEL (self->overdue),
                           create_overdue_row, self, NULL);

  /* The bar shows how much is spent, not whether that is good: no low/high colours. */
  gtk_level_bar_remove_offset_value (self->spent_bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->spent_bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->spent_bar, GTK_LEVEL_BAR_OFFSET_FULL);
}
