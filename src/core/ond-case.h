/* ond-case.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndCase: one case of the casusoverleg (a case_file row), with labels joined in. Holds
 * personal data (subject, address, summary): only the case views show it.
 *
 * Properties (read-only, construct-only; strings never NULL unless said):
 *   id, reference, date-received (ISO), source, source-label, theme-id, theme-name (nullable),
 *   area-id, area-name (nullable), subject-kind, subject-kind-label, subject-name, address,
 *   summary, complexity (nullable), decision (nullable), weighing-reason (nullable),
 *   follow-up-date (nullable, ISO), lead-partner-id, lead-partner-name (nullable),
 *   status (code), status-label, outcome (nullable), outcome-note (nullable),
 *   closed-date (nullable), mma-number, police-number, riec-number, zaaknummer,
 *   next-follow-up (nullable: the earliest of follow-up-date and the follow-up dates of
 *   open interventions), created-at, updated-at, row-version (the version of the row as read:
 *   every change through the store adds 1; see OndCaseDraft.row_version).
 */

#pragma once

#include <glib-object.h>

#include "ond-case-draft.h"
#include "ond-case-workflow.h"

G_BEGIN_DECLS

#define OND_TYPE_CASE (ond_case_get_type ())
G_DECLARE_FINAL_TYPE (OndCase, ond_case, OND, CASE, GObject)

/* The store builds cases with g_object_new (OND_TYPE_CASE, "id", ..., NULL). */
gint64         ond_case_get_id                 (OndCase *self);
const char    *ond_case_get_reference          (OndCase *self);
const char    *ond_case_get_date_received      (OndCase *self);
const char    *ond_case_get_source             (OndCase *self);
const char    *ond_case_get_source_label       (OndCase *self);
gint64         ond_case_get_theme_id           (OndCase *self);
const char    *ond_case_get_theme_name         (OndCase *self);
gint64         ond_case_get_area_id            (OndCase *self);
const char    *ond_case_get_area_name          (OndCase *self);
const char    *ond_case_get_subject_kind       (OndCase *self);
const char    *ond_case_get_subject_kind_label (OndCase *self);
const char    *ond_case_get_subject_name       (OndCase *self);
const char    *ond_case_get_address            (OndCase *self);
const char    *ond_case_get_summary            (OndCase *self);
const char    *ond_case_get_complexity         (OndCase *self);
const char    *ond_case_get_decision           (OndCase *self);
const char    *ond_case_get_weighing_reason    (OndCase *self);
const char    *ond_case_get_follow_up_date     (OndCase *self);
gint64         ond_case_get_lead_partner_id    (OndCase *self);
const char    *ond_case_get_lead_partner_name  (OndCase *self);
const char    *ond_case_get_status             (OndCase *self);
OndCaseStatus  ond_case_get_status_enum        (OndCase *self);
const char    *ond_case_get_status_label       (OndCase *self);
const char    *ond_case_get_outcome            (OndCase *self);
const char    *ond_case_get_outcome_note       (OndCase *self);
const char    *ond_case_get_closed_date        (OndCase *self);
const char    *ond_case_get_mma_number         (OndCase *self);
const char    *ond_case_get_police_number      (OndCase *self);
const char    *ond_case_get_riec_number        (OndCase *self);
const char    *ond_case_get_zaaknummer         (OndCase *self);
const char    *ond_case_get_next_follow_up     (OndCase *self);
const char    *ond_case_get_created_at         (OndCase *self);
const char    *ond_case_get_updated_at         (OndCase *self);
gint64         ond_case_get_row_version        (OndCase *self);
/* The intake fields as a draft, for the edit form, with the row version: saving it changes
 * the case only while nobody else changed it since it was read. Transfer full. */
OndCaseDraft  *ond_case_dup_draft              (OndCase *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
