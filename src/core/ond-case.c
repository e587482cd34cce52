/* ond-case.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One case of the casusoverleg (a case_file row) with the labels of its vocabularies.
 * Every property is read-only after construction; the store builds the object. The text
 * properties live in one array indexed by property id, so that the long list stays short.
 */

#define G_LOG_DOMAIN "ond-case"

#include "config.h"

#include "ond-case.h"

enum
{
  PROP_0,
  PROP_ID,
  PROP_THEME_ID,
  PROP_AREA_ID,
  PROP_LEAD_PARTNER_ID,
  PROP_ROW_VERSION,
  /* Text properties from here on. */
  PROP_REFERENCE,
  PROP_DATE_RECEIVED,
  PROP_SOURCE,
  PROP_SOURCE_LABEL,
  PROP_THEME_NAME,
  PROP_AREA_NAME,
  PROP_SUBJECT_KIND,
  PROP_SUBJECT_KIND_LABEL,
  PROP_SUBJECT_NAME,
  PROP_ADDRESS,
  PROP_SUMMARY,
  PROP_COMPLEXITY,
  PROP_DECISION,
  PROP_WEIGHING_REASON,
  PROP_FOLLOW_UP_DATE,
  PROP_LEAD_PARTNER_NAME,
  PROP_STATUS,
  PROP_STATUS_LABEL,
  PROP_OUTCOME,
  PROP_OUTCOME_NOTE,
  PROP_CLOSED_DATE,
  PROP_MMA_NUMBER,
  PROP_POLICE_NUMBER,
  PROP_RIEC_NUMBER,
  PROP_ZAAKNUMMER,
  PROP_NEXT_FOLLOW_UP,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  N_PROPS,
};

#define FIRST_TEXT_PROP PROP_REFERENCE

struct _OndCase
{
  GObject parent_instance;

  gint64         id;
  gint64         theme_id;
  gint64         area_id;
  gint64         lead_partner_id;
  gint64         row_version;
  OndCaseStatus  status;
  char          *text[N_PROPS];
};

G_DEFINE_FINAL_TYPE (OndCase, ond_case, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* Name and whether NULL is a meaningful value (else NULL is stored as ""). */
static const struct
{
  guint       prop_id;
  const char *name;
  gboolean    nullable;
} text_props[] = {
  { PROP_REFERENCE, "reference", FALSE },
  { PROP_DATE_RECEIVED, "date-received", FALSE },
  { PROP_SOURCE, "source", FALSE },
  { PROP_SOURCE_LABEL, "source-label", FALSE },
  { PROP_THEME_NAME, "theme-name", TRUE },
  { PROP_AREA_NAME, "area-name", TRUE },
  { PROP_SUBJECT_KIND, "subject-kind", FALSE },
  { PROP_SUBJECT_KIND_LABEL, "subject-kind-label", FALSE },
  { PROP_SUBJECT_NAME, "subject-name", FALSE },
  { PROP_ADDRESS, "address", FALSE },
  { PROP_SUMMARY, "summary", FALSE },
  { PROP_COMPLEXITY, "complexity", TRUE },
  { PROP_DECISION, "decision", TRUE },
  { PROP_WEIGHING_REASON, "weighing-reason", TRUE },
  { PROP_FOLLOW_UP_DATE, "follow-up-date", TRUE },
  { PROP_LEAD_PARTNER_NAME, "lead-partner-name", TRUE },
  { PROP_STATUS, "status", FALSE },
  { PROP_STATUS_LABEL, "status-label", FALSE },
  { PROP_OUTCOME, "outcome", TRUE },
  { PROP_OUTCOME_NOTE, "outcome-note", TRUE },
  { PROP_CLOSED_DATE, "closed-date", TRUE },
  { PROP_MMA_NUMBER, "mma-number", FALSE },
  { PROP_POLICE_NUMBER, "police-number", FALSE },
  { PROP_RIEC_NUMBER, "riec-number", FALSE },
  { PROP_ZAAKNUMMER, "zaaknummer", FALSE },
  { PROP_NEXT_FOLLOW_UP, "next-follow-up", TRUE },
  { PROP_CREATED_AT, "created-at", FALSE },
  { PROP_UPDATED_AT, "updated-at", FALSE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (text_props) == N_PROPS - FIRST_TEXT_PROP);

static void
ond_case_finalize (GObject *object)
{
  OndCase *self = OND_CASE (object);

  for (guint i = 0; i < N_PROPS; i++)
    g_clear_pointer (&self->text[i], g_free);

  G_OBJECT_CLASS (ond_case_parent_class)->finalize (object);
}

static void
ond_case_constructed (GObject *object)
{
  OndCase *self = OND_CASE (object);

  G_OBJECT_CLASS (ond_case_parent_class)->constructed (object);

  /* Construct-only properties not given keep their defaults: make the non-nullable ones
   * "" as promised. */
  for (guint i = 0; i < G_N_ELEMENTS (text_props); i++)
    {
      guint prop_id = text_props[i].prop_id;

      if (!text_props[i].nullable && self->text[prop_id] == NULL)
        self->text[prop_id] = g_strdup ("");
    }
  if (!ond_case_status_from_code (self->text[PROP_STATUS], &self->status))
    self->status = OND_CASE_STATUS_NEW;
}

static void
ond_case_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  OndCase *self = OND_CASE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_THEME_ID:
      g_value_set_int64 (value, self->theme_id);
      break;

    case PROP_AREA_ID:
      g_value_set_int64 (value, self->area_id);
      break;

    case PROP_LEAD_PARTNER_ID:
      g_value_set_int64 (value, self->lead_partner_id);
      break;

    case PROP_ROW_VERSION:
      g_value_set_int64 (value, self->row_version);
      break;

    default:
      if (prop_id >= FIRST_TEXT_PROP && prop_id < N_PROPS)
        g_value_set_string (value, self->text[prop_id]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_case_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  OndCase *self = OND_CASE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;

    case PROP_THEME_ID:
      self->theme_id = g_value_get_int64 (value);
      break;

    case PROP_AREA_ID:
      self->area_id = g_value_get_int64 (value);
      break;

    case PROP_LEAD_PARTNER_ID:
      self->lead_partner_id = g_value_get_int64 (value);
      break;

    case PROP_ROW_VERSION:
      self->row_version = g_value_get_int64 (value);
      break;

    default:
      if (prop_id >= FIRST_TEXT_PROP && prop_id < N_PROPS)
        {
          g_free (self->text[prop_id]);
          self->text[prop_id] = g_value_dup_string (value);
        }
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
id_param (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL,
                             0, G_MAXINT64, 0,
                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                             G_PARAM_STATIC_STRINGS);
}

static void
ond_case_class_init (OndCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_case_finalize;
  object_class->constructed = ond_case_constructed;
  object_class->get_property = ond_case_get_property;
  object_class->set_property = ond_case_set_property;

  /* The row id of the case; the theme, area and lead partner ids, 0 for none. */
  properties[PROP_ID] = id_param ("id");
  properties[PROP_THEME_ID] = id_param ("theme-id");
  properties[PROP_AREA_ID] = id_param ("area-id");
  properties[PROP_LEAD_PARTNER_ID] = id_param ("lead-partner-id");
  /* The row version read with the case (optimistic locking); 0 when not known. */
  properties[PROP_ROW_VERSION] = id_param ("row-version");

  /* The columns of the case_file row and the labels joined in (see ond-case.h). The names
   * are static strings, as G_PARAM_STATIC_STRINGS requires. */
  for (guint i = 0; i < G_N_ELEMENTS (text_props); i++)
    properties[text_props[i].prop_id] =
      g_param_spec_string (text_props[i].name, NULL, NULL,
                           NULL,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                           G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_case_init (OndCase *self)
{
}

gint64
ond_case_get_id (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), 0);
  return self->id;
}

const char *
ond_case_get_reference (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_REFERENCE];
}

const char *
ond_case_get_date_received (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_DATE_RECEIVED];
}

const char *
ond_case_get_source (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_SOURCE];
}

const char *
ond_case_get_source_label (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_SOURCE_LABEL];
}

gint64
ond_case_get_theme_id (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), 0);
  return self->theme_id;
}

const char *
ond_case_get_theme_name (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_THEME_NAME];
}

gint64
ond_case_get_area_id (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), 0);
  return self->area_id;
}

const char *
ond_case_get_area_name (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_AREA_NAME];
}

const char *
ond_case_get_subject_kind (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_SUBJECT_KIND];
}

const char *
ond_case_get_subject_kind_label (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_SUBJECT_KIND_LABEL];
}

const char *
ond_case_get_subject_name (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_SUBJECT_NAME];
}

const char *
ond_case_get_address (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_ADDRESS];
}

const char *
ond_case_get_summary (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_SUMMARY];
}

const char *
ond_case_get_complexity (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_COMPLEXITY];
}

const char *
ond_case_get_decision (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_DECISION];
}

const char *
ond_case_get_weighing_reason (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_WEIGHING_REASON];
}

const char *
ond_case_get_follow_up_date (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_FOLLOW_UP_DATE];
}

gint64
ond_case_get_lead_partner_id (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), 0);
  return self->lead_partner_id;
}

const char *
ond_case_get_lead_partner_name (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_LEAD_PARTNER_NAME];
}

const char *
ond_case_get_status (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_STATUS];
}

OndCaseStatus
ond_case_get_status_enum (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), OND_CASE_STATUS_NEW);
  return self->status;
}

const char *
ond_case_get_status_label (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_STATUS_LABEL];
}

const char *
ond_case_get_outcome (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_OUTCOME];
}

const char *
ond_case_get_outcome_note (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_OUTCOME_NOTE];
}

const char *
ond_case_get_closed_date (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_CLOSED_DATE];
}

const char *
ond_case_get_mma_number (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_MMA_NUMBER];
}

const char *
ond_case_get_police_number (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_POLICE_NUMBER];
}

const char *
ond_case_get_riec_number (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_RIEC_NUMBER];
}

const char *
ond_case_get_zaaknummer (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_ZAAKNUMMER];
}

const char *
ond_case_get_next_follow_up (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_NEXT_FOLLOW_UP];
}

const char *
ond_case_get_created_at (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_CREATED_AT];
}

const char *
ond_case_get_updated_at (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), NULL);
  return self->text[PROP_UPDATED_AT];
}

/**
 * ond_case_get_row_version:
 * @self: a #OndCase
 *
 * The version of the case_file row as it was read: every change of the row through the store
 * adds 1. An edit saved with it (OndCaseDraft.row_version) is refused when the row changed
 * since (%OND_STORE_ERROR_CONFLICT).
 *
 * Returns: the row version, or 0 when not known
 */
gint64
ond_case_get_row_version (OndCase *self)
{
  g_return_val_if_fail (OND_IS_CASE (self), 0);
  return self->row_version;
}

/**
 * ond_case_dup_draft:
 * @self: a #OndCase
 *
 * Returns: (transfer full): the intake fields of the case as a draft, for the edit form
 */
OndCaseDraft *
ond_case_dup_draft (OndCase *self)
{
  OndCaseDraft *draft;

  g_return_val_if_fail (OND_IS_CASE (self), NULL);

  draft = ond_case_draft_new ();
  draft->date_received = g_strdup (self->text[PROP_DATE_RECEIVED]);
  draft->source = g_strdup (self->text[PROP_SOURCE]);
  draft->theme_id = self->theme_id;
  draft->area_id = self->area_id;
  draft->subject_kind = g_strdup (self->text[PROP_SUBJECT_KIND]);
  draft->subject_name = g_strdup (self->text[PROP_SUBJECT_NAME]);
  draft->address = g_strdup (self->text[PROP_ADDRESS]);
  draft->summary = g_strdup (self->text[PROP_SUMMARY]);
  draft->mma_number = g_strdup (self->text[PROP_MMA_NUMBER]);
  draft->police_number = g_strdup (self->text[PROP_POLICE_NUMBER]);
  draft->riec_number = g_strdup (self->text[PROP_RIEC_NUMBER]);
  draft->zaaknummer = g_strdup (self->text[PROP_ZAAKNUMMER]);
  draft->row_version = self->row_version;
  return draft;
}
