/* ond-intervention.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An intervention of the menukaart. The partners that can carry it out are kept as a
 * sorted array of ids, so ond_intervention_has_partner() is a binary search.
 */

#define G_LOG_DOMAIN "ond-intervention"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ond-intervention.h"

struct _OndIntervention
{
  GObject parent_instance;

  gint64    id;
  char     *name;
  int       position;
  gboolean  retired;
  char     *partners;
  gint64   *partner_ids;
  guint     n_partner_ids;
  gint64  row_version;
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_POSITION,
  PROP_RETIRED,
  PROP_PARTNERS,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndIntervention, ond_intervention, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static int
compare_ids (const void *a,
             const void *b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static void
ond_intervention_finalize (GObject *object)
{
  OndIntervention *self = OND_INTERVENTION (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->partners, g_free);
  g_clear_pointer (&self->partner_ids, g_free);

  G_OBJECT_CLASS (ond_intervention_parent_class)->finalize (object);
}

static void
ond_intervention_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OndIntervention *self = OND_INTERVENTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_RETIRED:
      g_value_set_boolean (value, self->retired);
      break;

    case PROP_PARTNERS:
      g_value_set_string (value, self->partners);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_intervention_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OndIntervention *self = OND_INTERVENTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;

    case PROP_NAME:
      g_free (self->name);
      self->name = g_value_dup_string (value);
      if (self->name == NULL)
        self->name = g_strdup ("");
      break;

    case PROP_POSITION:
      self->position = g_value_get_int (value);
      break;

    case PROP_RETIRED:
      self->retired = g_value_get_boolean (value);
      break;

    case PROP_PARTNERS:
      g_free (self->partners);
      self->partners = g_value_dup_string (value);
      if (self->partners == NULL)
        self->partners = g_strdup ("");
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_intervention_class_init (OndInterventionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_intervention_finalize;
  object_class->get_property = ond_intervention_get_property;
  object_class->set_property = ond_intervention_set_property;

  /* The row id of the intervention. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The name of the intervention, e.g. "BIBOB onderzoek". */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The place of the intervention on the menukaart. */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* Whether the intervention is no longer offered (kept for history). */
  properties[PROP_RETIRED] =
    g_param_spec_boolean ("retired", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The partners that can carry it out as shown: short names, "Gemeente, OZHZ". */
  properties[PROP_PARTNERS] =
    g_param_spec_string ("partners", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_intervention_init (OndIntervention *self)
{
}

/**
 * ond_intervention_new:
 * @id: the row id of the intervention
 * @name: the name of the intervention, e.g. "BIBOB onderzoek"
 * @position: the place of the intervention on the menukaart
 * @retired: whether the intervention is no longer offered (kept for history)
 * @partners: the partners that can carry it out as shown: short names, "Gemeente, OZHZ"
 * @partner_ids: (array length=n_partner_ids) (nullable): the ids of the partners that can
 *   carry it out, in any order
 * @n_partner_ids: the number of @partner_ids
 *
 * Makes the model object of one intervention row. The ids are copied and sorted.
 *
 * Returns: (transfer full): a new #OndIntervention
 */
OndIntervention *
ond_intervention_new (gint64        id,
                      const char   *name,
                      int           position,
                      gboolean      retired,
                      const char   *partners,
                      const gint64 *partner_ids,
                      guint         n_partner_ids)
{
  OndIntervention *self;

  g_return_val_if_fail (partner_ids != NULL || n_partner_ids == 0, NULL);

  self = g_object_new (OND_TYPE_INTERVENTION,
                       "id", id,
                       "name", name,
                       "position", position,
                       "retired", retired,
                       "partners", partners,
                       NULL);
  self->partner_ids = g_memdup2 (partner_ids, sizeof (gint64) * n_partner_ids);
  self->n_partner_ids = n_partner_ids;
  if (n_partner_ids > 1)
    qsort (self->partner_ids, n_partner_ids, sizeof (gint64), compare_ids);

  return self;
}

gint64
ond_intervention_get_id (OndIntervention *self)
{
  g_return_val_if_fail (OND_IS_INTERVENTION (self), 0);

  return self->id;
}

const char *
ond_intervention_get_name (OndIntervention *self)
{
  g_return_val_if_fail (OND_IS_INTERVENTION (self), NULL);

  return self->name;
}

int
ond_intervention_get_position (OndIntervention *self)
{
  g_return_val_if_fail (OND_IS_INTERVENTION (self), 0);

  return self->position;
}

gboolean
ond_intervention_get_retired (OndIntervention *self)
{
  g_return_val_if_fail (OND_IS_INTERVENTION (self), FALSE);

  return self->retired;
}

const char *
ond_intervention_get_partners (OndIntervention *self)
{
  g_return_val_if_fail (OND_IS_INTERVENTION (self), NULL);

  return self->partners;
}

/**
 * ond_intervention_has_partner:
 * @self: a #OndIntervention
 * @partner_id: the id of a partner
 *
 * Tells whether the partner can carry out the intervention: a cross in the menukaart.
 *
 * Returns: %TRUE when it can
 */
gboolean
ond_intervention_has_partner (OndIntervention *self,
                              gint64           partner_id)
{
  g_return_val_if_fail (OND_IS_INTERVENTION (self), FALSE);

  if (self->n_partner_ids == 0)
    return FALSE;
  return bsearch (&partner_id, self->partner_ids, self->n_partner_ids, sizeof (gint64),
                  compare_ids) != NULL;
}

/**
 * ond_intervention_get_partner_ids:
 * @self: a #OndIntervention
 * @n_partner_ids: (out) (optional): the number of ids
 *
 * Returns: (array length=n_partner_ids) (transfer none) (nullable): the ids of the partners
 *   that can carry out the intervention, sorted ascending
 */
const gint64 *
ond_intervention_get_partner_ids (OndIntervention *self,
                                  guint           *n_partner_ids)
{
  g_return_val_if_fail (OND_IS_INTERVENTION (self), NULL);

  if (n_partner_ids != NULL)
    *n_partner_ids = self->n_partner_ids;
  return self->partner_ids;
}

/**
 * ond_intervention_is_offered:
 * @self: a #OndIntervention
 * @current_id: the intervention the record being edited has now, or 0
 *
 * Whether a picker offers the intervention: a retired one is no longer offered for new
 * records, but a record that has it already still shows it.
 *
 * Returns: %TRUE when the intervention is in use or is @current_id
 */
gboolean
ond_intervention_is_offered (OndIntervention *self,
                             gint64           current_id)
{
  g_return_val_if_fail (OND_IS_INTERVENTION (self), FALSE);

  return !self->retired || self->id == current_id;
}

/**
 * ond_intervention_update:
 * @self: a #OndIntervention
 * @from: the same intervention (the same id) as read again from the store
 *
 * Takes over the name, place, retirement and partners of @from, notifying each property
 * that changed ("partners" when the partners' names or ids did), so that what shows the
 * intervention follows it without being made anew.
 */
void
ond_intervention_update (OndIntervention *self,
                         OndIntervention *from)
{
  gboolean same_ids;

  g_return_if_fail (OND_IS_INTERVENTION (self));
  g_return_if_fail (OND_IS_INTERVENTION (from));
  g_return_if_fail (self->id == from->id);

  g_object_freeze_notify (G_OBJECT (self));
  if (g_strcmp0 (self->name, from->name) != 0)
    {
      g_free (self->name);
      self->name = g_strdup (from->name);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
    }
  if (self->position != from->position)
    {
      self->position = from->position;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
    }
  if (self->retired != from->retired)
    {
      self->retired = from->retired;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RETIRED]);
    }
  same_ids = self->n_partner_ids == from->n_partner_ids &&
             (self->n_partner_ids == 0 ||
              memcmp (self->partner_ids, from->partner_ids,
                      sizeof (gint64) * self->n_partner_ids) == 0);
  if (!same_ids || g_strcmp0 (self->partners, from->partners) != 0)
    {
      g_free (self->partners);
      self->partners = g_strdup (from->partners);
      g_free (self->partner_ids);
      self->partner_ids = g_memdup2 (from->partner_ids, sizeof (gint64) * from->n_partner_ids);
      self->n_partner_ids = from->n_partner_ids;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNERS]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * ond_intervention_get_row_version:
 * @self: a #OndIntervention
 *
 * Returns: the row version the record was read with; 0 when not checked
 */
gint64
ond_intervention_get_row_version (OndIntervention *self)
{
  g_return_val_if_fail (OND_IS_INTERVENTION (self), 0);

  return self->row_version;
}

/**
 * ond_intervention_set_row_version:
 * @self: a #OndIntervention
 * @row_version: the row version of the record the edit was opened with; 0 = not checked
 *
 * Sets the version a save of a change is checked against (ond-store-migration-12.c).
 */
void
ond_intervention_set_row_version (OndIntervention *self,
                                  gint64          row_version)
{
  g_return_if_fail (OND_IS_INTERVENTION (self));

  self->row_version = row_version;
}
