/* ond-plan-item.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A planning item: when (year and period), what, who (the plan's own words), theme, status,
 * and its stated targets as one display string.
 */

#define G_LOG_DOMAIN "ond-plan-item"

#include "config.h"

#include <string.h>

#include "ond-plan-item.h"

struct _OndPlanItem
{
  GObject parent_instance;

  gint64    id;
  int       year;
  char     *period;
  char     *period_label;
  int       position;
  char     *what;
  char     *who;
  gint64    theme_id;
  char     *theme_name;
  char     *status;
  char     *status_label;
  char     *targets;
  gboolean  recurring;
  gint64    row_version;
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_YEAR,
  PROP_PERIOD,
  PROP_PERIOD_LABEL,
  PROP_POSITION,
  PROP_WHAT,
  PROP_WHO,
  PROP_THEME_ID,
  PROP_THEME_NAME,
  PROP_STATUS,
  PROP_STATUS_LABEL,
  PROP_TARGETS,
  PROP_RECURRING,
  PROP_ROW_VERSION,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndPlanItem, ond_plan_item, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
ond_plan_item_finalize (GObject *object)
{
  OndPlanItem *self = OND_PLAN_ITEM (object);

  g_clear_pointer (&self->period, g_free);
  g_clear_pointer (&self->period_label, g_free);
  g_clear_pointer (&self->what, g_free);
  g_clear_pointer (&self->who, g_free);
  g_clear_pointer (&self->theme_name, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->status_label, g_free);
  g_clear_pointer (&self->targets, g_free);

  G_OBJECT_CLASS (ond_plan_item_parent_class)->finalize (object);
}

static void
ond_plan_item_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OndPlanItem *self = OND_PLAN_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    case PROP_PERIOD:
      g_value_set_string (value, self->period);
      break;

    case PROP_PERIOD_LABEL:
      g_value_set_string (value, self->period_label);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_WHAT:
      g_value_set_string (value, self->what);
      break;

    case PROP_WHO:
      g_value_set_string (value, self->who);
      break;

    case PROP_THEME_ID:
      g_value_set_int64 (value, self->theme_id);
      break;

    case PROP_THEME_NAME:
      g_value_set_string (value, self->theme_name);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_STATUS_LABEL:
      g_value_set_string (value, self->status_label);
      break;

    case PROP_TARGETS:
      g_value_set_string (value, self->targets);
      break;

    case PROP_RECURRING:
      g_value_set_boolean (value, self->recurring);
      break;

    case PROP_ROW_VERSION:
      g_value_set_int64 (value, self->row_version);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_plan_item_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  OndPlanItem *self = OND_PLAN_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;

    case PROP_YEAR:
      self->year = g_value_get_int (value);
      break;

    case PROP_PERIOD:
      g_free (self->period);
      self->period = g_value_dup_string (value);
      if (self->period == NULL)
        self->period = g_strdup ("");
      break;

    case PROP_PERIOD_LABEL:
      g_free (self->period_label);
      self->period_label = g_value_dup_string (value);
      if (self->period_label == NULL)
        self->period_label = g_strdup ("");
      break;

    case PROP_POSITION:
      self->position = g_value_get_int (value);
      break;

    case PROP_WHAT:
      g_free (self->what);
      self->what = g_value_dup_string (value);
      if (self->what == NULL)
        self->what = g_strdup ("");
      break;

    case PROP_WHO:
      g_free (self->who);
      self->who = g_value_dup_string (value);
      if (self->who == NULL)
        self->who = g_strdup ("");
      break;

    case PROP_THEME_ID:
      self->theme_id = g_value_get_int64 (value);
      break;

    case PROP_THEME_NAME:
      g_free (self->theme_name);
      self->theme_name = g_value_dup_string (value);
      break;

    case PROP_STATUS:
      g_free (self->status);
      self->status = g_value_dup_string (value);
      if (self->status == NULL)
        self->status = g_strdup ("");
      break;

    case PROP_STATUS_LABEL:
      g_free (self->status_label);
      self->status_label = g_value_dup_string (value);
      if (self->status_label == NULL)
        self->status_label = g_strdup ("");
      break;

    case PROP_TARGETS:
      g_free (self->targets);
      self->targets = g_value_dup_string (value);
      if (self->targets == NULL)
        self->targets = g_strdup ("");
      break;

    case PROP_RECURRING:
      self->recurring = g_value_get_boolean (value);
      break;

    case PROP_ROW_VERSION:
      ond_plan_item_set_row_version (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_plan_item_class_init (OndPlanItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_plan_item_finalize;
  object_class->get_property = ond_plan_item_get_property;
  object_class->set_property = ond_plan_item_set_property;

  /* The row id of the planning item. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The year of the item. */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The period code: Q1, Q2, Q3, Q4, Q3+4 or doorlopend. */
  properties[PROP_PERIOD] =
    g_param_spec_string ("period", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The label of that period, e.g. "Q3+4 (doorlopend)". */
  properties[PROP_PERIOD_LABEL] =
    g_param_spec_string ("period-label", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The place of the item within its year and period. */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* What is planned. */
  properties[PROP_WHAT] =
    g_param_spec_string ("what", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* Who does it, in the plan's own words ("" when not decided). */
  properties[PROP_WHO] =
    g_param_spec_string ("who", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The id of the theme of the item, or 0. */
  properties[PROP_THEME_ID] =
    g_param_spec_int64 ("theme-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The name of that theme, or %NULL. */
  properties[PROP_THEME_NAME] =
    g_param_spec_string ("theme-name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The work_status code: gepland, lopend, gereed, uitgesteld, vervallen. */
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The label of that status, e.g. "Gepland". */
  properties[PROP_STATUS_LABEL] =
    g_param_spec_string ("status-label", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The stated targets as shown, "10 integrale controles; 80 bedrijven", or "". */
  properties[PROP_TARGETS] =
    g_param_spec_string ("targets", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* Whether the item recurs every year of the plan. */
  properties[PROP_RECURRING] =
    g_param_spec_boolean ("recurring", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The row version read with the row (every change through the store adds 1; an edit saved
   * with it is refused when the row changed since, ond_store_save_plan_item_edit ()). */
  properties[PROP_ROW_VERSION] =
    g_param_spec_int64 ("row-version", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_plan_item_init (OndPlanItem *self)
{
}

/**
 * ond_plan_item_new:
 * @id: the row id of the planning item
 * @year: the year of the item
 * @period: the period code: Q1, Q2, Q3, Q4, Q3+4 or doorlopend
 * @period_label: the label of that period, e.g. "Q3+4 (doorlopend)"
 * @position: the place of the item within its year and period
 * @what: what is planned
 * @who: who does it, in the plan's own words ("" when not decided)
 * @theme_id: the id of the theme of the item, or 0
 * @theme_name: (nullable): the name of that theme, or %NULL
 * @status: the work_status code: gepland, lopend, gereed, uitgesteld, vervallen
 * @status_label: the label of that status, e.g. "Gepland"
 * @targets: the stated targets as shown, "10 integrale controles; 80 bedrijven", or ""
 * @recurring: whether the item recurs every year of the plan
 *
 * Makes the model object of one plan_item row, with the labels and targets the store joins
 * to it.
 *
 * Returns: (transfer full): a new #OndPlanItem
 */
OndPlanItem *
ond_plan_item_new (gint64      id,
                   int         year,
                   const char *period,
                   const char *period_label,
                   int         position,
                   const char *what,
                   const char *who,
                   gint64      theme_id,
                   const char *theme_name,
                   const char *status,
                   const char *status_label,
                   const char *targets,
                   gboolean    recurring)
{
  return g_object_new (OND_TYPE_PLAN_ITEM,
                       "id", id,
                       "year", year,
                       "period", period,
                       "period-label", period_label,
                       "position", position,
                       "what", what,
                       "who", who,
                       "theme-id", theme_id,
                       "theme-name", theme_name,
                       "status", status,
                       "status-label", status_label,
                       "targets", targets,
                       "recurring", recurring,
                       NULL);
}

gint64
ond_plan_item_get_id (OndPlanItem *self)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM (self), 0);

  return self->id;
}

int
ond_plan_item_get_year (OndPlanItem *self)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM (self), 0);

  return self->year;
}

const char *
ond_plan_item_get_period (OndPlanItem *self)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM (self), NULL);

  return self->period;
}

const char *
ond_plan_item_get_period_label (OndPlanItem *self)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM (self), NULL);

  return self->period_label;
}

int
ond_plan_item_get_position (OndPlanItem *self)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM (self), 0);

  return self->position;
}

const char *
ond_plan_item_get_what (OndPlanItem *self)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM (self), NULL);

  return self->what;
}

const char *
ond_plan_item_get_who (OndPlanItem *self)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM (self), NULL);

  return self->who;
}

gint64
ond_plan_item_get_theme_id (OndPlanItem *self)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM (self), 0);

  return self->theme_id;
}

const char *
ond_plan_item_get_theme_name (OndPlanItem *self)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM (self), NULL);

  return self->theme_name;
}

const char *
ond_plan_item_get_status (OndPlanItem *self)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM (self), NULL);

  return self->status;
}

const char *
ond_plan_item_get_status_label (OndPlanItem *self)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM (self), NULL);

  return self->status_label;
}

const char *
ond_plan_item_get_targets (OndPlanItem *self)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM (self), NULL);

  return self->targets;
}

gboolean
ond_plan_item_get_recurring (OndPlanItem *self)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM (self), FALSE);

  return self->recurring;
}

/**
 * ond_plan_item_get_row_version:
 * @self: a #OndPlanItem
 *
 * Returns: the row version read with the row (0 when it was not read from a store)
 */
gint64
ond_plan_item_get_row_version (OndPlanItem *self)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM (self), 0);

  return self->row_version;
}

/**
 * ond_plan_item_set_row_version:
 * @self: a #OndPlanItem
 * @row_version: the row version read with the row
 *
 * Sets the row version, for the store that read the row.
 */
void
ond_plan_item_set_row_version (OndPlanItem *self,
                               gint64       row_version)
{
  g_return_if_fail (OND_IS_PLAN_ITEM (self));

  if (self->row_version == row_version)
    return;
  self->row_version = row_version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROW_VERSION]);
}

/* The periods of the planning (the schema's period vocabulary) and the quarters they cover. */
static const struct
{
  const char *code;
  int         first_quarter;
  int         last_quarter;
} periods[] = {
  { "Q1", 1, 1 }, { "Q2", 2, 2 }, { "Q3", 3, 3 }, { "Q3+4", 3, 4 }, { "Q4", 4, 4 },
  { "doorlopend", 1, 4 },
};

/**
 * ond_plan_period_get_quarters:
 * @period: (nullable): a period code: Q1, Q2, Q3, Q4, Q3+4 or doorlopend
 * @first_quarter: (out) (optional): the first quarter it covers, 1 to 4
 * @last_quarter: (out) (optional): the last quarter it covers
 *
 * The quarters of the year a period of the planning covers, as the schema's period table
 * has them: Q3+4 covers the third and fourth, doorlopend (all year) the four.
 *
 * Returns: whether @period is a period of the planning (else both quarters are 0)
 */
gboolean
ond_plan_period_get_quarters (const char *period,
                              int        *first_quarter,
                              int        *last_quarter)
{
  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    if (g_strcmp0 (period, periods[i].code) == 0)
      {
        if (first_quarter != NULL)
          *first_quarter = periods[i].first_quarter;
        if (last_quarter != NULL)
          *last_quarter = periods[i].last_quarter;
        return TRUE;
      }
  if (first_quarter != NULL)
    *first_quarter = 0;
  if (last_quarter != NULL)
    *last_quarter = 0;
  return FALSE;
}

/**
 * ond_plan_item_is_overdue:
 * @self: a #OndPlanItem
 * @today: the date to judge by
 *
 * A planning row is overdue when its period has ended before @today (Q2 2023 ends on
 * 30 June 2023; Q3+4 and doorlopend at the end of the year) and it is neither done
 * (gereed) nor dropped (vervallen). A postponed row (uitgesteld) whose period has ended is
 * overdue.
 *
 * Returns: whether the row is overdue on @today
 */
gboolean
ond_plan_item_is_overdue (OndPlanItem *self,
                          GDateTime   *today)
{
  int last_quarter;
  int last_month;
  int year;

  g_return_val_if_fail (OND_IS_PLAN_ITEM (self), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  if (g_strcmp0 (self->status, "gereed") == 0 || g_strcmp0 (self->status, "vervallen") == 0)
    return FALSE;
  if (!ond_plan_period_get_quarters (self->period, NULL, &last_quarter))
    return FALSE;
  last_month = 3 * last_quarter;

  year = g_date_time_get_year (today);
  return year > self->year || (year == self->year && g_date_time_get_month (today) > last_month);
}

/**
 * ond_plan_item_is_to_be_decided:
 * @self: a #OndPlanItem
 *
 * The plan leaves some quarters open: their what is "N.t.b." (nader te bepalen, to be
 * decided). Such a row is a slot for the advisors to fill in. The test ignores case, white
 * space around the words and a missing last dot ("n.t.b", "N.T.B.").
 *
 * Returns: whether the row is still an open slot
 */
gboolean
ond_plan_item_is_to_be_decided (OndPlanItem *self)
{
  g_autofree char *what = NULL;
  gsize len;

  g_return_val_if_fail (OND_IS_PLAN_ITEM (self), FALSE);

  what = g_strstrip (g_strdup (self->what));
  len = strlen (what);
  if (len > 0 && what[len - 1] == '.')
    what[len - 1] = '\0';
  return g_ascii_strcasecmp (what, "n.t.b") == 0;
}
