/* ond-store-edit-conflict.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What someone else changed in a case's intervention while the user had it open for editing
 * (optimistic locking, ond-store-migration-8.c): the save was refused
 * (OND_STORE_ERROR_CONFLICT), the row is read again, and each field of the form that differs
 * between the version the user opened and the current row is listed as an OndCaseChange
 * (ond-store-case-conflict.h), for the conflict dialog all edits share.
 */

#pragma once

#include "ond-case-intervention.h"
#include "ond-store-case-conflict.h"

G_BEGIN_DECLS

/* The case's intervention @case_intervention_id of case @case_id as it is now;
 * OND_STORE_ERROR_NOT_FOUND when it is gone. Transfer full. */
OndCaseIntervention *ond_store_get_case_intervention (OndStore             *self,
                                                      gint64                case_id,
                                                      gint64                case_intervention_id,
                                                      GError              **error)
                                                      G_GNUC_WARN_UNUSED_RESULT;

/* The fields of the edit form (partner, dates, status, note) where @current differs from
 * @opened, with the user's values (@partner_id, dates ISO or dd-mm-jjjj or NULL, @status
 * code, @note). A GPtrArray of OndCaseChange; empty when only the row version moved on.
 * Transfer full. */
GPtrArray           *ond_store_compare_case_intervention_edit (OndStore             *self,
                                                               OndCaseIntervention  *opened,
                                                               gint64                partner_id,
                                                               const char           *planned_date,
                                                               const char           *follow_up_date,
                                                               const char           *status,
                                                               const char           *note,
                                                               OndCaseIntervention  *current,
                                                               GError              **error)
                                                               G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
