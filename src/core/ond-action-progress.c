/* ond-action-progress.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A progress note of an action (table action_progress): its date (ISO), the note and who
 * wrote it.
 */

#define G_LOG_DOMAIN "ond-action-progress"

#include "config.h"

#include "ond-action-progress.h"

struct _OndActionProgress
{
  GObject  parent_instance;

  gint64   id;
  gint64   action_id;
  char    *date;
  char    *note;
  char    *who;
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_ACTION_ID,
  PROP_DATE,
  PROP_NOTE,
  PROP_WHO,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndActionProgress, ond_action_progress, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
ond_action_progress_finalize (GObject *object)
{
  OndActionProgress *self = OND_ACTION_PROGRESS (object);

  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->who, g_free);

  G_OBJECT_CLASS (ond_action_progress_parent_class)->finalize (object);
}

static void
ond_action_progress_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  OndActionProgress *self = OND_ACTION_PROGRESS (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_ACTION_ID:
      g_value_set_int64 (value, self->action_id);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_WHO:
      g_value_set_string (value, self->who);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static char *
dup_not_null (const GValue *value)
{
  const char *text = g_value_get_string (value);

  return g_strdup (text != NULL ? text : "");
}

static void
ond_action_progress_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  OndActionProgress *self = OND_ACTION_PROGRESS (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;

    case PROP_ACTION_ID:
      self->action_id = g_value_get_int64 (value);
      break;

    case PROP_DATE:
      g_free (self->date);
      self->date = dup_not_null (value);
      break;

    case PROP_NOTE:
      g_free (self->note);
      self->note = dup_not_null (value);
      break;

    case PROP_WHO:
      g_free (self->who);
      self->who = dup_not_null (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_action_progress_class_init (OndActionProgressClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_action_progress_finalize;
  object_class->get_property = ond_action_progress_get_property;
  object_class->set_property = ond_action_progress_set_property;

  /* The row id of the note. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The id of the action the note is about. */
  properties[PROP_ACTION_ID] =
    g_param_spec_int64 ("action-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The day the note is about, ISO "YYYY-MM-DD". */
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* What was done or decided. */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* Who wrote the note down (the name of the user), or "". */
  properties[PROP_WHO] =
    g_param_spec_string ("who", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_action_progress_init (OndActionProgress *self)
{
}

/**
 * ond_action_progress_new:
 * @id: the row id of the note
 * @action_id: the id of its action
 * @date: the day the note is about, ISO
 * @note: what was done or decided
 * @who: who wrote it down, or ""
 *
 * Returns: (transfer full): a new #OndActionProgress
 */
OndActionProgress *
ond_action_progress_new (gint64      id,
                         gint64      action_id,
                         const char *date,
                         const char *note,
                         const char *who)
{
  return g_object_new (OND_TYPE_ACTION_PROGRESS,
                       "id", id,
                       "action-id", action_id,
                       "date", date,
                       "note", note,
                       "who", who,
                       NULL);
}

gint64
ond_action_progress_get_id (OndActionProgress *self)
{
  g_return_val_if_fail (OND_IS_ACTION_PROGRESS (self), 0);

  return self->id;
}

gint64
ond_action_progress_get_action_id (OndActionProgress *self)
{
  g_return_val_if_fail (OND_IS_ACTION_PROGRESS (self), 0);

  return self->action_id;
}

const char *
ond_action_progress_get_date (OndActionProgress *self)
{
  g_return_val_if_fail (OND_IS_ACTION_PROGRESS (self), NULL);

  return self->date;
}

const char *
ond_action_progress_get_note (OndActionProgress *self)
{
  g_return_val_if_fail (OND_IS_ACTION_PROGRESS (self), NULL);

  return self->note;
}

const char *
ond_action_progress_get_who (OndActionProgress *self)
{
  g_return_val_if_fail (OND_IS_ACTION_PROGRESS (self), NULL);

  return self->who;
}
