/* ond-meeting-item.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A case on the agenda of a casusoverleg, and the decision taken on it.
 */

#define G_LOG_DOMAIN "ond-meeting-item"

#include "config.h"

#include "ond-meeting-item.h"

struct _OndMeetingItem
{
  GObject parent_instance;

  gint64  id;
  gint64  meeting_id;
  gint64  case_id;
  char   *case_reference;
  guint   position;
  char   *reason;
  char   *reason_label;
  char   *status_label;
  char   *theme_name;
  char   *subject_name;
  char   *follow_up_date;
  char   *decision;
  char   *decided_at;
  char   *decided_by;
  gint64  row_version;
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_MEETING_ID,
  PROP_CASE_ID,
  PROP_CASE_REFERENCE,
  PROP_POSITION,
  PROP_REASON,
  PROP_REASON_LABEL,
  PROP_STATUS_LABEL,
  PROP_THEME_NAME,
  PROP_SUBJECT_NAME,
  PROP_FOLLOW_UP_DATE,
  PROP_DECISION,
  PROP_DECIDED_AT,
  PROP_DECIDED_BY,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndMeetingItem, ond_meeting_item, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* The agenda reasons of the schema's CHECK list, with their labels (data: Dutch). */
static const struct
{
  const char *code;
  const char *label;
} reasons[] = {
  { "nieuw", "Nieuwe melding" },
  { "follow_up", "Opvolging" },
  { "toegevoegd", "Toegevoegd" },
};

/* Stores a string property; a non-nullable one reads NULL as "". */
static void
take_string (char         **field,
             const GValue  *value,
             gboolean       nullable)
{
  g_free (*field);
  *field = g_value_dup_string (value);
  if (*field == NULL && !nullable)
    *field = g_strdup ("");
}

static void
ond_meeting_item_finalize (GObject *object)
{
  OndMeetingItem *self = OND_MEETING_ITEM (object);

  g_clear_pointer (&self->case_reference, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->reason_label, g_free);
  g_clear_pointer (&self->status_label, g_free);
  g_clear_pointer (&self->theme_name, g_free);
  g_clear_pointer (&self->subject_name, g_free);
  g_clear_pointer (&self->follow_up_date, g_free);
  g_clear_pointer (&self->decision, g_free);
  g_clear_pointer (&self->decided_at, g_free);
  g_clear_pointer (&self->decided_by, g_free);

  G_OBJECT_CLASS (ond_meeting_item_parent_class)->finalize (object);
}

static void
ond_meeting_item_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OndMeetingItem *self = OND_MEETING_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;

    case PROP_CASE_ID:
      g_value_set_int64 (value, self->case_id);
      break;

    case PROP_CASE_REFERENCE:
      g_value_set_string (value, self->case_reference);
      break;

    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    case PROP_REASON_LABEL:
      g_value_set_string (value, self->reason_label);
      break;

    case PROP_STATUS_LABEL:
      g_value_set_string (value, self->status_label);
      break;

    case PROP_THEME_NAME:
      g_value_set_string (value, self->theme_name);
      break;

    case PROP_SUBJECT_NAME:
      g_value_set_string (value, self->subject_name);
      break;

    case PROP_FOLLOW_UP_DATE:
      g_value_set_string (value, self->follow_up_date);
      break;

    case PROP_DECISION:
      g_value_set_string (value, self->decision);
      break;

    case PROP_DECIDED_AT:
      g_value_set_string (value, self->decided_at);
      break;

    case PROP_DECIDED_BY:
      g_value_set_string (value, self->decided_by);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_meeting_item_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OndMeetingItem *self = OND_MEETING_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;

    case PROP_MEETING_ID:
      self->meeting_id = g_value_get_int64 (value);
      break;

    case PROP_CASE_ID:
      self->case_id = g_value_get_int64 (value);
      break;

    case PROP_CASE_REFERENCE:
      take_string (&self->case_reference, value, FALSE);
      break;

    case PROP_POSITION:
      self->position = g_value_get_uint (value);
      break;

    case PROP_REASON:
      take_string (&self->reason, value, FALSE);
      break;

    case PROP_REASON_LABEL:
      take_string (&self->reason_label, value, FALSE);
      break;

    case PROP_STATUS_LABEL:
      take_string (&self->status_label, value, FALSE);
      break;

    case PROP_THEME_NAME:
      take_string (&self->theme_name, value, TRUE);
      break;

    case PROP_SUBJECT_NAME:
      take_string (&self->subject_name, value, FALSE);
      break;

    case PROP_FOLLOW_UP_DATE:
      take_string (&self->follow_up_date, value, TRUE);
      break;

    case PROP_DECISION:
      take_string (&self->decision, value, FALSE);
      break;

    case PROP_DECIDED_AT:
      take_string (&self->decided_at, value, TRUE);
      break;

    case PROP_DECIDED_BY:
      take_string (&self->decided_by, value, TRUE);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL,
                              NULL,
                              G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                              G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
id_property (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL,
                             0, G_MAXINT64, 0,
                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
}

static void
ond_meeting_item_class_init (OndMeetingItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_meeting_item_finalize;
  object_class->get_property = ond_meeting_item_get_property;
  object_class->set_property = ond_meeting_item_set_property;

  /* The row id of the agenda item. */
  properties[PROP_ID] = id_property ("id");
  /* The meeting whose agenda it is on. */
  properties[PROP_MEETING_ID] = id_property ("meeting-id");
  /* The case on the agenda. */
  properties[PROP_CASE_ID] = id_property ("case-id");
  /* The case's reference, YYYY-NNNN. */
  properties[PROP_CASE_REFERENCE] = string_property ("case-reference");
  /* The place on the agenda, from 1. */
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Why the case is on the agenda: nieuw, follow_up or toegevoegd. */
  properties[PROP_REASON] = string_property ("reason");
  /* The reason as the window shows it ("Nieuwe melding"). */
  properties[PROP_REASON_LABEL] = string_property ("reason-label");
  /* The case's current status as the window shows it ("In interventie"). */
  properties[PROP_STATUS_LABEL] = string_property ("status-label");
  /* The name of the case's theme, or NULL. */
  properties[PROP_THEME_NAME] = string_property ("theme-name");
  /* The subject of the case (personal data: internal documents only). */
  properties[PROP_SUBJECT_NAME] = string_property ("subject-name");
  /* The case's next follow-up date (ISO), or NULL. */
  properties[PROP_FOLLOW_UP_DATE] = string_property ("follow-up-date");
  /* The decision taken in the meeting, or "". */
  properties[PROP_DECISION] = string_property ("decision");
  /* When the decision was recorded (ISO local time), or NULL. */
  properties[PROP_DECIDED_AT] = string_property ("decided-at");
  /* Who recorded the decision (login name), or NULL. */
  properties[PROP_DECIDED_BY] = string_property ("decided-by");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_meeting_item_init (OndMeetingItem *self)
{
}

gint64
ond_meeting_item_get_id (OndMeetingItem *self)
{
  g_return_val_if_fail (OND_IS_MEETING_ITEM (self), 0);

  return self->id;
}

gint64
ond_meeting_item_get_meeting_id (OndMeetingItem *self)
{
  g_return_val_if_fail (OND_IS_MEETING_ITEM (self), 0);

  return self->meeting_id;
}

gint64
ond_meeting_item_get_case_id (OndMeetingItem *self)
{
  g_return_val_if_fail (OND_IS_MEETING_ITEM (self), 0);

  return self->case_id;
}

const char *
ond_meeting_item_get_case_reference (OndMeetingItem *self)
{
  g_return_val_if_fail (OND_IS_MEETING_ITEM (self), NULL);

  return self->case_reference;
}

guint
ond_meeting_item_get_position (OndMeetingItem *self)
{
  g_return_val_if_fail (OND_IS_MEETING_ITEM (self), 0);

  return self->position;
}

const char *
ond_meeting_item_get_reason (OndMeetingItem *self)
{
  g_return_val_if_fail (OND_IS_MEETING_ITEM (self), NULL);

  return self->reason;
}

const char *
ond_meeting_item_get_reason_label (OndMeetingItem *self)
{
  g_return_val_if_fail (OND_IS_MEETING_ITEM (self), NULL);

  return self->reason_label;
}

const char *
ond_meeting_item_get_status_label (OndMeetingItem *self)
{
  g_return_val_if_fail (OND_IS_MEETING_ITEM (self), NULL);

  return self->status_label;
}

const char *
ond_meeting_item_get_theme_name (OndMeetingItem *self)
{
  g_return_val_if_fail (OND_IS_MEETING_ITEM (self), NULL);

  return self->theme_name;
}

const char *
ond_meeting_item_get_subject_name (OndMeetingItem *self)
{
  g_return_val_if_fail (OND_IS_MEETING_ITEM (self), NULL);

  return self->subject_name;
}

const char *
ond_meeting_item_get_follow_up_date (OndMeetingItem *self)
{
  g_return_val_if_fail (OND_IS_MEETING_ITEM (self), NULL);

  return self->follow_up_date;
}

const char *
ond_meeting_item_get_decision (OndMeetingItem *self)
{
  g_return_val_if_fail (OND_IS_MEETING_ITEM (self), NULL);

  return self->decision;
}

const char *
ond_meeting_item_get_decided_at (OndMeetingItem *self)
{
  g_return_val_if_fail (OND_IS_MEETING_ITEM (self), NULL);

  return self->decided_at;
}

const char *
ond_meeting_item_get_decided_by (OndMeetingItem *self)
{
  g_return_val_if_fail (OND_IS_MEETING_ITEM (self), NULL);

  return self->decided_by;
}

/**
 * ond_meeting_reason_label:
 * @reason: an agenda reason code (nieuw, follow_up, toegevoegd)
 *
 * Returns: (nullable): the Dutch label of @reason, or %NULL when @reason is not one
 */
const char *
ond_meeting_reason_label (const char *reason)
{
  for (guint i = 0; reason != NULL && i < G_N_ELEMENTS (reasons); i++)
    if (g_str_equal (reasons[i].code, reason))
      return reasons[i].label;
  return NULL;
}

/**
 * ond_meeting_item_get_row_version:
 * @self: a #OndMeetingItem
 *
 * Returns: the row version the record was read with; 0 when not checked
 */
gint64
ond_meeting_item_get_row_version (OndMeetingItem *self)
{
  g_return_val_if_fail (OND_IS_MEETING_ITEM (self), 0);

  return self->row_version;
}

/**
 * ond_meeting_item_set_row_version:
 * @self: a #OndMeetingItem
 * @row_version: the row version of the record the edit was opened with; 0 = not checked
 *
 * Sets the version a save of a change is checked against (ond-store-migration-12.c).
 */
void
ond_meeting_item_set_row_version (OndMeetingItem *self,
                                  gint64         row_version)
{
  g_return_if_fail (OND_IS_MEETING_ITEM (self));

  self->row_version = row_version;
}
