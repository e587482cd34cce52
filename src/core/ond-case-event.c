/* ond-case-event.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One entry of the history of a case. Read-only after construction; the store builds it.
 */

#define G_LOG_DOMAIN "ond-case-event"

#include "config.h"

#include "ond-case-event.h"

struct _OndCaseEvent
{
  GObject parent_instance;

  gint64  id;
  gint64  case_id;
  char   *at;
  char   *who;
  char   *from_status;
  char   *from_label;
  char   *to_status;
  char   *to_label;
  char   *reason;
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_CASE_ID,
  PROP_AT,
  PROP_WHO,
  PROP_FROM_STATUS,
  PROP_FROM_LABEL,
  PROP_TO_STATUS,
  PROP_TO_LABEL,
  PROP_REASON,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndCaseEvent, ond_case_event, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
ond_case_event_finalize (GObject *object)
{
  OndCaseEvent *self = OND_CASE_EVENT (object);

  g_clear_pointer (&self->at, g_free);
  g_clear_pointer (&self->who, g_free);
  g_clear_pointer (&self->from_status, g_free);
  g_clear_pointer (&self->from_label, g_free);
  g_clear_pointer (&self->to_status, g_free);
  g_clear_pointer (&self->to_label, g_free);
  g_clear_pointer (&self->reason, g_free);

  G_OBJECT_CLASS (ond_case_event_parent_class)->finalize (object);
}

static void
ond_case_event_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OndCaseEvent *self = OND_CASE_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_CASE_ID:
      g_value_set_int64 (value, self->case_id);
      break;

    case PROP_AT:
      g_value_set_string (value, self->at);
      break;

    case PROP_WHO:
      g_value_set_string (value, self->who);
      break;

    case PROP_FROM_STATUS:
      g_value_set_string (value, self->from_status);
      break;

    case PROP_FROM_LABEL:
      g_value_set_string (value, self->from_label);
      break;

    case PROP_TO_STATUS:
      g_value_set_string (value, self->to_status);
      break;

    case PROP_TO_LABEL:
      g_value_set_string (value, self->to_label);
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_case_event_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  OndCaseEvent *self = OND_CASE_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;

    case PROP_CASE_ID:
      self->case_id = g_value_get_int64 (value);
      break;

    case PROP_AT:
      g_free (self->at);
      self->at = g_value_dup_string (value);
      if (self->at == NULL)
        self->at = g_strdup ("");
      break;

    case PROP_WHO:
      g_free (self->who);
      self->who = g_value_dup_string (value);
      if (self->who == NULL)
        self->who = g_strdup ("");
      break;

    case PROP_FROM_STATUS:
      g_free (self->from_status);
      self->from_status = g_value_dup_string (value);
      break;

    case PROP_FROM_LABEL:
      g_free (self->from_label);
      self->from_label = g_value_dup_string (value);
      break;

    case PROP_TO_STATUS:
      g_free (self->to_status);
      self->to_status = g_value_dup_string (value);
      if (self->to_status == NULL)
        self->to_status = g_strdup ("");
      break;

    case PROP_TO_LABEL:
      g_free (self->to_label);
      self->to_label = g_value_dup_string (value);
      if (self->to_label == NULL)
        self->to_label = g_strdup ("");
      break;

    case PROP_REASON:
      g_free (self->reason);
      self->reason = g_value_dup_string (value);
      if (self->reason == NULL)
        self->reason = g_strdup ("");
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_case_event_class_init (OndCaseEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_case_event_finalize;
  object_class->get_property = ond_case_event_get_property;
  object_class->set_property = ond_case_event_set_property;

  /* The row id of the entry. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The case the entry belongs to. */
  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* When, local time "YYYY-MM-DDTHH:MM:SS". */
  properties[PROP_AT] =
    g_param_spec_string ("at", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The OS login name of the user. */
  properties[PROP_WHO] =
    g_param_spec_string ("who", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The status code before, or NULL for the first entry. */
  properties[PROP_FROM_STATUS] =
    g_param_spec_string ("from-status", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The label of that status, or NULL. */
  properties[PROP_FROM_LABEL] =
    g_param_spec_string ("from-label", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The status code after. */
  properties[PROP_TO_STATUS] =
    g_param_spec_string ("to-status", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The label of that status. */
  properties[PROP_TO_LABEL] =
    g_param_spec_string ("to-label", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* Why, as the user wrote it (may be ""). */
  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_case_event_init (OndCaseEvent *self)
{
}

/**
 * ond_case_event_new:
 * @id: the row id of the entry.
 * @case_id: the case the entry belongs to.
 * @at: when, local time "YYYY-MM-DDTHH:MM:SS".
 * @who: the OS login name of the user.
 * @from_status: the status code before, or NULL for the first entry.
 * @from_label: the label of that status, or NULL.
 * @to_status: the status code after.
 * @to_label: the label of that status.
 * @reason: why, as the user wrote it (may be "").
 *
 * Returns: (transfer full): a new #OndCaseEvent
 */
OndCaseEvent *
ond_case_event_new (gint64      id,
                    gint64      case_id,
                    const char *at,
                    const char *who,
                    const char *from_status,
                    const char *from_label,
                    const char *to_status,
                    const char *to_label,
                    const char *reason)
{
  return g_object_new (OND_TYPE_CASE_EVENT,
                       "id", id,
                       "case-id", case_id,
                       "at", at,
                       "who", who,
                       "from-status", from_status,
                       "from-label", from_label,
                       "to-status", to_status,
                       "to-label", to_label,
                       "reason", reason,
                       NULL);
}

gint64
ond_case_event_get_id (OndCaseEvent *self)
{
  g_return_val_if_fail (OND_IS_CASE_EVENT (self), 0);

  return self->id;
}

gint64
ond_case_event_get_case_id (OndCaseEvent *self)
{
  g_return_val_if_fail (OND_IS_CASE_EVENT (self), 0);

  return self->case_id;
}

const char *
ond_case_event_get_at (OndCaseEvent *self)
{
  g_return_val_if_fail (OND_IS_CASE_EVENT (self), NULL);

  return self->at;
}

const char *
ond_case_event_get_who (OndCaseEvent *self)
{
  g_return_val_if_fail (OND_IS_CASE_EVENT (self), NULL);

  return self->who;
}

const char *
ond_case_event_get_from_status (OndCaseEvent *self)
{
  g_return_val_if_fail (OND_IS_CASE_EVENT (self), NULL);

  return self->from_status;
}

const char *
ond_case_event_get_from_label (OndCaseEvent *self)
{
  g_return_val_if_fail (OND_IS_CASE_EVENT (self), NULL);

  return self->from_label;
}

const char *
ond_case_event_get_to_status (OndCaseEvent *self)
{
  g_return_val_if_fail (OND_IS_CASE_EVENT (self), NULL);

  return self->to_status;
}

const char *
ond_case_event_get_to_label (OndCaseEvent *self)
{
  g_return_val_if_fail (OND_IS_CASE_EVENT (self), NULL);

  return self->to_label;
}

const char *
ond_case_event_get_reason (OndCaseEvent *self)
{
  g_return_val_if_fail (OND_IS_CASE_EVENT (self), NULL);

  return self->reason;
}
