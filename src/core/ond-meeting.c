/* ond-meeting.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A casusoverleg: its date, a note and the number of cases on its agenda.
 */

#define G_LOG_DOMAIN "ond-meeting"

#include "config.h"

#include "ond-meeting.h"

struct _OndMeeting
{
  GObject parent_instance;

  gint64  id;
  char   *date;
  char   *note;
  guint   n_items;
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_DATE,
  PROP_NOTE,
  PROP_N_ITEMS,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndMeeting, ond_meeting, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
ond_meeting_finalize (GObject *object)
{
  OndMeeting *self = OND_MEETING (object);

  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (ond_meeting_parent_class)->finalize (object);
}

static void
ond_meeting_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  OndMeeting *self = OND_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->n_items);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_meeting_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  OndMeeting *self = OND_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;

    case PROP_DATE:
      g_free (self->date);
      self->date = g_value_dup_string (value);
      if (self->date == NULL)
        self->date = g_strdup ("");
      break;

    case PROP_NOTE:
      g_free (self->note);
      self->note = g_value_dup_string (value);
      if (self->note == NULL)
        self->note = g_strdup ("");
      break;

    case PROP_N_ITEMS:
      self->n_items = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_meeting_class_init (OndMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_meeting_finalize;
  object_class->get_property = ond_meeting_get_property;
  object_class->set_property = ond_meeting_set_property;

  /* The row id of the meeting. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The date of the meeting, ISO "YYYY-MM-DD". */
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* A note on the meeting, or "". */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* How many cases are on the agenda of the meeting. */
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_meeting_init (OndMeeting *self)
{
}

/**
 * ond_meeting_new:
 * @id: the row id of the meeting
 * @date: the date of the meeting, ISO "YYYY-MM-DD"
 * @note: (nullable): a note on the meeting
 * @n_items: how many cases are on its agenda
 *
 * Makes the model object of one meeting row.
 *
 * Returns: (transfer full): a new #OndMeeting
 */
OndMeeting *
ond_meeting_new (gint64      id,
                 const char *date,
                 const char *note,
                 guint       n_items)
{
  return g_object_new (OND_TYPE_MEETING,
                       "id", id,
                       "date", date,
                       "note", note,
                       "n-items", n_items,
                       NULL);
}

gint64
ond_meeting_get_id (OndMeeting *self)
{
  g_return_val_if_fail (OND_IS_MEETING (self), 0);

  return self->id;
}

const char *
ond_meeting_get_date (OndMeeting *self)
{
  g_return_val_if_fail (OND_IS_MEETING (self), NULL);

  return self->date;
}

const char *
ond_meeting_get_note (OndMeeting *self)
{
  g_return_val_if_fail (OND_IS_MEETING (self), NULL);

  return self->note;
}

guint
ond_meeting_get_n_items (OndMeeting *self)
{
  g_return_val_if_fail (OND_IS_MEETING (self), 0);

  return self->n_items;
}
