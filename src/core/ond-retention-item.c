/* ond-retention-item.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A case due for removal under a retention period. Read-only after construction; the store
 * builds it (ond-store-retention.c).
 */

#define G_LOG_DOMAIN "ond-retention-item"

#include "config.h"

#include "ond-retention-item.h"

struct _OndRetentionItem
{
  GObject           parent_instance;

  char             *reference;
  OndRetentionRule  rule;
  char             *status_label;
  char             *date_received;
  char             *start_date;
  char             *expiry_date;
  int               years;
};

enum
{
  PROP_0,
  PROP_REFERENCE,
  PROP_STATUS_LABEL,
  PROP_DATE_RECEIVED,
  PROP_START_DATE,
  PROP_EXPIRY_DATE,
  PROP_YEARS,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndRetentionItem, ond_retention_item, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
ond_retention_item_finalize (GObject *object)
{
  OndRetentionItem *self = OND_RETENTION_ITEM (object);

  g_clear_pointer (&self->reference, g_free);
  g_clear_pointer (&self->status_label, g_free);
  g_clear_pointer (&self->date_received, g_free);
  g_clear_pointer (&self->start_date, g_free);
  g_clear_pointer (&self->expiry_date, g_free);

  G_OBJECT_CLASS (ond_retention_item_parent_class)->finalize (object);
}

static void
ond_retention_item_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OndRetentionItem *self = OND_RETENTION_ITEM (object);

  switch (prop_id)
    {
    case PROP_REFERENCE:
      g_value_set_string (value, self->reference);
      break;

    case PROP_STATUS_LABEL:
      g_value_set_string (value, self->status_label);
      break;

    case PROP_DATE_RECEIVED:
      g_value_set_string (value, self->date_received);
      break;

    case PROP_START_DATE:
      g_value_set_string (value, self->start_date);
      break;

    case PROP_EXPIRY_DATE:
      g_value_set_string (value, self->expiry_date);
      break;

    case PROP_YEARS:
      g_value_set_int (value, self->years);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_retention_item_class_init (OndRetentionItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_retention_item_finalize;
  object_class->get_property = ond_retention_item_get_property;

  properties[PROP_REFERENCE] =
    g_param_spec_string ("reference", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS_LABEL] =
    g_param_spec_string ("status-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE_RECEIVED] =
    g_param_spec_string ("date-received", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_START_DATE] =
    g_param_spec_string ("start-date", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXPIRY_DATE] =
    g_param_spec_string ("expiry-date", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEARS] =
    g_param_spec_int ("years", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_retention_item_init (OndRetentionItem *self)
{
}

OndRetentionItem *
ond_retention_item_new (const char       *reference,
                        OndRetentionRule  rule,
                        const char       *status_label,
                        const char       *date_received,
                        const char       *start_date,
                        const char       *expiry_date,
                        int               years)
{
  OndRetentionItem *self = g_object_new (OND_TYPE_RETENTION_ITEM, NULL);

  self->reference = g_strdup (reference != NULL ? reference : "");
  self->rule = rule;
  self->status_label = g_strdup (status_label != NULL ? status_label : "");
  self->date_received = g_strdup (date_received != NULL ? date_received : "");
  self->start_date = g_strdup (start_date != NULL ? start_date : "");
  self->expiry_date = g_strdup (expiry_date != NULL ? expiry_date : "");
  self->years = years;
  return self;
}

const char *
ond_retention_item_get_reference (OndRetentionItem *self)
{
  g_return_val_if_fail (OND_IS_RETENTION_ITEM (self), NULL);
  return self->reference;
}

OndRetentionRule
ond_retention_item_get_rule (OndRetentionItem *self)
{
  g_return_val_if_fail (OND_IS_RETENTION_ITEM (self), OND_RETENTION_DROPPED);
  return self->rule;
}

const char *
ond_retention_item_get_status_label (OndRetentionItem *self)
{
  g_return_val_if_fail (OND_IS_RETENTION_ITEM (self), NULL);
  return self->status_label;
}

const char *
ond_retention_item_get_date_received (OndRetentionItem *self)
{
  g_return_val_if_fail (OND_IS_RETENTION_ITEM (self), NULL);
  return self->date_received;
}

const char *
ond_retention_item_get_start_date (OndRetentionItem *self)
{
  g_return_val_if_fail (OND_IS_RETENTION_ITEM (self), NULL);
  return self->start_date;
}

const char *
ond_retention_item_get_expiry_date (OndRetentionItem *self)
{
  g_return_val_if_fail (OND_IS_RETENTION_ITEM (self), NULL);
  return self->expiry_date;
}

int
ond_retention_item_get_years (OndRetentionItem *self)
{
  g_return_val_if_fail (OND_IS_RETENTION_ITEM (self), 0);
  return self->years;
}
