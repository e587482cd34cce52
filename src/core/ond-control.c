/* ond-control.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One control of the register "Controles & maatregelen" with the labels and names of what
 * it refers to. Immutable: every property is read-only and set by ond_control_new (), but
 * for the row version, which the store sets when it reads the row (ond-store-migration-11.c);
 * the text properties live in one array indexed by property id. Never NULL: a missing text
 * is "".
 */

#define G_LOG_DOMAIN "ond-control"

#include "config.h"

#include "ond-control.h"
#include "ond-date.h"
#include "ond-text.h"

enum
{
  PROP_0,
  PROP_ID,
  PROP_ROW_VERSION,
  PROP_AREA_ID,
  PROP_BUSINESSES,
  PROP_SIGNALS,
  PROP_N_PARTNERS,
  /* Text properties from here on. */
  PROP_DATE,
  PROP_KIND,
  PROP_KIND_LABEL,
  PROP_AREA_NAME,
  PROP_PARTNER_NAMES,
  PROP_NOTE,
  PROP_SEARCH_TEXT,
  N_PROPS,
};

#define FIRST_TEXT_PROP PROP_DATE

struct _OndControl
{
  GObject parent_instance;

  gint64  id;
  gint64  row_version;
  gint64  area_id;
  gint64  businesses;
  gint64  signals;
  gint64 *partner_ids;
  guint   n_partners;
  char   *text[N_PROPS];
};

G_DEFINE_FINAL_TYPE (OndControl, ond_control, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static const struct
{
  guint       prop_id;
  const char *name;
} text_props[] = {
  { PROP_DATE, "date" },
  { PROP_KIND, "kind" },
  { PROP_KIND_LABEL, "kind-label" },
  { PROP_AREA_NAME, "area-name" },
  { PROP_PARTNER_NAMES, "partner-names" },
  { PROP_NOTE, "note" },
  { PROP_SEARCH_TEXT, "search-text" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (text_props) == N_PROPS - FIRST_TEXT_PROP);

static void
set_text (OndControl *self,
          guint       prop_id,
          const char *text)
{
  g_assert (prop_id >= FIRST_TEXT_PROP && prop_id < N_PROPS);

  g_free (self->text[prop_id]);
  self->text[prop_id] = g_strdup (text != NULL ? text : "");
}

/* The folded text a search entry matches: the date as shown and as stored, then every
 * text column of the list. */
static char *
make_search_text (OndControl *self)
{
  g_autofree char *shown = ond_date_format (self->text[PROP_DATE]);
  g_autofree char *joined = g_strjoin (" ", shown, self->text[PROP_DATE],
                                       self->text[PROP_KIND_LABEL],
                                       self->text[PROP_AREA_NAME],
                                       self->text[PROP_PARTNER_NAMES],
                                       self->text[PROP_NOTE], NULL);

  return ond_text_fold (joined);
}

static void
ond_control_finalize (GObject *object)
{
  OndControl *self = OND_CONTROL (object);

  for (guint i = 0; i < N_PROPS; i++)
    g_clear_pointer (&self->text[i], g_free);
  g_clear_pointer (&self->partner_ids, g_free);

  G_OBJECT_CLASS (ond_control_parent_class)->finalize (object);
}

static void
ond_control_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  OndControl *self = OND_CONTROL (object);

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

    case PROP_BUSINESSES:
      g_value_set_int64 (value, self->businesses);
      break;

    case PROP_SIGNALS:
      g_value_set_int64 (value, self->signals);
      break;

    case PROP_N_PARTNERS:
      g_value_set_uint (value, self->n_partners);
      break;

    default:
      if (prop_id >= FIRST_TEXT_PROP && prop_id < N_PROPS)
        g_value_set_string (value, self->text[prop_id]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
int64_param (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL,
                             G_MININT64, G_MAXINT64, 0,
                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
ond_control_class_init (OndControlClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_control_finalize;
  object_class->get_property = ond_control_get_property;

  /* The row id (0 when not stored yet) and the area id (0 for none). */
  properties[PROP_ID] = int64_param ("id");
  /* The row version read with the control (0 when it was not read from a store): every
   * change through the store adds 1, and a save of an edit is refused when the row changed
   * since (ond-store-migration-11.c). */
  properties[PROP_ROW_VERSION] =
    g_param_spec_int64 ("row-version", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AREA_ID] = int64_param ("area-id");
  /* The businesses visited and the signals found, as entered (the store checks them). */
  properties[PROP_BUSINESSES] = int64_param ("businesses");
  properties[PROP_SIGNALS] = int64_param ("signals");
  /* How many partners were present. */
  properties[PROP_N_PARTNERS] =
    g_param_spec_uint ("n-partners", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /* The date (ISO), the kind code and label, the area name, the partners' short names,
   * the note and the folded search text (see ond-control.h); never NULL. */
  for (guint i = 0; i < G_N_ELEMENTS (text_props); i++)
    properties[text_props[i].prop_id] =
      g_param_spec_string (text_props[i].name, NULL, NULL,
                           "",
                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_control_init (OndControl *self)
{
}

/**
 * ond_control_new:
 * @id: the row id, 0 for a control not stored yet
 * @date: the date, ISO "YYYY-MM-DD"
 * @kind: a control_kind code
 * @kind_label: (nullable): the label of @kind
 * @area_id: the area, 0 for none
 * @area_name: (nullable): the name of the area
 * @businesses: the businesses visited
 * @signals: the signals found
 * @partner_ids: (array length=n_partners) (nullable): the partners present
 * @n_partners: the number of @partner_ids
 * @partner_names: (nullable): the short names of the partners, joined with ", "
 * @note: (nullable): a note
 *
 * Makes the model object of one control. Nothing is checked here: the store checks a
 * control when it saves it.
 *
 * Returns: (transfer full): a new #OndControl
 */
OndControl *
ond_control_new (gint64        id,
                 const char   *date,
                 const char   *kind,
                 const char   *kind_label,
                 gint64        area_id,
                 const char   *area_name,
                 gint64        businesses,
                 gint64        signals,
                 const gint64 *partner_ids,
                 guint         n_partners,
                 const char   *partner_names,
                 const char   *note)
{
  OndControl *self;

  g_return_val_if_fail (partner_ids != NULL || n_partners == 0, NULL);

  self = g_object_new (OND_TYPE_CONTROL, NULL);
  self->id = id;
  self->area_id = area_id;
  self->businesses = businesses;
  self->signals = signals;
  self->n_partners = n_partners;
  if (n_partners > 0)
    self->partner_ids = g_memdup2 (partner_ids, n_partners * sizeof (gint64));
  set_text (self, PROP_DATE, date);
  set_text (self, PROP_KIND, kind);
  set_text (self, PROP_KIND_LABEL, kind_label);
  set_text (self, PROP_AREA_NAME, area_name);
  set_text (self, PROP_PARTNER_NAMES, partner_names);
  set_text (self, PROP_NOTE, note);
  self->text[PROP_SEARCH_TEXT] = make_search_text (self);
  return self;
}

gint64
ond_control_get_id (OndControl *self)
{
  g_return_val_if_fail (OND_IS_CONTROL (self), 0);
  return self->id;
}

/**
 * ond_control_get_row_version:
 * @self: a #OndControl
 *
 * Returns: the row version read with the control, 0 when it was not read from a store
 *   (a save then does not check it)
 */
gint64
ond_control_get_row_version (OndControl *self)
{
  g_return_val_if_fail (OND_IS_CONTROL (self), 0);
  return self->row_version;
}

/**
 * ond_control_set_row_version:
 * @self: a #OndControl
 * @row_version: the row version the control was read with
 *
 * Sets the row version: for the store that reads the control, and for an edit that is
 * saved against the version it was opened with.
 */
void
ond_control_set_row_version (OndControl *self,
                             gint64      row_version)
{
  g_return_if_fail (OND_IS_CONTROL (self));

  if (self->row_version == row_version)
    return;
  self->row_version = row_version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROW_VERSION]);
}

const char *
ond_control_get_date (OndControl *self)
{
  g_return_val_if_fail (OND_IS_CONTROL (self), NULL);
  return self->text[PROP_DATE];
}

const char *
ond_control_get_kind (OndControl *self)
{
  g_return_val_if_fail (OND_IS_CONTROL (self), NULL);
  return self->text[PROP_KIND];
}

const char *
ond_control_get_kind_label (OndControl *self)
{
  g_return_val_if_fail (OND_IS_CONTROL (self), NULL);
  return self->text[PROP_KIND_LABEL];
}

gint64
ond_control_get_area_id (OndControl *self)
{
  g_return_val_if_fail (OND_IS_CONTROL (self), 0);
  return self->area_id;
}

const char *
ond_control_get_area_name (OndControl *self)
{
  g_return_val_if_fail (OND_IS_CONTROL (self), NULL);
  return self->text[PROP_AREA_NAME];
}

gint64
ond_control_get_businesses (OndControl *self)
{
  g_return_val_if_fail (OND_IS_CONTROL (self), 0);
  return self->businesses;
}

gint64
ond_control_get_signals (OndControl *self)
{
  g_return_val_if_fail (OND_IS_CONTROL (self), 0);
  return self->signals;
}

/**
 * ond_control_get_partner_ids:
 * @self: a #OndControl
 * @n_partners: (out): the number of partners
 *
 * Returns: (array length=n_partners) (transfer none) (nullable): the partners present,
 *   %NULL when there are none
 */
const gint64 *
ond_control_get_partner_ids (OndControl *self,
                             guint      *n_partners)
{
  g_return_val_if_fail (OND_IS_CONTROL (self), NULL);
  g_return_val_if_fail (n_partners != NULL, NULL);

  *n_partners = self->n_partners;
  return self->partner_ids;
}

const char *
ond_control_get_partner_names (OndControl *self)
{
  g_return_val_if_fail (OND_IS_CONTROL (self), NULL);
  return self->text[PROP_PARTNER_NAMES];
}

const char *
ond_control_get_note (OndControl *self)
{
  g_return_val_if_fail (OND_IS_CONTROL (self), NULL);
  return self->text[PROP_NOTE];
}

const char *
ond_control_get_search_text (OndControl *self)
{
  g_return_val_if_fail (OND_IS_CONTROL (self), NULL);
  return self->text[PROP_SEARCH_TEXT];
}
