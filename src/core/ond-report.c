/* ond-report.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* ond_report_gather () (ond-report.h), which reads the plan, the progress, the monitoring
 * figures and the case counts inside a council scope (the budget: ond-report-budget.c; the
 * parts of a report: ond-report-parts.c). It only calls the store's public reading functions;
 * the scope makes any of them that would read a person's data fail instead.
 */

#define G_LOG_DOMAIN "ond-report"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-action.h"
#include "ond-figure.h"
#include "ond-indicator.h"
#include "ond-pillar.h"
#include "ond-plan-item.h"
#include "ond-plan.h"
#include "ond-report-private.h"
#include "ond-store-council.h"
#include "ond-store-figures.h"
#include "ond-theme.h"
#include "ond-xlsx-export.h"

/* Gathering. */

static OndPlan *
find_plan (OndStore  *store,
           gint64     plan_id,
           GError   **error)
{
  g_autoptr(GListModel) plans = NULL;
  guint n;

  if (plan_id == 0)
    {
      g_autoptr(GError) local_error = NULL;
      OndPlan *plan = ond_store_dup_current_plan (store, &local_error);

      if (plan == NULL && local_error == NULL)
        g_set_error_literal (&local_error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                             _("The database holds no plan."));
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return plan;
    }

  plans = ond_store_list_plans (store, error);
  if (plans == NULL)
    return NULL;
  n = g_list_model_get_n_items (plans);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndPlan) plan = g_list_model_get_item (plans, i);

      if (ond_plan_get_id (plan) == plan_id)
        return g_steal_pointer (&plan);
    }
  g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                       _("The plan does not exist."));
  return NULL;
}

static void
gather_pillars (OndReport   *report,
                GListModel  *pillars,
                GListModel  *items,
                GListModel  *actions,
                GHashTable  *explanations,
                GDateTime   *now)
{
  guint n = g_list_model_get_n_items (pillars);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndPillar) pillar = g_list_model_get_item (pillars, i);
      OndReportPillar *p = _ond_report_pillar_new ();
      const char *text;

      p->pillar_id = ond_pillar_get_id (pillar);
      p->number = ond_pillar_get_number (pillar);
      p->name = g_strdup (ond_pillar_get_name (pillar));
      p->title = g_strdup (ond_pillar_get_title (pillar));
      p->objective = g_strdup (ond_pillar_get_objective (pillar));
      ond_plan_progress_count (items, actions, OND_PLAN_PROGRESS_PILLAR, p->number,
                               report->year, now, &p->progress);
      text = _ond_report_find_explanation (explanations, OND_EXPLANATION_PILLAR, p->pillar_id,
                                           report->year);
      if (text == NULL)
        text = _ond_report_find_explanation (explanations, OND_EXPLANATION_PILLAR,
                                             p->pillar_id, 0);
      p->explanation = g_strdup (text);
      g_ptr_array_add (report->pillars, p);
    }
}

static OndReportPlanRow *
plan_row_new (OndPlanItem *item,
              guint        position,
              GDateTime   *now)
{
  OndReportPlanRow *row = _ond_report_plan_row_new ();
  const char *targets = ond_plan_item_get_targets (item);

  row->plan_item_id = ond_plan_item_get_id (item);
  row->year = ond_plan_item_get_year (item);
  row->period = g_strdup (ond_plan_item_get_period_label (item));
  row->text = g_strdup (ond_plan_item_get_what (item));
  row->owner = g_strdup (ond_plan_item_get_who (item));
  row->status = g_strdup (ond_plan_item_get_status (item));
  row->status_label = g_strdup (ond_plan_item_get_status_label (item));
  row->overdue = ond_plan_item_is_overdue (item, now);
  row->targets = targets != NULL && *targets != '\0' ? g_strdup (targets) : NULL;
  row->position = position;
  return row;
}

/* The planning per theme: the themes in order, then the rows of no theme of the plan. */
static void
gather_themes (OndReport   *report,
               GListModel  *themes,
               GListModel  *items,
               GListModel  *actions,
               GDateTime   *now)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  OndReportTheme *none = NULL;
  guint n_themes = g_list_model_get_n_items (themes);
  guint n_items = g_list_model_get_n_items (items);

  for (guint i = 0; i < n_themes; i++)
    {
      g_autoptr(OndTheme) theme = g_list_model_get_item (themes, i);
      OndReportTheme *t = _ond_report_theme_new ();

      t->theme_id = ond_theme_get_id (theme);
      t->name = g_strdup (ond_theme_get_name (theme));
      ond_plan_progress_count (items, actions, OND_PLAN_PROGRESS_THEME, t->theme_id,
                               report->year, now, &t->progress);
      g_ptr_array_add (report->themes, t);
      g_hash_table_insert (by_id, &t->theme_id, t);
    }

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(OndPlanItem) item = g_list_model_get_item (items, i);
      gint64 theme_id = ond_plan_item_get_theme_id (item);
      OndReportTheme *t = g_hash_table_lookup (by_id, &theme_id);

      if (t == NULL)
        {
          if (none == NULL)
            {
              none = _ond_report_theme_new ();
              none->name = g_strdup ("Geen thema");
            }
          t = none;
        }
      g_ptr_array_add (t->rows, plan_row_new (item, i, now));
    }
  if (none != NULL)
    g_ptr_array_add (report->themes, none);
}

static gboolean
gather_figures (OndReport   *report,
                OndStore    *store,
                GHashTable  *explanations,
                GDateTime   *now,
                GError     **error)
{
  g_autoptr(GListModel) indicators = ond_store_list_indicators (store, error);
  g_autoptr(GListModel) figures = NULL;
  g_autoptr(GHashTable) ids = NULL;
  guint n;

  if (indicators == NULL)
    return FALSE;
  figures = ond_store_list_figures (store, report->plan_id, report->year, now, error);
  if (figures == NULL)
    return FALSE;

  ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  n = g_list_model_get_n_items (indicators);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndIndicator) indicator = g_list_model_get_item (indicators, i);

      g_hash_table_insert (ids, g_strdup (ond_indicator_get_code (indicator)),
                           g_memdup2 (&(gint64) { ond_indicator_get_id (indicator) },
                                      sizeof (gint64)));
    }

  n = g_list_model_get_n_items (figures);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndFigure) figure = g_list_model_get_item (figures, i);
      OndReportFigure *f = _ond_report_figure_new ();
      const gint64 *id = g_hash_table_lookup (ids, ond_figure_get_code (figure));
      const OndReportValue *reported;

      f->indicator_id = id != NULL ? *id : 0;
      f->code = g_strdup (ond_figure_get_code (figure));
      f->name = g_strdup (ond_figure_get_name (figure));
      f->unit = g_strdup (ond_figure_get_unit (figure));
      f->parent_code = g_strdup (ond_figure_get_parent_code (figure));
      for (int year = report->baseline_year; year <= report->last_year; year++)
        {
          OndReportValue value = { year, FALSE, 0, OND_FIGURE_ORIGIN_NONE };

          value.has_value = ond_figure_get_value (figure, year, &value.value);
          value.origin = ond_figure_get_origin (figure, year);
          if (!value.has_value)
            value.value = 0;
          g_array_append_val (f->values, value);
        }
      f->target = ond_figure_get_target (figure);
      f->status = ond_figure_get_status (figure);
      f->status_label = g_strdup (ond_report_status_label (f->status));
      f->behind = f->status == OND_FIGURE_STATUS_BEHIND ||
                  f->status == OND_FIGURE_STATUS_FAR_BEHIND;
      f->explanation = g_strdup (_ond_report_find_explanation (explanations,
                                                               OND_EXPLANATION_INDICATOR,
                                                               f->indicator_id, report->year));
      f->explanation_missing = f->behind && f->explanation == NULL;
      g_ptr_array_add (report->figures, f);
      /* The months of the reporting year, for the cumulative chart (a hand value has none). */
      reported = &g_array_index (f->values, OndReportValue,
                                 report->year - report->baseline_year);
      if (reported->origin != OND_FIGURE_ORIGIN_MANUAL &&
          !ond_store_get_figure_months (store, f->code, report->year, f->months, &f->by_month,
                                        error))
        return FALSE;
    }
  return TRUE;
}

/* Adds a row of theme x status counts (@counts: theme id or 0 -> gint64[n_statuses]). */
static void
add_theme_cases (OndReport   *report,
                 gint64       theme_id,
                 const char  *label,
                 const char  *short_label,
                 const gint64 *counts)
{
  OndReportThemeCases *row = _ond_report_theme_cases_new ();
  guint n_statuses = report->case_statuses->len;

  row->theme_id = theme_id;
  row->label = g_strdup (label);
  row->short_label = short_label != NULL && *short_label != '\0' ? g_strdup (short_label) : NULL;
  for (guint s = 0; s < n_statuses; s++)
    {
      gint64 count = counts != NULL ? counts[s] : 0;

      g_array_append_val (row->counts, count);
      row->total += count;
    }
  g_ptr_array_add (report->cases_by_theme, row);
}

/* Appends the counts of the signals of @year by @by to @to. */
static gboolean
add_counts (GPtrArray       *to,
            OndStore        *store,
            int              year,
            OndCaseCountBy   by,
            GError         **error)
{
  GPtrArray *counts = ond_store_count_cases (store, year, by, error);

  if (counts == NULL)
    return FALSE;
  g_ptr_array_extend_and_steal (to, counts);
  return TRUE;
}

static gboolean
gather_cases (OndReport   *report,
              OndStore    *store,
              GListModel  *themes,
              GError     **error)
{
  g_autoptr(GPtrArray) cells = NULL;
  g_autoptr(GHashTable) plan_rows = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                           g_free, g_free);
  g_autofree gint64 *other = NULL;
  g_autofree gint64 *no_theme = NULL;
  guint n_statuses, n_themes;

  if (!add_counts (report->case_statuses, store, report->year, OND_CASE_COUNT_BY_STATUS,
                   error) ||
      !add_counts (report->cases_by_source, store, report->year, OND_CASE_COUNT_BY_SOURCE,
                   error) ||
      !add_counts (report->cases_by_outcome, store, report->year, OND_CASE_COUNT_BY_OUTCOME,
                   error))
    return FALSE;
  cells = ond_store_count_cases_by_theme_status (store, report->year, error);
  if (cells == NULL)
    return FALSE;

  n_statuses = report->case_statuses->len;
  n_themes = g_list_model_get_n_items (themes);
  for (guint i = 0; i < n_themes; i++)
    {
      g_autoptr(OndTheme) theme = g_list_model_get_item (themes, i);

      g_hash_table_insert (plan_rows, g_memdup2 (&(gint64) { ond_theme_get_id (theme) },
                                                 sizeof (gint64)),
                           g_new0 (gint64, MAX (n_statuses, 1)));
    }
  other = g_new0 (gint64, MAX (n_statuses, 1));
  no_theme = g_new0 (gint64, MAX (n_statuses, 1));

  for (guint c = 0; c < cells->len; c++)
    {
      const OndThemeStatusCount *cell = g_ptr_array_index (cells, c);
      gint64 *counts = cell->theme_id == 0 ? no_theme :
                       g_hash_table_lookup (plan_rows, &cell->theme_id);

      if (counts == NULL)
        counts = other;
      for (guint s = 0; s < n_statuses; s++)
        {
          if (g_strcmp0 (((const OndCount *)
                          g_ptr_array_index (report->case_statuses, s))->code,
                         cell->status) == 0)
            counts[s] += cell->count;
        }
    }

  for (guint i = 0; i < n_themes; i++)
    {
      g_autoptr(OndTheme) theme = g_list_model_get_item (themes, i);
      gint64 id = ond_theme_get_id (theme);

      add_theme_cases (report, id, ond_theme_get_name (theme), ond_theme_get_short_name (theme),
                       g_hash_table_lookup (plan_rows, &id));
    }
  for (guint s = 0; s < n_statuses; s++)
    {
      if (other[s] != 0)
        {
          add_theme_cases (report, 0, "Thema van een ander plan", NULL, other);
          break;
        }
    }
  add_theme_cases (report, 0, "Geen thema", NULL, no_theme);
  return TRUE;
}

/* Everything but the plan's own fields and the budget. */
static gboolean
gather_content (OndReport   *report,
                OndStore    *store,
                GHashTable  *explanations,
                GDateTime   *now,
                GError     **error)
{
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(GListModel) pillars = NULL;
  g_autoptr(GListModel) themes = NULL;

  items = ond_store_list_plan_items (store, report->plan_id, error);
  if (items == NULL)
    return FALSE;
  actions = ond_store_list_actions (store, report->plan_id, error);
  if (actions == NULL)
    return FALSE;
  pillars = ond_store_list_pillars (store, report->plan_id, error);
  if (pillars == NULL)
    return FALSE;
  themes = ond_store_list_themes (store, report->plan_id, error);
  if (themes == NULL)
    return FALSE;

  ond_plan_progress_count (items, actions, OND_PLAN_PROGRESS_PLAN, 0, report->year, now,
                           &report->progress);
  gather_pillars (report, pillars, items, actions, explanations, now);
  gather_themes (report, themes, items, actions, now);
  return gather_figures (report, store, explanations, now, error) &&
         _ond_report_gather_budget (report, store, explanations, error) &&
         gather_cases (report, store, themes, error) &&
         _ond_report_gather_menu (report, store, error);
}

/**
 * ond_report_gather:
 * @store: an open #OndStore
 * @plan_id: the plan; 0 for the current plan
 * @year: the reporting year; 0 for the default (ond_report_default_year())
 * @now: the moment of the report: its date, what is overdue, the targets to date
 * @error: return location for an error
 *
 * Gathers the data of the progress report (see ond-report.h) inside a council scope: it
 * enters one itself unless @store is in one already, so nothing it reads can be a person's
 * data. A year outside the plan's period fails with %OND_STORE_ERROR_INVALID; a plan that
 * does not exist with %OND_STORE_ERROR_NOT_FOUND. Writes nothing.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
OndReport *
ond_report_gather (OndStore   *store,
                   gint64      plan_id,
                   int         year,
                   GDateTime  *now,
                   GError    **error)
{
  g_autoptr(OndCouncilScope) scope = NULL;
  g_autoptr(OndPlan) plan = NULL;
  g_autoptr(OndReport) report = NULL;
  g_autoptr(GPtrArray) explanations = NULL;
  g_autoptr(GHashTable) index = NULL;

  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!ond_store_in_council_scope (store))
    scope = ond_store_enter_council_scope (store);

  plan = find_plan (store, plan_id, error);
  if (plan == NULL)
    return NULL;

  report = _ond_report_new ();
  report->plan_id = ond_plan_get_id (plan);
  report->plan_title = g_strdup (ond_plan_get_title (plan));
  report->plan_objective = g_strdup (ond_plan_get_objective (plan));
  report->first_year = ond_plan_get_first_year (plan);
  report->last_year = ond_plan_get_last_year (plan);
  report->period_label = g_strdup (ond_plan_get_period_label (plan));
  report->baseline_year = report->first_year - 1;
  report->year = year != 0 ? year :
                 ond_report_default_year (report->first_year, report->last_year, now);
  report->date = g_date_time_format (now, "%Y-%m-%d");

  if (report->year < report->first_year || report->year > report->last_year)
    {
      /* Translators: e.g. "2030 is not a year of the plan “Uitvoeringsplan ondermijning
       * 2023-2024” (2023-2024): choose a year of its period." */
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("%d is not a year of the plan “%s” (%s): choose a year of its period."),
                   report->year, report->plan_title, report->period_label);
      return NULL;
    }

  explanations = ond_store_list_explanations (store, report->plan_id, error);
  if (explanations == NULL)
    return NULL;
  index = _ond_report_index_explanations (explanations);

  if (!gather_content (report, store, index, now, error))
    return NULL;
  return g_steal_pointer (&report);
}
