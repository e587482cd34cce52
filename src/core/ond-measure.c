/* ond-measure.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One bestuurlijke maatregel of the register "Controles & maatregelen" with the labels and
 * names of what it refers to. Of a linked case it holds the reference only, never personal
 * data. Immutable: every property is read-only and set by ond_measure_new (), but for the
 * row version, which the store sets when it reads the row (ond-store-migration-11.c); a
 * missing text is "".
 */

#define G_LOG_DOMAIN "ond-measure"

#include "config.h"

#include "ond-date.h"
#include "ond-measure.h"
#include "ond-text.h"

enum
{
  PROP_0,
  PROP_ID,
  PROP_ROW_VERSION,
  PROP_AREA_ID,
  PROP_CASE_ID,
  /* Text properties from here on. */
  PROP_DATE,
  PROP_KIND,
  PROP_KIND_LABEL,
  PROP_DOMAIN,
  PROP_DOMAIN_LABEL,
  PROP_LEGAL_BASIS,
  PROP_AREA_NAME,
  PROP_CASE_REFERENCE,
  PROP_SEARCH_TEXT,
  N_PROPS,
};

#define FIRST_TEXT_PROP PROP_DATE

struct _OndMeasure
{
  GObject parent_instance;

  gint64  id;
  gint64  row_version;
  gint64  area_id;
  gint64  case_id;
  char   *text[N_PROPS];
};

G_DEFINE_FINAL_TYPE (OndMeasure, ond_measure, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static const struct
{
  guint       prop_id;
  const char *name;
} text_props[] = {
  { PROP_DATE, "date" },
  { PROP_KIND, "kind" },
  { PROP_KIND_LABEL, "kind-label" },
  { PROP_DOMAIN, "domain" },
  { PROP_DOMAIN_LABEL, "domain-label" },
  { PROP_LEGAL_BASIS, "legal-basis" },
  { PROP_AREA_NAME, "area-name" },
  { PROP_CASE_REFERENCE, "case-reference" },
  { PROP_SEARCH_TEXT, "search-text" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (text_props) == N_PROPS - FIRST_TEXT_PROP);

static void
set_text (OndMeasure *self,
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
make_search_text (OndMeasure *self)
{
  g_autofree char *shown = ond_date_format (self->text[PROP_DATE]);
  g_autofree char *joined = g_strjoin (" ", shown, self->text[PROP_DATE],
                                       self->text[PROP_KIND_LABEL],
                                       self->text[PROP_DOMAIN_LABEL],
                                       self->text[PROP_LEGAL_BASIS],
                                       self->text[PROP_AREA_NAME],
                                       self->text[PROP_CASE_REFERENCE], NULL);

  return ond_text_fold (joined);
}

static void
ond_measure_finalize (GObject *object)
{
  OndMeasure *self = OND_MEASURE (object);

  for (guint i = 0; i < N_PROPS; i++)
    g_clear_pointer (&self->text[i], g_free);

  G_OBJECT_CLASS (ond_measure_parent_class)->finalize (object);
}

static void
ond_measure_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  OndMeasure *self = OND_MEASURE (object);

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

    case PROP_CASE_ID:
      g_value_set_int64 (value, self->case_id);
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
ond_measure_class_init (OndMeasureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_measure_finalize;
  object_class->get_property = ond_measure_get_property;

  /* The row id (0 when not stored yet); the area and case ids, 0 for none. */
  properties[PROP_ID] = id_param ("id");
  /* The row version read with the measure (0 when it was not read from a store): every
   * change through the store adds 1, and a save of an edit is refused when the row changed
   * since (ond-store-migration-11.c). */
  properties[PROP_ROW_VERSION] =
    g_param_spec_int64 ("row-version", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AREA_ID] = id_param ("area-id");
  properties[PROP_CASE_ID] = id_param ("case-id");

  /* The date (ISO), the kind and domain codes and labels, the legal basis, the area name,
   * the case reference and the folded search text (see ond-measure.h); never NULL. */
  for (guint i = 0; i < G_N_ELEMENTS (text_props); i++)
    properties[text_props[i].prop_id] =
      g_param_spec_string (text_props[i].name, NULL, NULL,
                           "",
                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_measure_init (OndMeasure *self)
{
}

/**
 * ond_measure_new:
 * @id: the row id, 0 for a measure not stored yet
 * @date: the date, ISO "YYYY-MM-DD"
 * @kind: a measure_kind code
 * @kind_label: (nullable): the label of @kind
 * @domain: a measure_domain code
 * @domain_label: (nullable): the label of @domain
 * @legal_basis: (nullable): the legal basis, e.g. "art. 13b Opiumwet"
 * @area_id: the area, 0 for none
 * @area_name: (nullable): the name of the area
 * @case_id: the case the measure belongs to, 0 for none
 * @case_reference: (nullable): the reference of that case
 *
 * Makes the model object of one measure. Nothing is checked here: the store checks a
 * measure when it saves it.
 *
 * Returns: (transfer full): a new #OndMeasure
 */
OndMeasure *
ond_measure_new (gint64      id,
                 const char *date,
                 const char *kind,
                 const char *kind_label,
                 const char *domain,
                 const char *domain_label,
                 const char *legal_basis,
                 gint64      area_id,
                 const char *area_name,
                 gint64      case_id,
                 const char *case_reference)
{
  OndMeasure *self = g_object_new (OND_TYPE_MEASURE, NULL);

  self->id = id;
  self->area_id = area_id;
  self->case_id = case_id;
  set_text (self, PROP_DATE, date);
  set_text (self, PROP_KIND, kind);
  set_text (self, PROP_KIND_LABEL, kind_label);
  set_text (self, PROP_DOMAIN, domain);
  set_text (self, PROP_DOMAIN_LABEL, domain_label);
  set_text (self, PROP_LEGAL_BASIS, legal_basis);
  set_text (self, PROP_AREA_NAME, area_name);
  set_text (self, PROP_CASE_REFERENCE, case_reference);
  self->text[PROP_SEARCH_TEXT] = make_search_text (self);
  return self;
}

gint64
ond_measure_get_id (OndMeasure *self)
{
  g_return_val_if_fail (OND_IS_MEASURE (self), 0);
  return self->id;
}

/**
 * ond_measure_get_row_version:
 * @self: a #OndMeasure
 *
 * Returns: the row version read with the measure, 0 when it was not read from a store
 *   (a save then does not check it)
 */
gint64
ond_measure_get_row_version (OndMeasure *self)
{
  g_return_val_if_fail (OND_IS_MEASURE (self), 0);
  return self->row_version;
}

/**
 * ond_measure_set_row_version:
 * @self: a #OndMeasure
 * @row_version: the row version the measure was read with
 *
 * Sets the row version: for the store that reads the measure, and for an edit that is
 * saved against the version it was opened with.
 */
void
ond_measure_set_row_version (OndMeasure *self,
                             gint64      row_version)
{
  g_return_if_fail (OND_IS_MEASURE (self));

  if (self->row_version == row_version)
    return;
  self->row_version = row_version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROW_VERSION]);
}

const char *
ond_measure_get_date (OndMeasure *self)
{
  g_return_val_if_fail (OND_IS_MEASURE (self), NULL);
  return self->text[PROP_DATE];
}

const char *
ond_measure_get_kind (OndMeasure *self)
{
  g_return_val_if_fail (OND_IS_MEASURE (self), NULL);
  return self->text[PROP_KIND];
}

const char *
ond_measure_get_kind_label (OndMeasure *self)
{
  g_return_val_if_fail (OND_IS_MEASURE (self), NULL);
  return self->text[PROP_KIND_LABEL];
}

const char *
ond_measure_get_domain (OndMeasure *self)
{
  g_return_val_if_fail (OND_IS_MEASURE (self), NULL);
  return self->text[PROP_DOMAIN];
}

const char *
ond_measure_get_domain_label (OndMeasure *self)
{
  g_return_val_if_fail (OND_IS_MEASURE (self), NULL);
  return self->text[PROP_DOMAIN_LABEL];
}

const char *
ond_measure_get_legal_basis (OndMeasure *self)
{
  g_return_val_if_fail (OND_IS_MEASURE (self), NULL);
  return self->text[PROP_LEGAL_BASIS];
}

gint64
ond_measure_get_area_id (OndMeasure *self)
{
  g_return_val_if_fail (OND_IS_MEASURE (self), 0);
  return self->area_id;
}

const char *
ond_measure_get_area_name (OndMeasure *self)
{
  g_return_val_if_fail (OND_IS_MEASURE (self), NULL);
  return self->text[PROP_AREA_NAME];
}

gint64
ond_measure_get_case_id (OndMeasure *self)
{
  g_return_val_if_fail (OND_IS_MEASURE (self), 0);
  return self->case_id;
}

const char *
ond_measure_get_case_reference (OndMeasure *self)
{
  g_return_val_if_fail (OND_IS_MEASURE (self), NULL);
  return self->text[PROP_CASE_REFERENCE];
}

const char *
ond_measure_get_search_text (OndMeasure *self)
{
  g_return_val_if_fail (OND_IS_MEASURE (self), NULL);
  return self->text[PROP_SEARCH_TEXT];
}
