/* ond-store-retention.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Retention periods (AVG): the part of OndStore that removes cases once they have been kept
 * long enough (ond-store-retention.c).
 *
 * The periods are the organisation's policy, kept in the database (retention_setting): a
 * dropped signal (status afgevoerd) goes OND_RETENTION_DEFAULT_DROPPED years after the day
 * it was dropped (its newest history entry to afgevoerd), a closed case (gesloten)
 * OND_RETENTION_DEFAULT_CLOSED years after its closed date; each 1..30 years. A case is due
 * when that day plus its period is on or before "today", which the caller passes in (the
 * store never reads the clock for this). Hidden (deleted) cases are left to
 * ond_store_purge_deleted_cases ().
 *
 * The dry run lists the cases that are due without personal data, and the reporting years
 * whose counted figures change when they go: the years they were received in that are not
 * closed, where a figure counts them. A closed year's figures are frozen
 * (ond-store-figures.h), so removal never changes them.
 *
 * Removal takes the references the user saw and removes, in one transaction, those that are
 * still due; each through the deletion log (reference, status, dates, reason, who, when) and
 * the access log, with one access log row for the whole run. Changing a period is logged in
 * the access log. A read-only store reads the periods and the dry run, and refuses changes
 * (OND_STORE_ERROR_READ_ONLY).
 */

#pragma once

#include "ond-retention-item.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_RETENTION_MIN_YEARS 1
#define OND_RETENTION_MAX_YEARS 30
#define OND_RETENTION_DEFAULT_DROPPED 1
#define OND_RETENTION_DEFAULT_CLOSED 5

gboolean    ond_store_get_retention_years (OndStore            *self,
                                           OndRetentionRule     rule,
                                           int                 *years,
                                           GError             **error);
/* Sets the period of @rule (OND_RETENTION_MIN_YEARS..OND_RETENTION_MAX_YEARS, else
 * OND_STORE_ERROR_INVALID and nothing changed) and logs the change; the same value changes
 * nothing and succeeds. */
gboolean    ond_store_set_retention_years (OndStore            *self,
                                           OndRetentionRule     rule,
                                           int                  years,
                                           GError             **error);
/* The dry run as of @today: *@due (transfer full) a GListModel of OndRetentionItem, the
 * period that ended first first; *@open_years (transfer full, may be NULL) the reporting
 * years (int, ascending) that are not closed and whose counted figures change when those
 * cases go. Writes nothing. */
gboolean    ond_store_review_retention    (OndStore            *self,
                                           GDateTime           *today,
                                           GListModel         **due,
                                           GArray             **open_years,
                                           GError             **error);
/* Removes, in one transaction, the cases of @references (NULL: every case that is due)
 * that are due as of @today. *@removed (transfer full, may be NULL) gets a GListModel of
 * OndRetentionItem of the cases removed; *@not_due (transfer full, may be NULL) the
 * references given that were not due (any more), which stay. On error nothing was
 * removed. */
gboolean    ond_store_apply_retention     (OndStore            *self,
                                           GDateTime           *today,
                                           const char * const  *references,
                                           GListModel         **removed,
                                           GStrv               *not_due,
                                           GError             **error);

G_END_DECLS
