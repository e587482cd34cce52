/* ond-indicator.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An indicator: code, name, unit, method (counted or manual) and the figure it is part of.
 */

#define G_LOG_DOMAIN "ond-indicator"

#include "config.h"

#include "ond-indicator.h"

struct _OndIndicator
{
  GObject parent_instance;

  gint64  id;
  char   *code;
  char   *name;
  char   *unit;
  char   *method;
  char   *parent_code;
  int     position;
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_CODE,
  PROP_NAME,
  PROP_UNIT,
  PROP_METHOD,
  PROP_PARENT_CODE,
  PROP_POSITION,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndIndicator, ond_indicator, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
ond_indicator_finalize (GObject *object)
{
  OndIndicator *self = OND_INDICATOR (object);

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->method, g_free);
  g_clear_pointer (&self->parent_code, g_free);

  G_OBJECT_CLASS (ond_indicator_parent_class)->finalize (object);
}

static void
ond_indicator_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OndIndicator *self = OND_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;

    case PROP_METHOD:
      g_value_set_string (value, self->method);
      break;

    case PROP_PARENT_CODE:
      g_value_set_string (value, self->parent_code);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_indicator_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  OndIndicator *self = OND_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;

    case PROP_CODE:
      g_free (self->code);
      self->code = g_value_dup_string (value);
      if (self->code == NULL)
        self->code = g_strdup ("");
      break;

    case PROP_NAME:
      g_free (self->name);
      self->name = g_value_dup_string (value);
      if (self->name == NULL)
        self->name = g_strdup ("");
      break;

    case PROP_UNIT:
      g_free (self->unit);
      self->unit = g_value_dup_string (value);
      if (self->unit == NULL)
        self->unit = g_strdup ("");
      break;

    case PROP_METHOD:
      g_free (self->method);
      self->method = g_value_dup_string (value);
      if (self->method == NULL)
        self->method = g_strdup ("");
      break;

    case PROP_PARENT_CODE:
      g_free (self->parent_code);
      self->parent_code = g_value_dup_string (value);
      break;

    case PROP_POSITION:
      self->position = g_value_get_int (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_indicator_class_init (OndIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_indicator_finalize;
  object_class->get_property = ond_indicator_get_property;
  object_class->set_property = ond_indicator_set_property;

  /* The row id of the indicator. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The stable code of the figure, used by the store and exports. */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The name of the figure. */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The unit the figure counts, or "". */
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The indicator_method code: counted or manual. */
  properties[PROP_METHOD] =
    g_param_spec_string ("method", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The code of the figure this one is part of, or %NULL. */
  properties[PROP_PARENT_CODE] =
    g_param_spec_string ("parent-code", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The place of the figure in the monitoring list. */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_indicator_init (OndIndicator *self)
{
}

/**
 * ond_indicator_new:
 * @id: the row id of the indicator
 * @code: the stable code of the figure, used by the store and exports
 * @name: the name of the figure
 * @unit: the unit the figure counts, or ""
 * @method: the indicator_method code: counted or manual
 * @parent_code: (nullable): the code of the figure this one is part of, or %NULL
 * @position: the place of the figure in the monitoring list
 *
 * Makes the model object of one indicator row.
 *
 * Returns: (transfer full): a new #OndIndicator
 */
OndIndicator *
ond_indicator_new (gint64      id,
                   const char *code,
                   const char *name,
                   const char *unit,
                   const char *method,
                   const char *parent_code,
                   int         position)
{
  return g_object_new (OND_TYPE_INDICATOR,
                       "id", id,
                       "code", code,
                       "name", name,
                       "unit", unit,
                       "method", method,
                       "parent-code", parent_code,
                       "position", position,
                       NULL);
}

gint64
ond_indicator_get_id (OndIndicator *self)
{
  g_return_val_if_fail (OND_IS_INDICATOR (self), 0);

  return self->id;
}

const char *
ond_indicator_get_code (OndIndicator *self)
{
  g_return_val_if_fail (OND_IS_INDICATOR (self), NULL);

  return self->code;
}

const char *
ond_indicator_get_name (OndIndicator *self)
{
  g_return_val_if_fail (OND_IS_INDICATOR (self), NULL);

  return self->name;
}

const char *
ond_indicator_get_unit (OndIndicator *self)
{
  g_return_val_if_fail (OND_IS_INDICATOR (self), NULL);

  return self->unit;
}

const char *
ond_indicator_get_method (OndIndicator *self)
{
  g_return_val_if_fail (OND_IS_INDICATOR (self), NULL);

  return self->method;
}

const char *
ond_indicator_get_parent_code (OndIndicator *self)
{
  g_return_val_if_fail (OND_IS_INDICATOR (self), NULL);

  return self->parent_code;
}

int
ond_indicator_get_position (OndIndicator *self)
{
  g_return_val_if_fail (OND_IS_INDICATOR (self), 0);

  return self->position;
}
