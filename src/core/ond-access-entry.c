/* ond-access-entry.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One row of the access log. Read-only after construction; the store builds it.
 */

#define G_LOG_DOMAIN "ond-access-entry"

#include "config.h"

#include "ond-access-entry.h"

struct _OndAccessEntry
{
  GObject parent_instance;

  gint64  id;
  char   *at;
  char   *who;
  char   *case_reference;
  char   *what;
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_AT,
  PROP_WHO,
  PROP_CASE_REFERENCE,
  PROP_WHAT,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndAccessEntry, ond_access_entry, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
ond_access_entry_finalize (GObject *object)
{
  OndAccessEntry *self = OND_ACCESS_ENTRY (object);

  g_clear_pointer (&self->at, g_free);
  g_clear_pointer (&self->who, g_free);
  g_clear_pointer (&self->case_reference, g_free);
  g_clear_pointer (&self->what, g_free);

  G_OBJECT_CLASS (ond_access_entry_parent_class)->finalize (object);
}

static void
ond_access_entry_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OndAccessEntry *self = OND_ACCESS_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_AT:
      g_value_set_string (value, self->at);
      break;

    case PROP_WHO:
      g_value_set_string (value, self->who);
      break;

    case PROP_CASE_REFERENCE:
      g_value_set_string (value, self->case_reference);
      break;

    case PROP_WHAT:
      g_value_set_string (value, self->what);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_access_entry_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OndAccessEntry *self = OND_ACCESS_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
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

    case PROP_CASE_REFERENCE:
      g_free (self->case_reference);
      self->case_reference = g_value_dup_string (value);
      if (self->case_reference == NULL)
        self->case_reference = g_strdup ("");
      break;

    case PROP_WHAT:
      g_free (self->what);
      self->what = g_value_dup_string (value);
      if (self->what == NULL)
        self->what = g_strdup ("");
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_access_entry_class_init (OndAccessEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_access_entry_finalize;
  object_class->get_property = ond_access_entry_get_property;
  object_class->set_property = ond_access_entry_set_property;

  /* The row id. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
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

  /* The reference of the case, or "" for an entry about no single case. */
  properties[PROP_CASE_REFERENCE] =
    g_param_spec_string ("case-reference", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* What was done, e.g. "Casus geopend". */
  properties[PROP_WHAT] =
    g_param_spec_string ("what", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_access_entry_init (OndAccessEntry *self)
{
}

/**
 * ond_access_entry_new:
 * @id: the row id.
 * @at: when, local time "YYYY-MM-DDTHH:MM:SS".
 * @who: the OS login name of the user.
 * @case_reference: the reference of the case, or "" for an entry about no single case.
 * @what: what was done, e.g. "Casus geopend".
 *
 * Returns: (transfer full): a new #OndAccessEntry
 */
OndAccessEntry *
ond_access_entry_new (gint64      id,
                      const char *at,
                      const char *who,
                      const char *case_reference,
                      const char *what)
{
  return g_object_new (OND_TYPE_ACCESS_ENTRY,
                       "id", id,
                       "at", at,
                       "who", who,
                       "case-reference", case_reference,
                       "what", what,
                       NULL);
}

gint64
ond_access_entry_get_id (OndAccessEntry *self)
{
  g_return_val_if_fail (OND_IS_ACCESS_ENTRY (self), 0);

  return self->id;
}

const char *
ond_access_entry_get_at (OndAccessEntry *self)
{
  g_return_val_if_fail (OND_IS_ACCESS_ENTRY (self), NULL);

  return self->at;
}

const char *
ond_access_entry_get_who (OndAccessEntry *self)
{
  g_return_val_if_fail (OND_IS_ACCESS_ENTRY (self), NULL);

  return self->who;
}

const char *
ond_access_entry_get_case_reference (OndAccessEntry *self)
{
  g_return_val_if_fail (OND_IS_ACCESS_ENTRY (self), NULL);

  return self->case_reference;
}

const char *
ond_access_entry_get_what (OndAccessEntry *self)
{
  g_return_val_if_fail (OND_IS_ACCESS_ENTRY (self), NULL);

  return self->what;
}
