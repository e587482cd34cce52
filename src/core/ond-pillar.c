/* ond-pillar.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A pillar (pijler) of a plan: its number, name, objective and description.
 */

#define G_LOG_DOMAIN "ond-pillar"

#include "config.h"

#include "ond-pillar.h"

struct _OndPillar
{
  GObject parent_instance;

  gint64  id;
  int     number;
  char   *name;
  char   *objective;
  char   *description;
  char   *title;
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_NUMBER,
  PROP_NAME,
  PROP_OBJECTIVE,
  PROP_DESCRIPTION,
  PROP_TITLE,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndPillar, ond_pillar, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
ond_pillar_constructed (GObject *object)
{
  OndPillar *self = OND_PILLAR (object);

  G_OBJECT_CLASS (ond_pillar_parent_class)->constructed (object);

  /* "Pijler" is the plan's own word, kept in Dutch like the names it precedes (the council
   * outputs are Dutch whatever the language of the user interface). */
  self->title = g_strdup_printf ("Pijler %d: %s", self->number, self->name);
}

static void
ond_pillar_finalize (GObject *object)
{
  OndPillar *self = OND_PILLAR (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->objective, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (ond_pillar_parent_class)->finalize (object);
}

static void
ond_pillar_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  OndPillar *self = OND_PILLAR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NUMBER:
      g_value_set_int (value, self->number);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_OBJECTIVE:
      g_value_set_string (value, self->objective);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_pillar_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  OndPillar *self = OND_PILLAR (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;

    case PROP_NUMBER:
      self->number = g_value_get_int (value);
      break;

    case PROP_NAME:
      g_free (self->name);
      self->name = g_value_dup_string (value);
      if (self->name == NULL)
        self->name = g_strdup ("");
      break;

    case PROP_OBJECTIVE:
      g_free (self->objective);
      self->objective = g_value_dup_string (value);
      if (self->objective == NULL)
        self->objective = g_strdup ("");
      break;

    case PROP_DESCRIPTION:
      g_free (self->description);
      self->description = g_value_dup_string (value);
      if (self->description == NULL)
        self->description = g_strdup ("");
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_pillar_class_init (OndPillarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ond_pillar_constructed;
  object_class->finalize = ond_pillar_finalize;
  object_class->get_property = ond_pillar_get_property;
  object_class->set_property = ond_pillar_set_property;

  /* The row id of the pillar. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The number of the pillar, 1 to 3. */
  properties[PROP_NUMBER] =
    g_param_spec_int ("number", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The name of the pillar, e.g. "Aanpakken van ondermijnende criminaliteit". */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The objective of the pillar. */
  properties[PROP_OBJECTIVE] =
    g_param_spec_string ("objective", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The introduction of the pillar's section. */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The heading as shown, "Pijler 1: <name>". */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_pillar_init (OndPillar *self)
{
}

/**
 * ond_pillar_new:
 * @id: the row id of the pillar
 * @number: the number of the pillar, 1 to 3
 * @name: the name of the pillar, e.g. "Aanpakken van ondermijnende criminaliteit"
 * @objective: the objective of the pillar
 * @description: the introduction of the pillar's section
 *
 * Makes the model object of one pillar row.
 *
 * Returns: (transfer full): a new #OndPillar
 */
OndPillar *
ond_pillar_new (gint64      id,
                int         number,
                const char *name,
                const char *objective,
                const char *description)
{
  return g_object_new (OND_TYPE_PILLAR,
                       "id", id,
                       "number", number,
                       "name", name,
                       "objective", objective,
                       "description", description,
                       NULL);
}

gint64
ond_pillar_get_id (OndPillar *self)
{
  g_return_val_if_fail (OND_IS_PILLAR (self), 0);

  return self->id;
}

int
ond_pillar_get_number (OndPillar *self)
{
  g_return_val_if_fail (OND_IS_PILLAR (self), 0);

  return self->number;
}

const char *
ond_pillar_get_name (OndPillar *self)
{
  g_return_val_if_fail (OND_IS_PILLAR (self), NULL);

  return self->name;
}

const char *
ond_pillar_get_objective (OndPillar *self)
{
  g_return_val_if_fail (OND_IS_PILLAR (self), NULL);

  return self->objective;
}

const char *
ond_pillar_get_description (OndPillar *self)
{
  g_return_val_if_fail (OND_IS_PILLAR (self), NULL);

  return self->description;
}

const char *
ond_pillar_get_title (OndPillar *self)
{
  g_return_val_if_fail (OND_IS_PILLAR (self), NULL);

  return self->title;
}
