/* ond-action.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An action of the plan: its pillar, optional theme, group heading, text, status and owner.
 */

#define G_LOG_DOMAIN "ond-action"

#include "config.h"

#include "ond-action.h"

struct _OndAction
{
  GObject parent_instance;

  gint64  id;
  gint64  pillar_id;
  int     pillar_number;
  gint64  theme_id;
  char   *theme_name;
  char   *group_heading;
  int     position;
  char   *text;
  char   *status;
  char   *status_label;
  gint64  owner_id;
  char   *owner;
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_PILLAR_ID,
  PROP_PILLAR_NUMBER,
  PROP_THEME_ID,
  PROP_THEME_NAME,
  PROP_GROUP_HEADING,
  PROP_POSITION,
  PROP_TEXT,
  PROP_STATUS,
  PROP_STATUS_LABEL,
  PROP_OWNER_ID,
  PROP_OWNER,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndAction, ond_action, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
ond_action_finalize (GObject *object)
{
  OndAction *self = OND_ACTION (object);

  g_clear_pointer (&self->theme_name, g_free);
  g_clear_pointer (&self->group_heading, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->status_label, g_free);
  g_clear_pointer (&self->owner, g_free);

  G_OBJECT_CLASS (ond_action_parent_class)->finalize (object);
}

static void
ond_action_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  OndAction *self = OND_ACTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_PILLAR_ID:
      g_value_set_int64 (value, self->pillar_id);
      break;

    case PROP_PILLAR_NUMBER:
      g_value_set_int (value, self->pillar_number);
      break;

    case PROP_THEME_ID:
      g_value_set_int64 (value, self->theme_id);
      break;

    case PROP_THEME_NAME:
      g_value_set_string (value, self->theme_name);
      break;

    case PROP_GROUP_HEADING:
      g_value_set_string (value, self->group_heading);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_STATUS_LABEL:
      g_value_set_string (value, self->status_label);
      break;

    case PROP_OWNER_ID:
      g_value_set_int64 (value, self->owner_id);
      break;

    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_action_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  OndAction *self = OND_ACTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;

    case PROP_PILLAR_ID:
      self->pillar_id = g_value_get_int64 (value);
      break;

    case PROP_PILLAR_NUMBER:
      self->pillar_number = g_value_get_int (value);
      break;

    case PROP_THEME_ID:
      self->theme_id = g_value_get_int64 (value);
      break;

    case PROP_THEME_NAME:
      g_free (self->theme_name);
      self->theme_name = g_value_dup_string (value);
      break;

    case PROP_GROUP_HEADING:
      g_free (self->group_heading);
      self->group_heading = g_value_dup_string (value);
      if (self->group_heading == NULL)
        self->group_heading = g_strdup ("");
      break;

    case PROP_POSITION:
      self->position = g_value_get_int (value);
      break;

    case PROP_TEXT:
      g_free (self->text);
      self->text = g_value_dup_string (value);
      if (self->text == NULL)
        self->text = g_strdup ("");
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

    case PROP_OWNER_ID:
      self->owner_id = g_value_get_int64 (value);
      break;

    case PROP_OWNER:
      g_free (self->owner);
      self->owner = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_action_class_init (OndActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_action_finalize;
  object_class->get_property = ond_action_get_property;
  object_class->set_property = ond_action_set_property;

  /* The row id of the action. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The id of the pillar the action belongs to. */
  properties[PROP_PILLAR_ID] =
    g_param_spec_int64 ("pillar-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The number (1-3) of that pillar. */
  properties[PROP_PILLAR_NUMBER] =
    g_param_spec_int ("pillar-number", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The id of the theme of the action, or 0 for a pillar's own action. */
  properties[PROP_THEME_ID] =
    g_param_spec_int64 ("theme-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The name of that theme, or %NULL. */
  properties[PROP_THEME_NAME] =
    g_param_spec_string ("theme-name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The heading the plan groups the action under, or "". */
  properties[PROP_GROUP_HEADING] =
    g_param_spec_string ("group-heading", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The place of the action in the plan's order. */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The text of the action. */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
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

  /* The id of the partner that owns the action, or 0. */
  properties[PROP_OWNER_ID] =
    g_param_spec_int64 ("owner-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The name of that partner, or %NULL. */
  properties[PROP_OWNER] =
    g_param_spec_string ("owner", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_action_init (OndAction *self)
{
}

/**
 * ond_action_new:
 * @id: the row id of the action
 * @pillar_id: the id of the pillar the action belongs to
 * @pillar_number: the number (1-3) of that pillar
 * @theme_id: the id of the theme of the action, or 0 for a pillar's own action
 * @theme_name: (nullable): the name of that theme, or %NULL
 * @group_heading: the heading the plan groups the action under, or ""
 * @position: the place of the action in the plan's order
 * @text: the text of the action
 * @status: the work_status code: gepland, lopend, gereed, uitgesteld, vervallen
 * @status_label: the label of that status, e.g. "Gepland"
 * @owner_id: the id of the partner that owns the action, or 0
 * @owner: (nullable): the name of that partner, or %NULL
 *
 * Makes the model object of one action row, with the names the store joins to it.
 *
 * Returns: (transfer full): a new #OndAction
 */
OndAction *
ond_action_new (gint64      id,
                gint64      pillar_id,
                int         pillar_number,
                gint64      theme_id,
                const char *theme_name,
                const char *group_heading,
                int         position,
                const char *text,
                const char *status,
                const char *status_label,
                gint64      owner_id,
                const char *owner)
{
  return g_object_new (OND_TYPE_ACTION,
                       "id", id,
                       "pillar-id", pillar_id,
                       "pillar-number", pillar_number,
                       "theme-id", theme_id,
                       "theme-name", theme_name,
                       "group-heading", group_heading,
                       "position", position,
                       "text", text,
                       "status", status,
                       "status-label", status_label,
                       "owner-id", owner_id,
                       "owner", owner,
                       NULL);
}

gint64
ond_action_get_id (OndAction *self)
{
  g_return_val_if_fail (OND_IS_ACTION (self), 0);

  return self->id;
}

gint64
ond_action_get_pillar_id (OndAction *self)
{
  g_return_val_if_fail (OND_IS_ACTION (self), 0);

  return self->pillar_id;
}

int
ond_action_get_pillar_number (OndAction *self)
{
  g_return_val_if_fail (OND_IS_ACTION (self), 0);

  return self->pillar_number;
}

gint64
ond_action_get_theme_id (OndAction *self)
{
  g_return_val_if_fail (OND_IS_ACTION (self), 0);

  return self->theme_id;
}

const char *
ond_action_get_theme_name (OndAction *self)
{
  g_return_val_if_fail (OND_IS_ACTION (self), NULL);

  return self->theme_name;
}

const char *
ond_action_get_group_heading (OndAction *self)
{
  g_return_val_if_fail (OND_IS_ACTION (self), NULL);

  return self->group_heading;
}

int
ond_action_get_position (OndAction *self)
{
  g_return_val_if_fail (OND_IS_ACTION (self), 0);

  return self->position;
}

const char *
ond_action_get_text (OndAction *self)
{
  g_return_val_if_fail (OND_IS_ACTION (self), NULL);

  return self->text;
}

const char *
ond_action_get_status (OndAction *self)
{
  g_return_val_if_fail (OND_IS_ACTION (self), NULL);

  return self->status;
}

const char *
ond_action_get_status_label (OndAction *self)
{
  g_return_val_if_fail (OND_IS_ACTION (self), NULL);

  return self->status_label;
}

gint64
ond_action_get_owner_id (OndAction *self)
{
  g_return_val_if_fail (OND_IS_ACTION (self), 0);

  return self->owner_id;
}

const char *
ond_action_get_owner (OndAction *self)
{
  g_return_val_if_fail (OND_IS_ACTION (self), NULL);

  return self->owner;
}
