/* ond-figure.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One row of the monitoring table: a figure with its value for every year, where each
 * value comes from, and the target, status and trend of the report year. The store
 * builds it; everyone else reads it.
 */

#define G_LOG_DOMAIN "ond-figure"

#include "config.h"

#include "ond-figure.h"

typedef struct
{
  OndFigureOrigin  origin;
  gint64           value;
  char            *source;
  gint64           uncounted;
  gboolean         sum_mismatch;
} YearValue;

struct _OndFigure
{
  GObject parent_instance;

  char            *code;
  char            *name;
  char            *unit;
  char            *parent_code;
  int              first_year;
  int              last_year;
  int              report_year;
  YearValue       *years;         /* last_year - first_year + 1 of them */

  gint64           target;
  double           target_to_date;
  OndFigureStatus  status;
  OndFigureTrend   trend;
};

enum
{
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  PROP_UNIT,
  PROP_STATUS,
  PROP_TARGET,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndFigure, ond_figure, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* The value of @year, or NULL outside the figure's years. */
static YearValue *
year_value (OndFigure *self,
            int        year)
{
  if (self->years == NULL || year < self->first_year || year > self->last_year)
    return NULL;
  return &self->years[year - self->first_year];
}

static void
ond_figure_finalize (GObject *object)
{
  OndFigure *self = OND_FIGURE (object);

  if (self->years != NULL)
    {
      for (int y = self->first_year; y <= self->last_year; y++)
        g_free (self->years[y - self->first_year].source);
      g_clear_pointer (&self->years, g_free);
    }
  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->parent_code, g_free);

  G_OBJECT_CLASS (ond_figure_parent_class)->finalize (object);
}

static void
ond_figure_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  OndFigure *self = OND_FIGURE (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;

    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;

    case PROP_TARGET:
      g_value_set_int64 (value, self->target);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_figure_class_init (OndFigureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_figure_finalize;
  object_class->get_property = ond_figure_get_property;

  /* The code of the indicator, e.g. "integrated_controls". */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /* The name of the figure (Dutch data, as the plan writes it). */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /* What the figure counts, e.g. "controles". */
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /* The OndFigureStatus of the report year. */
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL,
                      OND_FIGURE_STATUS_NONE, OND_FIGURE_STATUS_FAR_BEHIND,
                      OND_FIGURE_STATUS_NONE,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /* The target of the report year, or -1 for none. */
  properties[PROP_TARGET] =
    g_param_spec_int64 ("target", NULL, NULL,
                        -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_figure_init (OndFigure *self)
{
  self->target = -1;
  self->status = OND_FIGURE_STATUS_NONE;
  self->trend = OND_FIGURE_TREND_UNKNOWN;
}

/**
 * ond_figure_new:
 * @code: the code of the indicator
 * @name: its name
 * @unit: what it counts (NULL = "")
 * @parent_code: (nullable): the figure this one is a part of
 * @first_year: the first year of the table (the baseline year)
 * @last_year: the last year of the table
 * @report_year: the year whose target, status and trend the figure gives
 *
 * Makes a figure with no values yet (origin %OND_FIGURE_ORIGIN_NONE for every year) and
 * no target. For the store.
 *
 * Returns: (transfer full): a new #OndFigure
 */
OndFigure *
ond_figure_new (const char *code,
                const char *name,
                const char *unit,
                const char *parent_code,
                int         first_year,
                int         last_year,
                int         report_year)
{
  OndFigure *self;

  g_return_val_if_fail (code != NULL, NULL);
  g_return_val_if_fail (first_year <= last_year, NULL);

  self = g_object_new (OND_TYPE_FIGURE, NULL);
  self->code = g_strdup (code);
  self->name = g_strdup (name != NULL ? name : "");
  self->unit = g_strdup (unit != NULL ? unit : "");
  self->parent_code = (parent_code != NULL && *parent_code != '\0') ? g_strdup (parent_code)
                                                                    : NULL;
  self->first_year = first_year;
  self->last_year = last_year;
  self->report_year = report_year;
  self->years = g_new0 (YearValue, last_year - first_year + 1);
  return self;
}

/**
 * ond_figure_set_year:
 * @self: a #OndFigure
 * @year: a year of the figure
 * @origin: where the value comes from
 * @value: the value (ignored for %OND_FIGURE_ORIGIN_NONE)
 * @source: (nullable): who delivered a hand value
 * @uncounted: records of @year that would count but do not (a hand value was entered)
 *
 * Sets the value of @year. For the store; call ond_figure_set_target () afterwards.
 */
void
ond_figure_set_year (OndFigure       *self,
                     int              year,
                     OndFigureOrigin  origin,
                     gint64           value,
                     const char      *source,
                     gint64           uncounted)
{
  YearValue *v;

  g_return_if_fail (OND_IS_FIGURE (self));

  v = year_value (self, year);
  g_return_if_fail (v != NULL);

  v->origin = origin;
  v->value = origin == OND_FIGURE_ORIGIN_NONE ? 0 : value;
  g_free (v->source);
  v->source = g_strdup (source != NULL ? source : "");
  v->uncounted = uncounted;
}

/**
 * ond_figure_set_target:
 * @self: a #OndFigure
 * @target: the target of the report year; < 0 for none
 * @today: the day to measure on
 *
 * Sets the target and computes the target to date, the status and the trend of the
 * report year (ond-figures.h). A report year without a value counts as 0 for the status
 * and has an unknown trend. For the store.
 */
void
ond_figure_set_target (OndFigure *self,
                       gint64     target,
                       GDateTime *today)
{
  YearValue *current;
  YearValue *previous;
  OndFigureStatus status;
  gint64 value;

  g_return_if_fail (OND_IS_FIGURE (self));
  g_return_if_fail (today != NULL);

  current = year_value (self, self->report_year);
  previous = year_value (self, self->report_year - 1);
  value = current != NULL ? current->value : 0;

  if (target < 0)
    target = -1;
  if (self->target != target)
    {
      self->target = target;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET]);
    }
  self->target_to_date = target < 0 ? 0.0
                                    : ond_figure_target_to_date (target, self->report_year,
                                                                 today);
  status = ond_figure_status_for (value, target, self->report_year, today);
  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }

  if (current == NULL || current->origin == OND_FIGURE_ORIGIN_NONE)
    self->trend = OND_FIGURE_TREND_UNKNOWN;
  else
    self->trend = ond_figure_trend_for (value,
                                        previous != NULL &&
                                        previous->origin != OND_FIGURE_ORIGIN_NONE,
                                        previous != NULL ? previous->value : 0,
                                        self->report_year, today);
}

/**
 * ond_figure_set_sum_mismatch:
 * @self: a #OndFigure
 * @year: a year of the figure
 * @mismatch: whether the figure's value of @year differs from the sum of its parts
 *
 * For the store.
 */
void
ond_figure_set_sum_mismatch (OndFigure *self,
                             int        year,
                             gboolean   mismatch)
{
  YearValue *v;

  g_return_if_fail (OND_IS_FIGURE (self));

  v = year_value (self, year);
  g_return_if_fail (v != NULL);
  v->sum_mismatch = !!mismatch;
}

const char *
ond_figure_get_code (OndFigure *self)
{
  g_return_val_if_fail (OND_IS_FIGURE (self), NULL);

  return self->code;
}

const char *
ond_figure_get_name (OndFigure *self)
{
  g_return_val_if_fail (OND_IS_FIGURE (self), NULL);

  return self->name;
}

const char *
ond_figure_get_unit (OndFigure *self)
{
  g_return_val_if_fail (OND_IS_FIGURE (self), NULL);

  return self->unit;
}

const char *
ond_figure_get_parent_code (OndFigure *self)
{
  g_return_val_if_fail (OND_IS_FIGURE (self), NULL);

  return self->parent_code;
}

int
ond_figure_get_first_year (OndFigure *self)
{
  g_return_val_if_fail (OND_IS_FIGURE (self), 0);

  return self->first_year;
}

int
ond_figure_get_last_year (OndFigure *self)
{
  g_return_val_if_fail (OND_IS_FIGURE (self), 0);

  return self->last_year;
}

int
ond_figure_get_report_year (OndFigure *self)
{
  g_return_val_if_fail (OND_IS_FIGURE (self), 0);

  return self->report_year;
}

/**
 * ond_figure_get_value:
 * @self: a #OndFigure
 * @year: a year
 * @value: (out) (optional): the value of @year, 0 when there is none
 *
 * Returns: whether @year has a value (%FALSE for origin NONE or a year outside the table)
 */
gboolean
ond_figure_get_value (OndFigure *self,
                      int        year,
                      gint64    *value)
{
  YearValue *v;

  g_return_val_if_fail (OND_IS_FIGURE (self), FALSE);

  v = year_value (self, year);
  if (value != NULL)
    *value = v != NULL ? v->value : 0;
  return v != NULL && v->origin != OND_FIGURE_ORIGIN_NONE;
}

OndFigureOrigin
ond_figure_get_origin (OndFigure *self,
                       int        year)
{
  YearValue *v;

  g_return_val_if_fail (OND_IS_FIGURE (self), OND_FIGURE_ORIGIN_NONE);

  v = year_value (self, year);
  return v != NULL ? v->origin : OND_FIGURE_ORIGIN_NONE;
}

/* Who delivered the hand value of @year; "" otherwise. */
const char *
ond_figure_get_source (OndFigure *self,
                       int        year)
{
  YearValue *v;

  g_return_val_if_fail (OND_IS_FIGURE (self), NULL);

  v = year_value (self, year);
  return v != NULL && v->source != NULL ? v->source : "";
}

gint64
ond_figure_get_uncounted (OndFigure *self,
                          int        year)
{
  YearValue *v;

  g_return_val_if_fail (OND_IS_FIGURE (self), 0);

  v = year_value (self, year);
  return v != NULL ? v->uncounted : 0;
}

gboolean
ond_figure_get_sum_mismatch (OndFigure *self,
                             int        year)
{
  YearValue *v;

  g_return_val_if_fail (OND_IS_FIGURE (self), FALSE);

  v = year_value (self, year);
  return v != NULL && v->sum_mismatch;
}

gint64
ond_figure_get_target (OndFigure *self)
{
  g_return_val_if_fail (OND_IS_FIGURE (self), -1);

  return self->target;
}

double
ond_figure_get_target_to_date (OndFigure *self)
{
  g_return_val_if_fail (OND_IS_FIGURE (self), 0.0);

  return self->target_to_date;
}

OndFigureStatus
ond_figure_get_status (OndFigure *self)
{
  g_return_val_if_fail (OND_IS_FIGURE (self), OND_FIGURE_STATUS_NONE);

  return self->status;
}

OndFigureTrend
ond_figure_get_trend (OndFigure *self)
{
  g_return_val_if_fail (OND_IS_FIGURE (self), OND_FIGURE_TREND_UNKNOWN);

  return self->trend;
}
