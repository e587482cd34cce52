/* ond-budget-summary.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The budget of one year added up. The figures are computed once, when the summary is made,
 * from the budget lines and funding the store handed out: the summary is a snapshot, as the
 * lists it was made from are. */

#define G_LOG_DOMAIN "ond-budget-summary"

#include "config.h"

#include "ond-budget-line.h"
#include "ond-budget-summary.h"
#include "ond-funding.h"

struct _OndBudgetSummary
{
  GObject  parent_instance;

  int      year;
  gint64   lines_total;
  gint64   funding_total;
  gint64   stated_total;
  gboolean has_stated_total;
};

enum
{
  PROP_0,
  PROP_YEAR,
  PROP_LINES_TOTAL,
  PROP_FUNDING_TOTAL,
  PROP_HAS_STATED_TOTAL,
  PROP_STATED_TOTAL,
  PROP_FUNDING_DIFFERENCE,
  PROP_STATED_DIFFERENCE,
  PROP_BALANCED,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndBudgetSummary, ond_budget_summary, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
ond_budget_summary_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OndBudgetSummary *self = OND_BUDGET_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    case PROP_LINES_TOTAL:
      g_value_set_int64 (value, self->lines_total);
      break;

    case PROP_FUNDING_TOTAL:
      g_value_set_int64 (value, self->funding_total);
      break;

    case PROP_HAS_STATED_TOTAL:
      g_value_set_boolean (value, self->has_stated_total);
      break;

    case PROP_STATED_TOTAL:
      g_value_set_int64 (value, self->stated_total);
      break;

    case PROP_FUNDING_DIFFERENCE:
      g_value_set_int64 (value, ond_budget_summary_get_funding_difference (self));
      break;

    case PROP_STATED_DIFFERENCE:
      g_value_set_int64 (value, ond_budget_summary_get_stated_difference (self));
      break;

    case PROP_BALANCED:
      g_value_set_boolean (value, ond_budget_summary_get_balanced (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_budget_summary_class_init (OndBudgetSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = ond_budget_summary_get_property;

  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LINES_TOTAL] =
    g_param_spec_int64 ("lines-total", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FUNDING_TOTAL] =
    g_param_spec_int64 ("funding-total", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_STATED_TOTAL] =
    g_param_spec_boolean ("has-stated-total", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATED_TOTAL] =
    g_param_spec_int64 ("stated-total", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FUNDING_DIFFERENCE] =
    g_param_spec_int64 ("funding-difference", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATED_DIFFERENCE] =
    g_param_spec_int64 ("stated-difference", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BALANCED] =
    g_param_spec_boolean ("balanced", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_budget_summary_init (OndBudgetSummary *self)
{
}

/**
 * ond_budget_summary_new:
 * @lines: a list of #OndBudgetLine
 * @funding: a list of #OndFunding
 * @year: the year to add up
 * @has_stated_total: whether the plan states a total for @year
 * @stated_total: that total, in cents (ignored without @has_stated_total)
 *
 * Adds up the amounts of @lines for @year and the funding of @year.
 *
 * Returns: (transfer full): a new summary
 */
OndBudgetSummary *
ond_budget_summary_new (GListModel *lines,
                        GListModel *funding,
                        int         year,
                        gboolean    has_stated_total,
                        gint64      stated_total)
{
  OndBudgetSummary *self;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (lines), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (funding), NULL);

  self = g_object_new (OND_TYPE_BUDGET_SUMMARY, NULL);
  self->year = year;
  self->has_stated_total = !!has_stated_total;
  self->stated_total = has_stated_total ? stated_total : 0;

  n = g_list_model_get_n_items (lines);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndBudgetLine) line = g_list_model_get_item (lines, i);

      self->lines_total += ond_budget_line_get_amount (line, year);
    }

  n = g_list_model_get_n_items (funding);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndFunding) item = g_list_model_get_item (funding, i);

      if (ond_funding_get_year (item) == year)
        self->funding_total += ond_funding_get_amount (item);
    }

  return self;
}

int
ond_budget_summary_get_year (OndBudgetSummary *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_SUMMARY (self), 0);

  return self->year;
}

gint64
ond_budget_summary_get_lines_total (OndBudgetSummary *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_SUMMARY (self), 0);

  return self->lines_total;
}

gint64
ond_budget_summary_get_funding_total (OndBudgetSummary *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_SUMMARY (self), 0);

  return self->funding_total;
}

gboolean
ond_budget_summary_get_has_stated_total (OndBudgetSummary *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_SUMMARY (self), FALSE);

  return self->has_stated_total;
}

gint64
ond_budget_summary_get_stated_total (OndBudgetSummary *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_SUMMARY (self), 0);

  return self->stated_total;
}

/**
 * ond_budget_summary_get_funding_difference:
 * @self: a #OndBudgetSummary
 *
 * Returns: the funding minus the total of the lines: above zero when there is more money
 *   than the lines spend, below zero when the lines spend more than there is
 */
gint64
ond_budget_summary_get_funding_difference (OndBudgetSummary *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_SUMMARY (self), 0);

  return self->funding_total - self->lines_total;
}

/**
 * ond_budget_summary_get_stated_difference:
 * @self: a #OndBudgetSummary
 *
 * Returns: the plan's stated total minus the total of the lines, or 0 when the plan states
 *   no total for the year
 */
gint64
ond_budget_summary_get_stated_difference (OndBudgetSummary *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_SUMMARY (self), 0);

  if (!self->has_stated_total)
    return 0;
  return self->stated_total - self->lines_total;
}

/**
 * ond_budget_summary_get_balanced:
 * @self: a #OndBudgetSummary
 *
 * Returns: whether the lines add up to the funding and to the stated total (if any)
 */
gboolean
ond_budget_summary_get_balanced (OndBudgetSummary *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_SUMMARY (self), FALSE);

  return ond_budget_summary_get_funding_difference (self) == 0 &&
         ond_budget_summary_get_stated_difference (self) == 0;
}

/**
 * ond_budget_summary_list:
 * @store: an #OndStore
 * @plan_id: the plan
 * @first_year: the first year of the plan
 * @last_year: the last year of the plan
 * @error: return location for a #GError
 *
 * Adds up the budget of each year of the plan.
 *
 * Returns: (transfer full): a list of #OndBudgetSummary, one per year from @first_year to
 *   @last_year, or %NULL with @error set
 */
GListModel *
ond_budget_summary_list (OndStore  *store,
                         gint64     plan_id,
                         int        first_year,
                         int        last_year,
                         GError   **error)
{
  g_autoptr(GListModel) lines = NULL;
  g_autoptr(GListModel) funding = NULL;
  g_autoptr(GListStore) result = NULL;

  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (first_year <= last_year, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  lines = ond_store_list_budget_lines (store, plan_id, error);
  if (lines == NULL)
    return NULL;
  funding = ond_store_list_funding (store, plan_id, error);
  if (funding == NULL)
    return NULL;

  result = g_list_store_new (OND_TYPE_BUDGET_SUMMARY);
  for (int year = first_year; year <= last_year; year++)
    {
      g_autoptr(OndBudgetSummary) summary = NULL;
      g_autoptr(GError) local_error = NULL;
      gint64 stated = 0;
      gboolean has_stated;

      has_stated = ond_store_get_stated_total (store, plan_id, year, &stated, &local_error);
      if (!has_stated && !g_error_matches (local_error, OND_STORE_ERROR,
                                           OND_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }

      summary = ond_budget_summary_new (lines, funding, year, has_stated, stated);
      g_list_store_append (result, summary);
    }

  return G_LIST_MODEL (g_steal_pointer (&result));
}
