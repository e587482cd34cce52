/* ond-retention-item.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndRetentionItem: a case whose retention period has passed (ond-store-retention.h), as the
 * dry run lists it and the removal reports it. It holds no personal data: the reference,
 * the status, the date received, the day the period started (the day the signal was dropped
 * or the case closed), the day it ended, and the rule with its number of years.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * OndRetentionRule:
 * @OND_RETENTION_DROPPED: a dropped signal (status afgevoerd), kept from the day it was
 *   dropped
 * @OND_RETENTION_CLOSED: a closed case (status gesloten), kept from its closed date
 */
typedef enum
{
  OND_RETENTION_DROPPED,
  OND_RETENTION_CLOSED,
} OndRetentionRule;

#define OND_TYPE_RETENTION_ITEM (ond_retention_item_get_type ())
G_DECLARE_FINAL_TYPE (OndRetentionItem, ond_retention_item, OND, RETENTION_ITEM, GObject)

OndRetentionItem *ond_retention_item_new               (const char       *reference,
                                                        OndRetentionRule  rule,
                                                        const char       *status_label,
                                                        const char       *date_received,
                                                        const char       *start_date,
                                                        const char       *expiry_date,
                                                        int               years)
                                                        G_GNUC_WARN_UNUSED_RESULT;
const char       *ond_retention_item_get_reference     (OndRetentionItem *self);
OndRetentionRule  ond_retention_item_get_rule          (OndRetentionItem *self);
/* The status as the case_status vocabulary names it ("Afgevoerd", "Gesloten"). */
const char       *ond_retention_item_get_status_label  (OndRetentionItem *self);
/* ISO dates. */
const char       *ond_retention_item_get_date_received (OndRetentionItem *self);
const char       *ond_retention_item_get_start_date    (OndRetentionItem *self);
const char       *ond_retention_item_get_expiry_date   (OndRetentionItem *self);
/* The retention period that applied, in years. */
int               ond_retention_item_get_years         (OndRetentionItem *self);

G_END_DECLS
