/* ond-plan.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A plan: title, period, objective and state. Its content (pillars, themes, actions,
 * planning, budget) hangs off its id.
 */

#define G_LOG_DOMAIN "ond-plan"

#include "config.h"

#include "ond-plan.h"

struct _OndPlan
{
  GObject parent_instance;

  gint64  id;
  char   *title;
  int     first_year;
  int     last_year;
  char   *objective;
  char   *state;
  char   *period_label;
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_FIRST_YEAR,
  PROP_LAST_YEAR,
  PROP_OBJECTIVE,
  PROP_STATE,
  PROP_PERIOD_LABEL,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndPlan, ond_plan, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
ond_plan_constructed (GObject *object)
{
  OndPlan *self = OND_PLAN (object);

  G_OBJECT_CLASS (ond_plan_parent_class)->constructed (object);

  if (self->first_year == self->last_year)
    self->period_label = g_strdup_printf ("%d", self->first_year);
  else
    self->period_label = g_strdup_printf ("%d-%d", self->first_year, self->last_year);
}

static void
ond_plan_finalize (GObject *object)
{
  OndPlan *self = OND_PLAN (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->objective, g_free);
  g_clear_pointer (&self->state, g_free);
  g_clear_pointer (&self->period_label, g_free);

  G_OBJECT_CLASS (ond_plan_parent_class)->finalize (object);
}

static void
ond_plan_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  OndPlan *self = OND_PLAN (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_FIRST_YEAR:
      g_value_set_int (value, self->first_year);
      break;

    case PROP_LAST_YEAR:
      g_value_set_int (value, self->last_year);
      break;

    case PROP_OBJECTIVE:
      g_value_set_string (value, self->objective);
      break;

    case PROP_STATE:
      g_value_set_string (value, self->state);
      break;

    case PROP_PERIOD_LABEL:
      g_value_set_string (value, self->period_label);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_plan_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  OndPlan *self = OND_PLAN (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;

    case PROP_TITLE:
      g_free (self->title);
      self->title = g_value_dup_string (value);
      if (self->title == NULL)
        self->title = g_strdup ("");
      break;

    case PROP_FIRST_YEAR:
      self->first_year = g_value_get_int (value);
      break;

    case PROP_LAST_YEAR:
      self->last_year = g_value_get_int (value);
      break;

    case PROP_OBJECTIVE:
      g_free (self->objective);
      self->objective = g_value_dup_string (value);
      if (self->objective == NULL)
        self->objective = g_strdup ("");
      break;

    case PROP_STATE:
      g_free (self->state);
      self->state = g_value_dup_string (value);
      if (self->state == NULL)
        self->state = g_strdup ("");
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_plan_class_init (OndPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ond_plan_constructed;
  object_class->finalize = ond_plan_finalize;
  object_class->get_property = ond_plan_get_property;
  object_class->set_property = ond_plan_set_property;

  /* The row id of the plan. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The title of the plan. */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The first year of the plan period. */
  properties[PROP_FIRST_YEAR] =
    g_param_spec_int ("first-year", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The last year of the plan period. */
  properties[PROP_LAST_YEAR] =
    g_param_spec_int ("last-year", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The objective text of the plan. */
  properties[PROP_OBJECTIVE] =
    g_param_spec_string ("objective", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The plan_state code: draft, current or closed. */
  properties[PROP_STATE] =
    g_param_spec_string ("state", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The period as shown, "2023-2024" (or "2023" for one year). */
  properties[PROP_PERIOD_LABEL] =
    g_param_spec_string ("period-label", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_plan_init (OndPlan *self)
{
}

/**
 * ond_plan_new:
 * @id: the row id of the plan
 * @title: the title of the plan
 * @first_year: the first year of the plan period
 * @last_year: the last year of the plan period
 * @objective: the objective text of the plan
 * @state: the plan_state code: draft, current or closed
 *
 * Makes the model object of one plan row.
 *
 * Returns: (transfer full): a new #OndPlan
 */
OndPlan *
ond_plan_new (gint64      id,
              const char *title,
              int         first_year,
              int         last_year,
              const char *objective,
              const char *state)
{
  return g_object_new (OND_TYPE_PLAN,
                       "id", id,
                       "title", title,
                       "first-year", first_year,
                       "last-year", last_year,
                       "objective", objective,
                       "state", state,
                       NULL);
}

gint64
ond_plan_get_id (OndPlan *self)
{
  g_return_val_if_fail (OND_IS_PLAN (self), 0);

  return self->id;
}

const char *
ond_plan_get_title (OndPlan *self)
{
  g_return_val_if_fail (OND_IS_PLAN (self), NULL);

  return self->title;
}

int
ond_plan_get_first_year (OndPlan *self)
{
  g_return_val_if_fail (OND_IS_PLAN (self), 0);

  return self->first_year;
}

int
ond_plan_get_last_year (OndPlan *self)
{
  g_return_val_if_fail (OND_IS_PLAN (self), 0);

  return self->last_year;
}

const char *
ond_plan_get_objective (OndPlan *self)
{
  g_return_val_if_fail (OND_IS_PLAN (self), NULL);

  return self->objective;
}

const char *
ond_plan_get_state (OndPlan *self)
{
  g_return_val_if_fail (OND_IS_PLAN (self), NULL);

  return self->state;
}

const char *
ond_plan_get_period_label (OndPlan *self)
{
  g_return_val_if_fail (OND_IS_PLAN (self), NULL);

  return self->period_label;
}
