/* ond-area.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An area: name, district, whether it is an aandachtsgebied, and whether it is retired.
 */

#define G_LOG_DOMAIN "ond-area"

#include "config.h"

#include "ond-area.h"

struct _OndArea
{
  GObject parent_instance;

  gint64    id;
  char     *name;
  char     *district;
  gboolean  aandachtsgebied;
  gboolean  retired;
  int       position;
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DISTRICT,
  PROP_AANDACHTSGEBIED,
  PROP_RETIRED,
  PROP_POSITION,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndArea, ond_area, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
ond_area_finalize (GObject *object)
{
  OndArea *self = OND_AREA (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->district, g_free);

  G_OBJECT_CLASS (ond_area_parent_class)->finalize (object);
}

static void
ond_area_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  OndArea *self = OND_AREA (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_DISTRICT:
      g_value_set_string (value, self->district);
      break;

    case PROP_AANDACHTSGEBIED:
      g_value_set_boolean (value, self->aandachtsgebied);
      break;

    case PROP_RETIRED:
      g_value_set_boolean (value, self->retired);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_area_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  OndArea *self = OND_AREA (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;

    case PROP_NAME:
      g_free (self->name);
      self->name = g_value_dup_string (value);
      if (self->name == NULL)
        self->name = g_strdup ("");
      break;

    case PROP_DISTRICT:
      g_free (self->district);
      self->district = g_value_dup_string (value);
      if (self->district == NULL)
        self->district = g_strdup ("");
      break;

    case PROP_AANDACHTSGEBIED:
      self->aandachtsgebied = g_value_get_boolean (value);
      break;

    case PROP_RETIRED:
      self->retired = g_value_get_boolean (value);
      break;

    case PROP_POSITION:
      self->position = g_value_get_int (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_area_class_init (OndAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_area_finalize;
  object_class->get_property = ond_area_get_property;
  object_class->set_property = ond_area_set_property;

  /* The row id of the area. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The name of the area. */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The district the area is part of (e.g. "Dordt-West"), or "". */
  properties[PROP_DISTRICT] =
    g_param_spec_string ("district", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* Whether the area is an aandachtsgebied (an area of special attention). */
  properties[PROP_AANDACHTSGEBIED] =
    g_param_spec_boolean ("aandachtsgebied", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* Whether the area is no longer used for new records (kept for history). */
  properties[PROP_RETIRED] =
    g_param_spec_boolean ("retired", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The place of the area in the list. */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_area_init (OndArea *self)
{
}

/**
 * ond_area_new:
 * @id: the row id of the area
 * @name: the name of the area
 * @district: the district the area is part of (e.g. "Dordt-West"), or ""
 * @aandachtsgebied: whether the area is an aandachtsgebied (an area of special attention)
 * @retired: whether the area is no longer used for new records (kept for history)
 * @position: the place of the area in the list
 *
 * Makes the model object of one area row.
 *
 * Returns: (transfer full): a new #OndArea
 */
OndArea *
ond_area_new (gint64      id,
              const char *name,
              const char *district,
              gboolean    aandachtsgebied,
              gboolean    retired,
              int         position)
{
  return g_object_new (OND_TYPE_AREA,
                       "id", id,
                       "name", name,
                       "district", district,
                       "aandachtsgebied", aandachtsgebied,
                       "retired", retired,
                       "position", position,
                       NULL);
}

gint64
ond_area_get_id (OndArea *self)
{
  g_return_val_if_fail (OND_IS_AREA (self), 0);

  return self->id;
}

const char *
ond_area_get_name (OndArea *self)
{
  g_return_val_if_fail (OND_IS_AREA (self), NULL);

  return self->name;
}

const char *
ond_area_get_district (OndArea *self)
{
  g_return_val_if_fail (OND_IS_AREA (self), NULL);

  return self->district;
}

gboolean
ond_area_get_aandachtsgebied (OndArea *self)
{
  g_return_val_if_fail (OND_IS_AREA (self), FALSE);

  return self->aandachtsgebied;
}

gboolean
ond_area_get_retired (OndArea *self)
{
  g_return_val_if_fail (OND_IS_AREA (self), FALSE);

  return self->retired;
}

int
ond_area_get_position (OndArea *self)
{
  g_return_val_if_fail (OND_IS_AREA (self), 0);

  return self->position;
}
