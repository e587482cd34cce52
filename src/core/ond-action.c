/* ond-action.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An action of the plan: its pillar, optional theme, group heading, text, status and owner;
 * its latest progress note, the ids of the planning rows linked to it, and (when read one at
 * a time) all its progress notes. The store sets the last three after it made the object.
 */

#define G_LOG_DOMAIN "ond-action"

#include "config.h"

#include <string.h>

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

  char       *latest_progress_date;
  char       *latest_progress_note;
  gint64     *plan_item_ids;
  guint       n_plan_items;
  GListModel *progress;
  gint64      row_version;
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
  PROP_LATEST_PROGRESS_DATE,
  PROP_LATEST_PROGRESS_NOTE,
  PROP_N_PLAN_ITEMS,
  PROP_PROGRESS,
  PROP_ROW_VERSION,
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
  g_clear_pointer (&self->latest_progress_date, g_free);
  g_clear_pointer (&self->latest_progress_note, g_free);
  g_clear_pointer (&self->plan_item_ids, g_free);
  g_clear_object (&self->progress);

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

    case PROP_LATEST_PROGRESS_DATE:
      g_value_set_string (value, self->latest_progress_date);
      break;

    case PROP_LATEST_PROGRESS_NOTE:
      g_value_set_string (value, self->latest_progress_note);
      break;

    case PROP_N_PLAN_ITEMS:
      g_value_set_uint (value, self->n_plan_items);
      break;

    case PROP_PROGRESS:
      g_value_set_object (value, self->progress);
      break;

    case PROP_ROW_VERSION:
      g_value_set_int64 (value, self->row_version);
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

    case PROP_LATEST_PROGRESS_DATE:
      ond_action_set_latest_progress (self, g_value_get_string (value),
                                      self->latest_progress_note);
      break;

    case PROP_LATEST_PROGRESS_NOTE:
      ond_action_set_latest_progress (self, self->latest_progress_date,
                                      g_value_get_string (value));
      break;

    case PROP_PROGRESS:
      ond_action_set_progress (self, g_value_get_object (value));
      break;

    case PROP_ROW_VERSION:
      ond_action_set_row_version (self, g_value_get_int64 (value));
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

  /* The date (ISO) of the latest progress note, or %NULL when there is none. */
  properties[PROP_LATEST_PROGRESS_DATE] =
    g_param_spec_string ("latest-progress-date", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The text of the latest progress note, or %NULL when there is none. */
  properties[PROP_LATEST_PROGRESS_NOTE] =
    g_param_spec_string ("latest-progress-note", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* How many planning rows are linked to the action (ond_action_get_plan_item_ids). */
  properties[PROP_N_PLAN_ITEMS] =
    g_param_spec_uint ("n-plan-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* All progress notes (#OndActionProgress, newest first), or %NULL when they were not
   * read (ond_store_list_actions reads only the latest). */
  properties[PROP_PROGRESS] =
    g_param_spec_object ("progress", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The row version read with the action (every change through the store adds 1; an edit
   * saved with it is refused when the row changed since, ond_store_save_action_edit ()). */
  properties[PROP_ROW_VERSION] =
    g_param_spec_int64 ("row-version", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

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

/**
 * ond_action_same_group:
 * @self: an #OndAction
 * @other: another #OndAction
 *
 * Returns: whether the two actions are of one group: the same pillar, theme and group
 *   heading (an action moves up or down only within its group)
 */
gboolean
ond_action_same_group (OndAction *self,
                       OndAction *other)
{
  g_return_val_if_fail (OND_IS_ACTION (self), FALSE);
  g_return_val_if_fail (OND_IS_ACTION (other), FALSE);

  return self->pillar_id == other->pillar_id && self->theme_id == other->theme_id
         && g_strcmp0 (self->group_heading, other->group_heading) == 0;
}

/**
 * ond_action_get_latest_progress_date:
 * @self: an #OndAction
 *
 * Returns: (nullable): the date (ISO) of the latest progress note, or %NULL
 */
const char *
ond_action_get_latest_progress_date (OndAction *self)
{
  g_return_val_if_fail (OND_IS_ACTION (self), NULL);

  return self->latest_progress_date;
}

/**
 * ond_action_get_latest_progress_note:
 * @self: an #OndAction
 *
 * Returns: (nullable): the text of the latest progress note, or %NULL
 */
const char *
ond_action_get_latest_progress_note (OndAction *self)
{
  g_return_val_if_fail (OND_IS_ACTION (self), NULL);

  return self->latest_progress_note;
}

/**
 * ond_action_set_latest_progress:
 * @self: an #OndAction
 * @date: (nullable): the date (ISO) of the latest progress note, or %NULL for none
 * @note: (nullable): its text, or %NULL for none
 *
 * Sets the latest progress note the action shows.
 */
void
ond_action_set_latest_progress (OndAction  *self,
                                const char *date,
                                const char *note)
{
  g_return_if_fail (OND_IS_ACTION (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (g_strcmp0 (self->latest_progress_date, date) != 0)
    {
      /* @date may point into the old value: copy before freeing. */
      char *copy = g_strdup (date);

      g_free (self->latest_progress_date);
      self->latest_progress_date = copy;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LATEST_PROGRESS_DATE]);
    }
  if (g_strcmp0 (self->latest_progress_note, note) != 0)
    {
      char *copy = g_strdup (note);

      g_free (self->latest_progress_note);
      self->latest_progress_note = copy;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LATEST_PROGRESS_NOTE]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * ond_action_get_plan_item_ids:
 * @self: an #OndAction
 * @n_ids: (out) (optional): the number of ids
 *
 * Returns: (array length=n_ids) (transfer none) (nullable): the ids of the planning rows
 *   linked to the action, in the planning's order
 */
const gint64 *
ond_action_get_plan_item_ids (OndAction *self,
                              guint     *n_ids)
{
  g_return_val_if_fail (OND_IS_ACTION (self), NULL);

  if (n_ids != NULL)
    *n_ids = self->n_plan_items;
  return self->plan_item_ids;
}

guint
ond_action_get_n_plan_items (OndAction *self)
{
  g_return_val_if_fail (OND_IS_ACTION (self), 0);

  return self->n_plan_items;
}

/**
 * ond_action_has_plan_item:
 * @self: an #OndAction
 * @plan_item_id: the id of a planning row
 *
 * Returns: whether that planning row is linked to the action
 */
gboolean
ond_action_has_plan_item (OndAction *self,
                          gint64     plan_item_id)
{
  g_return_val_if_fail (OND_IS_ACTION (self), FALSE);

  for (guint i = 0; i < self->n_plan_items; i++)
    if (self->plan_item_ids[i] == plan_item_id)
      return TRUE;
  return FALSE;
}

/**
 * ond_action_set_plan_item_ids:
 * @self: an #OndAction
 * @ids: (array length=n_ids) (nullable): the ids of the linked planning rows
 * @n_ids: the number of @ids
 *
 * Sets the planning rows linked to the action.
 */
void
ond_action_set_plan_item_ids (OndAction    *self,
                              const gint64 *ids,
                              guint         n_ids)
{
  gint64 *copy;

  g_return_if_fail (OND_IS_ACTION (self));
  g_return_if_fail (ids != NULL || n_ids == 0);

  if (n_ids == self->n_plan_items &&
      (n_ids == 0 || memcmp (ids, self->plan_item_ids, n_ids * sizeof (gint64)) == 0))
    return;

  copy = n_ids > 0 ? g_memdup2 (ids, n_ids * sizeof (gint64)) : NULL;
  g_free (self->plan_item_ids);
  self->plan_item_ids = copy;
  self->n_plan_items = n_ids;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PLAN_ITEMS]);
}

/**
 * ond_action_get_progress:
 * @self: an #OndAction
 *
 * Returns: (transfer none) (nullable): all progress notes of the action (#OndActionProgress,
 *   newest first), or %NULL when they were not read
 */
GListModel *
ond_action_get_progress (OndAction *self)
{
  g_return_val_if_fail (OND_IS_ACTION (self), NULL);

  return self->progress;
}

/**
 * ond_action_set_progress:
 * @self: an #OndAction
 * @progress: (nullable): all progress notes of the action, newest first
 *
 * Sets the progress notes the action carries (for an Undo of its delete).
 */
void
ond_action_set_progress (OndAction  *self,
                         GListModel *progress)
{
  g_return_if_fail (OND_IS_ACTION (self));
  g_return_if_fail (progress == NULL || G_IS_LIST_MODEL (progress));

  if (g_set_object (&self->progress, progress))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

/**
 * ond_action_get_row_version:
 * @self: an #OndAction
 *
 * Returns: the row version read with the action (0 when it was not read from a store)
 */
gint64
ond_action_get_row_version (OndAction *self)
{
  g_return_val_if_fail (OND_IS_ACTION (self), 0);

  return self->row_version;
}

/**
 * ond_action_set_row_version:
 * @self: an #OndAction
 * @row_version: the row version read with the action
 *
 * Sets the row version, for the store that read the action.
 */
void
ond_action_set_row_version (OndAction *self,
                            gint64     row_version)
{
  g_return_if_fail (OND_IS_ACTION (self));

  if (self->row_version == row_version)
    return;
  self->row_version = row_version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROW_VERSION]);
}
