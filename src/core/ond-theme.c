/* ond-theme.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A theme of a plan: its name, short name, description and the partners that own it
 * (theme_owner).
 */

#define G_LOG_DOMAIN "ond-theme"

#include "config.h"

#include "ond-theme.h"

struct _OndTheme
{
  GObject parent_instance;

  gint64  id;
  int     position;
  char   *name;
  char   *short_name;
  char   *description;
  char   *owners;
  gint64 *owner_ids;
  guint   n_owner_ids;
  gint64  row_version;
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_POSITION,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_DESCRIPTION,
  PROP_OWNERS,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndTheme, ond_theme, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
ond_theme_finalize (GObject *object)
{
  OndTheme *self = OND_THEME (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->short_name, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->owners, g_free);
  g_clear_pointer (&self->owner_ids, g_free);

  G_OBJECT_CLASS (ond_theme_parent_class)->finalize (object);
}

static void
ond_theme_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  OndTheme *self = OND_THEME (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SHORT_NAME:
      g_value_set_string (value, self->short_name);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_OWNERS:
      g_value_set_string (value, self->owners);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_theme_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  OndTheme *self = OND_THEME (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;

    case PROP_POSITION:
      self->position = g_value_get_int (value);
      break;

    case PROP_NAME:
      g_free (self->name);
      self->name = g_value_dup_string (value);
      if (self->name == NULL)
        self->name = g_strdup ("");
      break;

    case PROP_SHORT_NAME:
      g_free (self->short_name);
      self->short_name = g_value_dup_string (value);
      if (self->short_name == NULL)
        self->short_name = g_strdup ("");
      break;

    case PROP_DESCRIPTION:
      g_free (self->description);
      self->description = g_value_dup_string (value);
      if (self->description == NULL)
        self->description = g_strdup ("");
      break;

    case PROP_OWNERS:
      g_free (self->owners);
      self->owners = g_value_dup_string (value);
      if (self->owners == NULL)
        self->owners = g_strdup ("");
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_theme_class_init (OndThemeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_theme_finalize;
  object_class->get_property = ond_theme_get_property;
  object_class->set_property = ond_theme_set_property;

  /* The row id of the theme. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The place of the theme in the plan's order. */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The name of the theme, e.g. "Outlaw Motorcycle Gangs (OMG)". */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The short name the planning uses, e.g. "OMG". */
  properties[PROP_SHORT_NAME] =
    g_param_spec_string ("short-name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The description of the theme. */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The owners as shown: partner short names, "Politie, OZHZ". */
  properties[PROP_OWNERS] =
    g_param_spec_string ("owners", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_theme_init (OndTheme *self)
{
}

/**
 * ond_theme_new:
 * @id: the row id of the theme
 * @position: the place of the theme in the plan's order
 * @name: the name of the theme, e.g. "Outlaw Motorcycle Gangs (OMG)"
 * @short_name: the short name the planning uses, e.g. "OMG"
 * @description: the description of the theme
 * @owners: the owners as shown: partner short names, "Politie, OZHZ"
 * @owner_ids: (array length=n_owner_ids) (nullable): the partner ids of the owners, in the
 *   order of @owners
 * @n_owner_ids: the number of @owner_ids
 *
 * Makes the model object of one theme row. @owners and @owner_ids describe the same
 * partners; the ids are copied.
 *
 * Returns: (transfer full): a new #OndTheme
 */
OndTheme *
ond_theme_new (gint64        id,
               int           position,
               const char   *name,
               const char   *short_name,
               const char   *description,
               const char   *owners,
               const gint64 *owner_ids,
               guint         n_owner_ids)
{
  OndTheme *self;

  g_return_val_if_fail (owner_ids != NULL || n_owner_ids == 0, NULL);

  self = g_object_new (OND_TYPE_THEME,
                       "id", id,
                       "position", position,
                       "name", name,
                       "short-name", short_name,
                       "description", description,
                       "owners", owners,
                       NULL);
  self->owner_ids = g_memdup2 (owner_ids, sizeof (gint64) * n_owner_ids);
  self->n_owner_ids = n_owner_ids;

  return self;
}

gint64
ond_theme_get_id (OndTheme *self)
{
  g_return_val_if_fail (OND_IS_THEME (self), 0);

  return self->id;
}

int
ond_theme_get_position (OndTheme *self)
{
  g_return_val_if_fail (OND_IS_THEME (self), 0);

  return self->position;
}

const char *
ond_theme_get_name (OndTheme *self)
{
  g_return_val_if_fail (OND_IS_THEME (self), NULL);

  return self->name;
}

const char *
ond_theme_get_short_name (OndTheme *self)
{
  g_return_val_if_fail (OND_IS_THEME (self), NULL);

  return self->short_name;
}

const char *
ond_theme_get_description (OndTheme *self)
{
  g_return_val_if_fail (OND_IS_THEME (self), NULL);

  return self->description;
}

const char *
ond_theme_get_owners (OndTheme *self)
{
  g_return_val_if_fail (OND_IS_THEME (self), NULL);

  return self->owners;
}

/**
 * ond_theme_get_owner_ids:
 * @self: a #OndTheme
 * @n_owner_ids: (out) (optional): the number of ids
 *
 * Returns: (array length=n_owner_ids) (transfer none) (nullable): the partner ids of the
 *   owners of the theme, in the order of #OndTheme:owners
 */
const gint64 *
ond_theme_get_owner_ids (OndTheme *self,
                         guint    *n_owner_ids)
{
  g_return_val_if_fail (OND_IS_THEME (self), NULL);

  if (n_owner_ids != NULL)
    *n_owner_ids = self->n_owner_ids;
  return self->owner_ids;
}

/**
 * ond_theme_has_owner:
 * @self: a #OndTheme
 * @partner_id: the id of a partner
 *
 * Returns: whether the partner is one of the owners of the theme
 */
gboolean
ond_theme_has_owner (OndTheme *self,
                     gint64    partner_id)
{
  g_return_val_if_fail (OND_IS_THEME (self), FALSE);

  for (guint i = 0; i < self->n_owner_ids; i++)
    if (self->owner_ids[i] == partner_id)
      return TRUE;
  return FALSE;
}

/**
 * ond_theme_get_row_version:
 * @self: a #OndTheme
 *
 * Returns: the row version the theme was read with; 0 when not checked
 */
gint64
ond_theme_get_row_version (OndTheme *self)
{
  g_return_val_if_fail (OND_IS_THEME (self), 0);

  return self->row_version;
}

/**
 * ond_theme_set_row_version:
 * @self: a #OndTheme
 * @row_version: the row version of the theme the edit was opened with; 0 = not checked
 *
 * Sets the version a change of the owners is checked against (ond-store-migration-12.c).
 */
void
ond_theme_set_row_version (OndTheme *self,
                           gint64    row_version)
{
  g_return_if_fail (OND_IS_THEME (self));

  self->row_version = row_version;
}
