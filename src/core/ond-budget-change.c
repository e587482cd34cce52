/* ond-budget-change.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A begrotingswijziging: a dated change (+/-) of one budget line's budget in one year, with
 * its reason and who entered it. Immutable (read-only properties): a change is never
 * edited, only added.
 */

#define G_LOG_DOMAIN "ond-budget-change"

#include "config.h"

#include "ond-budget-change.h"

struct _OndBudgetChange
{
  GObject parent_instance;

  gint64  id;
  gint64  line_id;
  char   *line_name;
  int     year;
  char   *date;
  gint64  amount;
  char   *reason;
  char   *who;
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_LINE_ID,
  PROP_LINE_NAME,
  PROP_YEAR,
  PROP_DATE,
  PROP_AMOUNT,
  PROP_REASON,
  PROP_WHO,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndBudgetChange, ond_budget_change, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
ond_budget_change_finalize (GObject *object)
{
  OndBudgetChange *self = OND_BUDGET_CHANGE (object);

  g_clear_pointer (&self->line_name, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->who, g_free);

  G_OBJECT_CLASS (ond_budget_change_parent_class)->finalize (object);
}

static void
ond_budget_change_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OndBudgetChange *self = OND_BUDGET_CHANGE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_LINE_ID:
      g_value_set_int64 (value, self->line_id);
      break;

    case PROP_LINE_NAME:
      g_value_set_string (value, self->line_name);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    case PROP_WHO:
      g_value_set_string (value, self->who);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_budget_change_class_init (OndBudgetChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ond_budget_change_finalize;
  object_class->get_property = ond_budget_change_get_property;

  /* The row id of the change. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);

  /* The budget line it changes. */
  properties[PROP_LINE_ID] =
    g_param_spec_int64 ("line-id", NULL, NULL, 0, G_MAXINT64, 0, flags);

  /* The name of that line (kostenpost), as the plan writes it. */
  properties[PROP_LINE_NAME] =
    g_param_spec_string ("line-name", NULL, NULL, "", flags);

  /* The budget year it changes. */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0, flags);

  /* The date of the change, ISO "YYYY-MM-DD". */
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, "", flags);

  /* The change in cents: positive raises the budget, negative lowers it. */
  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);

  /* Why the budget changed (a council decision, a transfer between lines). */
  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, "", flags);

  /* Who entered the change (the login name). */
  properties[PROP_WHO] =
    g_param_spec_string ("who", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_budget_change_init (OndBudgetChange *self)
{
}

/**
 * ond_budget_change_new:
 * @id: the row id of the change
 * @line_id: the budget line it changes
 * @line_name: the name of that line
 * @year: the budget year it changes
 * @date: the date of the change, ISO
 * @amount: the change in cents, positive or negative
 * @reason: why the budget changed
 * @who: who entered the change
 *
 * Makes the model object of one budget_change row.
 *
 * Returns: (transfer full): a new #OndBudgetChange
 */
OndBudgetChange *
ond_budget_change_new (gint64      id,
                       gint64      line_id,
                       const char *line_name,
                       int         year,
                       const char *date,
                       gint64      amount,
                       const char *reason,
                       const char *who)
{
  OndBudgetChange *self = g_object_new (OND_TYPE_BUDGET_CHANGE, NULL);

  self->id = id;
  self->line_id = line_id;
  self->line_name = g_strdup (line_name != NULL ? line_name : "");
  self->year = year;
  self->date = g_strdup (date != NULL ? date : "");
  self->amount = amount;
  self->reason = g_strdup (reason != NULL ? reason : "");
  self->who = g_strdup (who != NULL ? who : "");
  return self;
}

gint64
ond_budget_change_get_id (OndBudgetChange *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_CHANGE (self), 0);

  return self->id;
}

gint64
ond_budget_change_get_line_id (OndBudgetChange *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_CHANGE (self), 0);

  return self->line_id;
}

const char *
ond_budget_change_get_line_name (OndBudgetChange *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_CHANGE (self), NULL);

  return self->line_name;
}

int
ond_budget_change_get_year (OndBudgetChange *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_CHANGE (self), 0);

  return self->year;
}

const char *
ond_budget_change_get_date (OndBudgetChange *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_CHANGE (self), NULL);

  return self->date;
}

gint64
ond_budget_change_get_amount (OndBudgetChange *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_CHANGE (self), 0);

  return self->amount;
}

const char *
ond_budget_change_get_reason (OndBudgetChange *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_CHANGE (self), NULL);

  return self->reason;
}

const char *
ond_budget_change_get_who (OndBudgetChange *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_CHANGE (self), NULL);

  return self->who;
}
