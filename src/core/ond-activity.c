/* ond-activity.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One activity the planning counts (a wijkgerichte drugsactie, a weerbaarheidsactie...),
 * with the theme, planning row and area it refers to. Immutable: every property is
 * read-only and set by ond_activity_new (), but for the row version, which the store sets
 * when it reads the row (ond-store-migration-11.c); a missing text is "".
 */

#define G_LOG_DOMAIN "ond-activity"

#include "config.h"

#include "ond-activity.h"
#include "ond-date.h"
#include "ond-text.h"

enum
{
  PROP_0,
  PROP_ID,
  PROP_ROW_VERSION,
  PROP_THEME_ID,
  PROP_PLAN_ITEM_ID,
  PROP_AREA_ID,
  /* Text properties from here on. */
  PROP_DATE,
  PROP_KIND,
  PROP_KIND_LABEL,
  PROP_THEME_NAME,
  PROP_PLAN_ITEM_TEXT,
  PROP_AREA_NAME,
  PROP_NOTE,
  PROP_SEARCH_TEXT,
  N_PROPS,
};

#define FIRST_TEXT_PROP PROP_DATE

struct _OndActivity
{
  GObject parent_instance;

  gint64  id;
  gint64  row_version;
  gint64  theme_id;
  gint64  plan_item_id;
  gint64  area_id;
  char   *text[N_PROPS];
};

G_DEFINE_FINAL_TYPE (OndActivity, ond_activity, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static const struct
{
  guint       prop_id;
  const char *name;
} text_props[] = {
  { PROP_DATE, "date" },
  { PROP_KIND, "kind" },
  { PROP_KIND_LABEL, "kind-label" },
  { PROP_THEME_NAME, "theme-name" },
  { PROP_PLAN_ITEM_TEXT, "plan-item-text" },
  { PROP_AREA_NAME, "area-name" },
  { PROP_NOTE, "note" },
  { PROP_SEARCH_TEXT, "search-text" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (text_props) == N_PROPS - FIRST_TEXT_PROP);

static void
set_text (OndActivity *self,
          guint        prop_id,
          const char  *text)
{
  g_assert (prop_id >= FIRST_TEXT_PROP && prop_id < N_PROPS);

  g_free (self->text[prop_id]);
  self->text[prop_id] = g_strdup (text != NULL ? text : "");
}

/* The folded text a search entry matches: the date as shown and as stored, then every
 * text column of the list. */
static char *
make_search_text (OndActivity *self)
{
  g_autofree char *shown = ond_date_format (self->text[PROP_DATE]);
  g_autofree char *joined = g_strjoin (" ", shown, self->text[PROP_DATE],
                                       self->text[PROP_KIND_LABEL],
                                       self->text[PROP_THEME_NAME],
                                       self->text[PROP_PLAN_ITEM_TEXT],
                                       self->text[PROP_AREA_NAME],
                                       self->text[PROP_NOTE], NULL);

  return ond_text_fold (joined);
}

static void
ond_activity_finalize (GObject *object)
{
  OndActivity *self = OND_ACTIVITY (object);

  for (guint i = 0; i < N_PROPS; i++)
    g_clear_pointer (&self->text[i], g_free);

  G_OBJECT_CLASS (ond_activity_parent_class)->finalize (object);
}

static void
ond_activity_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  OndActivity *self = OND_ACTIVITY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_ROW_VERSION:
      g_value_set_int64 (value, self->row_version);
      break;

    case PROP_THEME_ID:
      g_value_set_int64 (value, self->theme_id);
      break;

    case PROP_PLAN_ITEM_ID:
      g_value_set_int64 (value, self->plan_item_id);
      break;

    case PROP_AREA_ID:
      g_value_set_int64 (value, self->area_id);
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
ond_activity_class_init (OndActivityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_activity_finalize;
  object_class->get_property = ond_activity_get_property;

  /* The row id (0 when not stored yet); the theme, planning row and area ids, 0 for none. */
  properties[PROP_ID] = id_param ("id");
  /* The row version read with the activity (0 when it was not read from a store): every
   * change through the store adds 1, and a save of an edit is refused when the row changed
   * since (ond-store-migration-11.c). */
  properties[PROP_ROW_VERSION] =
    g_param_spec_int64 ("row-version", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_THEME_ID] = id_param ("theme-id");
  properties[PROP_PLAN_ITEM_ID] = id_param ("plan-item-id");
  properties[PROP_AREA_ID] = id_param ("area-id");

  /* The date (ISO), the kind code and label, the theme name, the planning row's "what",
   * the area name, the note and the folded search text (see ond-activity.h); never NULL. */
  for (guint i = 0; i < G_N_ELEMENTS (text_props); i++)
    properties[text_props[i].prop_id] =
      g_param_spec_string (text_props[i].name, NULL, NULL,
                           "",
                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_activity_init (OndActivity *self)
{
}

/**
 * ond_activity_new:
 * @id: the row id, 0 for an activity not stored yet
 * @date: the date, ISO "YYYY-MM-DD"
 * @kind: an activity_kind code
 * @kind_label: (nullable): the label of @kind
 * @theme_id: the theme, 0 for none
 * @theme_name: (nullable): the name of the theme
 * @plan_item_id: the planning row the activity fulfils, 0 for none
 * @plan_item_text: (nullable): the "what" of that planning row
 * @area_id: the area, 0 for none
 * @area_name: (nullable): the name of the area
 * @note: (nullable): a note
 *
 * Makes the model object of one activity. Nothing is checked here: the store checks an
 * activity when it saves it.
 *
 * Returns: (transfer full): a new #OndActivity
 */
OndActivity *
ond_activity_new (gint64      id,
                  const char *date,
                  const char *kind,
                  const char *kind_label,
                  gint64      theme_id,
                  const char *theme_name,
                  gint64      plan_item_id,
                  const char *plan_item_text,
                  gint64      area_id,
                  const char *area_name,
                  const char *note)
{
  OndActivity *self = g_object_new (OND_TYPE_ACTIVITY, NULL);

  self->id = id;
  self->theme_id = theme_id;
  self->plan_item_id = plan_item_id;
  self->area_id = area_id;
  set_text (self, PROP_DATE, date);
  set_text (self, PROP_KIND, kind);
  set_text (self, PROP_KIND_LABEL, kind_label);
  set_text (self, PROP_THEME_NAME, theme_name);
  set_text (self, PROP_PLAN_ITEM_TEXT, plan_item_text);
  set_text (self, PROP_AREA_NAME, area_name);
  set_text (self, PROP_NOTE, note);
  self->text[PROP_SEARCH_TEXT] = make_search_text (self);
  return self;
}

gint64
ond_activity_get_id (OndActivity *self)
{
  g_return_val_if_fail (OND_IS_ACTIVITY (self), 0);
  return self->id;
}

/**
 * ond_activity_get_row_version:
 * @self: a #OndActivity
 *
 * Returns: the row version read with the activity, 0 when it was not read from a store
 *   (a save then does not check it)
 */
gint64
ond_activity_get_row_version (OndActivity *self)
{
  g_return_val_if_fail (OND_IS_ACTIVITY (self), 0);
  return self->row_version;
}

/**
 * ond_activity_set_row_version:
 * @self: a #OndActivity
 * @row_version: the row version the activity was read with
 *
 * Sets the row version: for the store that reads the activity, and for an edit that is
 * saved against the version it was opened with.
 */
void
ond_activity_set_row_version (OndActivity *self,
                              gint64       row_version)
{
  g_return_if_fail (OND_IS_ACTIVITY (self));

  if (self->row_version == row_version)
    return;
  self->row_version = row_version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROW_VERSION]);
}

const char *
ond_activity_get_date (OndActivity *self)
{
  g_return_val_if_fail (OND_IS_ACTIVITY (self), NULL);
  return self->text[PROP_DATE];
}

const char *
ond_activity_get_kind (OndActivity *self)
{
  g_return_val_if_fail (OND_IS_ACTIVITY (self), NULL);
  return self->text[PROP_KIND];
}

const char *
ond_activity_get_kind_label (OndActivity *self)
{
  g_return_val_if_fail (OND_IS_ACTIVITY (self), NULL);
  return self->text[PROP_KIND_LABEL];
}

gint64
ond_activity_get_theme_id (OndActivity *self)
{
  g_return_val_if_fail (OND_IS_ACTIVITY (self), 0);
  return self->theme_id;
}

const char *
ond_activity_get_theme_name (OndActivity *self)
{
  g_return_val_if_fail (OND_IS_ACTIVITY (self), NULL);
  return self->text[PROP_THEME_NAME];
}

gint64
ond_activity_get_plan_item_id (OndActivity *self)
{
  g_return_val_if_fail (OND_IS_ACTIVITY (self), 0);
  return self->plan_item_id;
}

const char *
ond_activity_get_plan_item_text (OndActivity *self)
{
  g_return_val_if_fail (OND_IS_ACTIVITY (self), NULL);
  return self->text[PROP_PLAN_ITEM_TEXT];
}

gint64
ond_activity_get_area_id (OndActivity *self)
{
  g_return_val_if_fail (OND_IS_ACTIVITY (self), 0);
  return self->area_id;
}

const char *
ond_activity_get_area_name (OndActivity *self)
{
  g_return_val_if_fail (OND_IS_ACTIVITY (self), NULL);
  return self->text[PROP_AREA_NAME];
}

const char *
ond_activity_get_note (OndActivity *self)
{
  g_return_val_if_fail (OND_IS_ACTIVITY (self), NULL);
  return self->text[PROP_NOTE];
}

const char *
ond_activity_get_search_text (OndActivity *self)
{
  g_return_val_if_fail (OND_IS_ACTIVITY (self), NULL);
  return self->text[PROP_SEARCH_TEXT];
}
