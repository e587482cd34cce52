/* ond-stop-talk.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One stopgesprek of the register "Controles & maatregelen": the branch of the facilitator,
 * whether it led to a maatwerkoplossing, and an optional area. Immutable: every property is
 * read-only and set by ond_stop_talk_new (), but for the row version, which the store sets
 * when it reads the row (ond-store-migration-11.c); a missing text is "".
 */

#define G_LOG_DOMAIN "ond-stop-talk"

#include "config.h"

#include "ond-date.h"
#include "ond-stop-talk.h"
#include "ond-text.h"

enum
{
  PROP_0,
  PROP_ID,
  PROP_ROW_VERSION,
  PROP_AREA_ID,
  PROP_MAATWERK,
  /* Text properties from here on. */
  PROP_DATE,
  PROP_BRANCH,
  PROP_AREA_NAME,
  PROP_SEARCH_TEXT,
  N_PROPS,
};

#define FIRST_TEXT_PROP PROP_DATE

struct _OndStopTalk
{
  GObject parent_instance;

  gint64    id;
  gint64    row_version;
  gint64    area_id;
  gboolean  maatwerk;
  char     *text[N_PROPS];
};

G_DEFINE_FINAL_TYPE (OndStopTalk, ond_stop_talk, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static const struct
{
  guint       prop_id;
  const char *name;
} text_props[] = {
  { PROP_DATE, "date" },
  { PROP_BRANCH, "branch" },
  { PROP_AREA_NAME, "area-name" },
  { PROP_SEARCH_TEXT, "search-text" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (text_props) == N_PROPS - FIRST_TEXT_PROP);

static void
set_text (OndStopTalk *self,
          guint        prop_id,
          const char  *text)
{
  g_assert (prop_id >= FIRST_TEXT_PROP && prop_id < N_PROPS);

  g_free (self->text[prop_id]);
  self->text[prop_id] = g_strdup (text != NULL ? text : "");
}

/* The folded text a search entry matches: the date as shown and as stored, the branch and
 * the area. */
static char *
make_search_text (OndStopTalk *self)
{
  g_autofree char *shown = ond_date_format (self->text[PROP_DATE]);
  g_autofree char *joined = g_strjoin (" ", shown, self->text[PROP_DATE],
                                       self->text[PROP_BRANCH],
                                       self->text[PROP_AREA_NAME], NULL);

  return ond_text_fold (joined);
}

static void
ond_stop_talk_finalize (GObject *object)
{
  OndStopTalk *self = OND_STOP_TALK (object);

  for (guint i = 0; i < N_PROPS; i++)
    g_clear_pointer (&self->text[i], g_free);

  G_OBJECT_CLASS (ond_stop_talk_parent_class)->finalize (object);
}

static void
ond_stop_talk_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OndStopTalk *self = OND_STOP_TALK (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_ROW_VERSION:
      g_value_set_int64 (value, self->row_version);
      break;

    case PROP_AREA_ID:
      g_value_set_int64 (value, self->area_id);
      break;

    case PROP_MAATWERK:
      g_value_set_boolean (value, self->maatwerk);
      break;

    default:
      if (prop_id >= FIRST_TEXT_PROP && prop_id < N_PROPS)
        g_value_set_string (value, self->text[prop_id]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
id_param (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL,
                             G_MININT64, G_MAXINT64, 0,
                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
ond_stop_talk_class_init (OndStopTalkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_stop_talk_finalize;
  object_class->get_property = ond_stop_talk_get_property;

  /* The row id (0 when not stored yet) and the area id (0 for none). */
  properties[PROP_ID] = id_param ("id");
  /* The row version read with the stop talk (0 when it was not read from a store): every
   * change through the store adds 1, and a save of an edit is refused when the row changed
   * since (ond-store-migration-11.c). */
  properties[PROP_ROW_VERSION] =
    g_param_spec_int64 ("row-version", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AREA_ID] = id_param ("area-id");
  /* Whether the talk led to a maatwerkoplossing (a tailored solution). */
  properties[PROP_MAATWERK] =
    g_param_spec_boolean ("maatwerk", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /* The date (ISO), the branch, the area name and the folded search text; never NULL. */
  for (guint i = 0; i < G_N_ELEMENTS (text_props); i++)
    properties[text_props[i].prop_id] =
      g_param_spec_string (text_props[i].name, NULL, NULL,
                           "",
                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_stop_talk_init (OndStopTalk *self)
{
}

/**
 * ond_stop_talk_new:
 * @id: the row id, 0 for a stop talk not stored yet
 * @date: the date, ISO "YYYY-MM-DD"
 * @branch: the branch of the facilitator (an accountant, a car dealer...)
 * @maatwerk: whether the talk led to a maatwerkoplossing
 * @area_id: the area, 0 for none
 * @area_name: (nullable): the name of the area
 *
 * Makes the model object of one stop talk. Nothing is checked here: the store checks a
 * stop talk when it saves it.
 *
 * Returns: (transfer full): a new #OndStopTalk
 */
OndStopTalk *
ond_stop_talk_new (gint64      id,
                   const char *date,
                   const char *branch,
                   gboolean    maatwerk,
                   gint64      area_id,
                   const char *area_name)
{
  OndStopTalk *self = g_object_new (OND_TYPE_STOP_TALK, NULL);

  self->id = id;
  self->area_id = area_id;
  self->maatwerk = maatwerk != FALSE;
  set_text (self, PROP_DATE, date);
  set_text (self, PROP_BRANCH, branch);
  set_text (self, PROP_AREA_NAME, area_name);
  self->text[PROP_SEARCH_TEXT] = make_search_text (self);
  return self;
}

gint64
ond_stop_talk_get_id (OndStopTalk *self)
{
  g_return_val_if_fail (OND_IS_STOP_TALK (self), 0);
  return self->id;
}

/**
 * ond_stop_talk_get_row_version:
 * @self: a #OndStopTalk
 *
 * Returns: the row version read with the stop talk, 0 when it was not read from a store
 *   (a save then does not check it)
 */
gint64
ond_stop_talk_get_row_version (OndStopTalk *self)
{
  g_return_val_if_fail (OND_IS_STOP_TALK (self), 0);
  return self->row_version;
}

/**
 * ond_stop_talk_set_row_version:
 * @self: a #OndStopTalk
 * @row_version: the row version the stop talk was read with
 *
 * Sets the row version: for the store that reads the stop talk, and for an edit that is
 * saved against the version it was opened with.
 */
void
ond_stop_talk_set_row_version (OndStopTalk *self,
                               gint64       row_version)
{
  g_return_if_fail (OND_IS_STOP_TALK (self));

  if (self->row_version == row_version)
    return;
  self->row_version = row_version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROW_VERSION]);
}

const char *
ond_stop_talk_get_date (OndStopTalk *self)
{
  g_return_val_if_fail (OND_IS_STOP_TALK (self), NULL);
  return self->text[PROP_DATE];
}

const char *
ond_stop_talk_get_branch (OndStopTalk *self)
{
  g_return_val_if_fail (OND_IS_STOP_TALK (self), NULL);
  return self->text[PROP_BRANCH];
}

gboolean
ond_stop_talk_get_maatwerk (OndStopTalk *self)
{
  g_return_val_if_fail (OND_IS_STOP_TALK (self), FALSE);
  return self->maatwerk;
}

gint64
ond_stop_talk_get_area_id (OndStopTalk *self)
{
  g_return_val_if_fail (OND_IS_STOP_TALK (self), 0);
  return self->area_id;
}

const char *
ond_stop_talk_get_area_name (OndStopTalk *self)
{
  g_return_val_if_fail (OND_IS_STOP_TALK (self), NULL);
  return self->text[PROP_AREA_NAME];
}

const char *
ond_stop_talk_get_search_text (OndStopTalk *self)
{
  g_return_val_if_fail (OND_IS_STOP_TALK (self), NULL);
  return self->text[PROP_SEARCH_TEXT];
}
