/* ond-case-intervention.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An intervention of a case. Read-only after construction; the store builds it.
 */

#define G_LOG_DOMAIN "ond-case-intervention"

#include "config.h"

#include "ond-case-intervention.h"

struct _OndCaseIntervention
{
  GObject parent_instance;

  gint64  id;
  gint64  case_id;
  gint64  intervention_id;
  char   *intervention_name;
  gint64  partner_id;
  char   *partner_name;
  char   *planned_date;
  char   *follow_up_date;
  char   *status;
  char   *status_label;
  char   *note;
  gint64  row_version;
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_CASE_ID,
  PROP_INTERVENTION_ID,
  PROP_INTERVENTION_NAME,
  PROP_PARTNER_ID,
  PROP_PARTNER_NAME,
  PROP_PLANNED_DATE,
  PROP_FOLLOW_UP_DATE,
  PROP_STATUS,
  PROP_STATUS_LABEL,
  PROP_NOTE,
  PROP_ROW_VERSION,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndCaseIntervention, ond_case_intervention, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
ond_case_intervention_finalize (GObject *object)
{
  OndCaseIntervention *self = OND_CASE_INTERVENTION (object);

  g_clear_pointer (&self->intervention_name, g_free);
  g_clear_pointer (&self->partner_name, g_free);
  g_clear_pointer (&self->planned_date, g_free);
  g_clear_pointer (&self->follow_up_date, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->status_label, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (ond_case_intervention_parent_class)->finalize (object);
}

static void
ond_case_intervention_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  OndCaseIntervention *self = OND_CASE_INTERVENTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_CASE_ID:
      g_value_set_int64 (value, self->case_id);
      break;

    case PROP_INTERVENTION_ID:
      g_value_set_int64 (value, self->intervention_id);
      break;

    case PROP_INTERVENTION_NAME:
      g_value_set_string (value, self->intervention_name);
      break;

    case PROP_PARTNER_ID:
      g_value_set_int64 (value, self->partner_id);
      break;

    case PROP_PARTNER_NAME:
      g_value_set_string (value, self->partner_name);
      break;

    case PROP_PLANNED_DATE:
      g_value_set_string (value, self->planned_date);
      break;

    case PROP_FOLLOW_UP_DATE:
      g_value_set_string (value, self->follow_up_date);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_STATUS_LABEL:
      g_value_set_string (value, self->status_label);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_ROW_VERSION:
      g_value_set_int64 (value, self->row_version);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_case_intervention_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  OndCaseIntervention *self = OND_CASE_INTERVENTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;

    case PROP_CASE_ID:
      self->case_id = g_value_get_int64 (value);
      break;

    case PROP_INTERVENTION_ID:
      self->intervention_id = g_value_get_int64 (value);
      break;

    case PROP_INTERVENTION_NAME:
      g_free (self->intervention_name);
      self->intervention_name = g_value_dup_string (value);
      if (self->intervention_name == NULL)
        self->intervention_name = g_strdup ("");
      break;

    case PROP_PARTNER_ID:
      self->partner_id = g_value_get_int64 (value);
      break;

    case PROP_PARTNER_NAME:
      g_free (self->partner_name);
      self->partner_name = g_value_dup_string (value);
      if (self->partner_name == NULL)
        self->partner_name = g_strdup ("");
      break;

    case PROP_PLANNED_DATE:
      g_free (self->planned_date);
      self->planned_date = g_value_dup_string (value);
      break;

    case PROP_FOLLOW_UP_DATE:
      g_free (self->follow_up_date);
      self->follow_up_date = g_value_dup_string (value);
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

    case PROP_NOTE:
      g_free (self->note);
      self->note = g_value_dup_string (value);
      if (self->note == NULL)
        self->note = g_strdup ("");
      break;

    case PROP_ROW_VERSION:
      self->row_version = g_value_get_int64 (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_case_intervention_class_init (OndCaseInterventionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_case_intervention_finalize;
  object_class->get_property = ond_case_intervention_get_property;
  object_class->set_property = ond_case_intervention_set_property;

  /* The row id. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The case. */
  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The intervention of the menukaart. */
  properties[PROP_INTERVENTION_ID] =
    g_param_spec_int64 ("intervention-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* Its name, e.g. "BRP controle". */
  properties[PROP_INTERVENTION_NAME] =
    g_param_spec_string ("intervention-name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The partner that carries it out. */
  properties[PROP_PARTNER_ID] =
    g_param_spec_int64 ("partner-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The short name of that partner, e.g. "Gemeente". */
  properties[PROP_PARTNER_NAME] =
    g_param_spec_string ("partner-name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The planned date (ISO), or NULL. */
  properties[PROP_PLANNED_DATE] =
    g_param_spec_string ("planned-date", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The follow-up date (ISO), or NULL. */
  properties[PROP_FOLLOW_UP_DATE] =
    g_param_spec_string ("follow-up-date", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The intervention_status code: gepland, lopend, gereed or geannuleerd. */
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The label of that status. */
  properties[PROP_STATUS_LABEL] =
    g_param_spec_string ("status-label", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* A note (may be ""). */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The row version read with it (optimistic locking; ond-store-migration-8.c). */
  properties[PROP_ROW_VERSION] =
    g_param_spec_int64 ("row-version", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_case_intervention_init (OndCaseIntervention *self)
{
}

/**
 * ond_case_intervention_new:
 * @id: the row id.
 * @case_id: the case.
 * @intervention_id: the intervention of the menukaart.
 * @intervention_name: its name, e.g. "BRP controle".
 * @partner_id: the partner that carries it out.
 * @partner_name: the short name of that partner, e.g. "Gemeente".
 * @planned_date: the planned date (ISO), or NULL.
 * @follow_up_date: the follow-up date (ISO), or NULL.
 * @status: the intervention_status code: gepland, lopend, gereed or geannuleerd.
 * @status_label: the label of that status.
 * @note: a note (may be "").
 * @row_version: the row version read with it (every change through the store adds 1).
 *
 * Returns: (transfer full): a new #OndCaseIntervention
 */
OndCaseIntervention *
ond_case_intervention_new (gint64      id,
                           gint64      case_id,
                           gint64      intervention_id,
                           const char *intervention_name,
                           gint64      partner_id,
                           const char *partner_name,
                           const char *planned_date,
                           const char *follow_up_date,
                           const char *status,
                           const char *status_label,
                           const char *note,
                           gint64      row_version)
{
  return g_object_new (OND_TYPE_CASE_INTERVENTION,
                       "id", id,
                       "case-id", case_id,
                       "intervention-id", intervention_id,
                       "intervention-name", intervention_name,
                       "partner-id", partner_id,
                       "partner-name", partner_name,
                       "planned-date", planned_date,
                       "follow-up-date", follow_up_date,
                       "status", status,
                       "status-label", status_label,
                       "note", note,
                       "row-version", row_version,
                       NULL);
}

gint64
ond_case_intervention_get_id (OndCaseIntervention *self)
{
  g_return_val_if_fail (OND_IS_CASE_INTERVENTION (self), 0);

  return self->id;
}

gint64
ond_case_intervention_get_case_id (OndCaseIntervention *self)
{
  g_return_val_if_fail (OND_IS_CASE_INTERVENTION (self), 0);

  return self->case_id;
}

gint64
ond_case_intervention_get_intervention_id (OndCaseIntervention *self)
{
  g_return_val_if_fail (OND_IS_CASE_INTERVENTION (self), 0);

  return self->intervention_id;
}

const char *
ond_case_intervention_get_intervention_name (OndCaseIntervention *self)
{
  g_return_val_if_fail (OND_IS_CASE_INTERVENTION (self), NULL);

  return self->intervention_name;
}

gint64
ond_case_intervention_get_partner_id (OndCaseIntervention *self)
{
  g_return_val_if_fail (OND_IS_CASE_INTERVENTION (self), 0);

  return self->partner_id;
}

const char *
ond_case_intervention_get_partner_name (OndCaseIntervention *self)
{
  g_return_val_if_fail (OND_IS_CASE_INTERVENTION (self), NULL);

  return self->partner_name;
}

const char *
ond_case_intervention_get_planned_date (OndCaseIntervention *self)
{
  g_return_val_if_fail (OND_IS_CASE_INTERVENTION (self), NULL);

  return self->planned_date;
}

const char *
ond_case_intervention_get_follow_up_date (OndCaseIntervention *self)
{
  g_return_val_if_fail (OND_IS_CASE_INTERVENTION (self), NULL);

  return self->follow_up_date;
}

const char *
ond_case_intervention_get_status (OndCaseIntervention *self)
{
  g_return_val_if_fail (OND_IS_CASE_INTERVENTION (self), NULL);

  return self->status;
}

const char *
ond_case_intervention_get_status_label (OndCaseIntervention *self)
{
  g_return_val_if_fail (OND_IS_CASE_INTERVENTION (self), NULL);

  return self->status_label;
}

const char *
ond_case_intervention_get_note (OndCaseIntervention *self)
{
  g_return_val_if_fail (OND_IS_CASE_INTERVENTION (self), NULL);

  return self->note;
}

/**
 * ond_case_intervention_get_row_version:
 * @self: a #OndCaseIntervention
 *
 * Returns: the row version read with it: ond_store_save_case_intervention_edit() refuses an
 *   edit of a row whose version moved on since (%OND_STORE_ERROR_CONFLICT)
 */
gint64
ond_case_intervention_get_row_version (OndCaseIntervention *self)
{
  g_return_val_if_fail (OND_IS_CASE_INTERVENTION (self), 0);
  return self->row_version;
}
