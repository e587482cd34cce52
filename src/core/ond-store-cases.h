/* ond-store-cases.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The casusoverleg part of OndStore (implemented in ond-store-cases.c,
 * ond-store-meetings.c and ond-store-case-counts.c): cases, their workflow, interventions,
 * history, the access log, meetings and the counts for monitoring.
 *
 * Every change runs in one transaction, writes a case_event (history) where the status
 * changes, and an access_log row (who = the user of this computer, or the database user on
 * a team server; never personal data: the reference and what was done). A refused change
 * writes nothing. A read-only store refuses every change (OND_STORE_ERROR_READ_ONLY), and
 * also opening a case (which must be logged).
 */

#pragma once

#include "ond-case-draft.h"
#include "ond-case-intervention.h"
#include "ond-case-workflow.h"
#include "ond-store.h"

G_BEGIN_DECLS

typedef struct _OndCase OndCase;

/* Registers a new signal with status nieuw. Its reference is YYYY-NNNN from the year of
 * the date received, from a per-year counter that never hands a number out twice (not
 * MAX()+1). Returns the new case's id, 0 on error. */
gint64      ond_store_create_case          (OndStore            *self,
                                            const OndCaseDraft  *draft,
                                            GDateTime           *today,
                                            char               **reference,
                                            GError             **error);
/* Changes the intake fields (not the status). Logged. */
gboolean    ond_store_update_case          (OndStore            *self,
                                            gint64               case_id,
                                            const OndCaseDraft  *draft,
                                            GDateTime           *today,
                                            GError             **error);
/* Reads a case for the case view and logs that it was opened. Transfer full. */
OndCase    *ond_store_open_case            (OndStore            *self,
                                            gint64               case_id,
                                            GError             **error) G_GNUC_WARN_UNUSED_RESULT;
/* Reads a case without logging (for lists and counts: no personal data is shown). */
OndCase    *ond_store_get_case             (OndStore            *self,
                                            gint64               case_id,
                                            GError             **error) G_GNUC_WARN_UNUSED_RESULT;

/* Weighing (from nieuw or gewogen): complexity code (laag/midden/hoog), decision, a
 * required reason; @lead_partner_id for OND_WEIGHING_PARTNER (for RIEC: 0 = the RIEC
 * partner), @follow_up_date (ISO) for OND_WEIGHING_RESEARCH. */
gboolean    ond_store_weigh_case           (OndStore            *self,
                                            gint64               case_id,
                                            const char          *complexity,
                                            OndWeighingDecision  decision,
                                            const char          *reason,
                                            gint64               lead_partner_id,
                                            const char          *follow_up_date,
                                            GError             **error);
/* A plain step of the workflow: toegewezen -> interventie, interventie -> monitoring,
 * monitoring -> interventie, gesloten -> monitoring (reopen: @reason required). */
gboolean    ond_store_move_case            (OndStore            *self,
                                            gint64               case_id,
                                            OndCaseStatus        to,
                                            const char          *reason,
                                            GError             **error);
/* monitoring -> gesloten with outcome code (effectief/deels/niet_effectief) and a note. */
gboolean    ond_store_close_case           (OndStore            *self,
                                            gint64               case_id,
                                            const char          *outcome,
                                            const char          *note,
                                            GError             **error);
/* Sets the case's own follow-up date (ISO, or NULL to clear). Logged. */
gboolean    ond_store_set_case_follow_up   (OndStore            *self,
                                            gint64               case_id,
                                            const char          *follow_up_date,
                                            GError             **error);

/* Deleting: ond_store_delete_case hides the case at once (deleted_at) so that the window
 * can offer undo; ond_store_undelete_case brings it back; ond_store_purge_deleted_cases
 * removes hidden cases for good (the window calls it when the undo toast is gone and on
 * close). All three are logged; the reference is never handed out again. */
gboolean    ond_store_delete_case          (OndStore            *self,
                                            gint64               case_id,
                                            GError             **error);
gboolean    ond_store_undelete_case        (OndStore            *self,
                                            gint64               case_id,
                                            GError             **error);
gboolean    ond_store_purge_deleted_cases  (OndStore            *self,
                                            GError             **error);

/* History (OndCaseEvent, oldest first) and interventions (OndCaseIntervention). */
GListModel *ond_store_list_case_events     (OndStore            *self,
                                            gint64               case_id,
                                            GError             **error) G_GNUC_WARN_UNUSED_RESULT;
GListModel *ond_store_list_case_interventions (OndStore         *self,
                                            gint64               case_id,
                                            GError             **error) G_GNUC_WARN_UNUSED_RESULT;
/* Adds an intervention of the menukaart. @partner_id must be marked for @intervention_id
 * in the matrix (intervention_partner) and neither may be retired; else
 * OND_STORE_ERROR_INVALID and nothing is written. Status code: gepland/lopend/gereed/
 * geannuleerd. Dates ISO or NULL. Returns the new id or 0. */
gint64      ond_store_add_case_intervention (OndStore           *self,
                                            gint64               case_id,
                                            gint64               intervention_id,
                                            gint64               partner_id,
                                            const char          *planned_date,
                                            const char          *follow_up_date,
                                            const char          *status,
                                            const char          *note,
                                            GError             **error);
gboolean    ond_store_update_case_intervention (OndStore        *self,
                                            gint64               case_intervention_id,
                                            gint64               partner_id,
                                            const char          *planned_date,
                                            const char          *follow_up_date,
                                            const char          *status,
                                            const char          *note,
                                            GError             **error);
/* The same for an edit opened with @opened: refused with OND_STORE_ERROR_CONFLICT (nothing
 * written) when someone else changed the row since (its row version moved on). */
gboolean    ond_store_save_case_intervention_edit (OndStore            *self,
                                               OndCaseIntervention *opened,
                                               gint64               partner_id,
                                               const char          *planned_date,
                                               const char          *follow_up_date,
                                               const char          *status,
                                               const char          *note,
                                               GError             **error);

/* The access log (OndAccessEntry, newest first); @case_reference NULL = all. There is no
 * call to change or delete it: the schema refuses that too. */
GListModel *ond_store_list_access_log      (OndStore            *self,
                                            const char          *case_reference,
                                            GError             **error) G_GNUC_WARN_UNUSED_RESULT;
/* Logs an export or print that contains case data (what: e.g. "Besluitenlijst afgedrukt"). */
gboolean    ond_store_log_access           (OndStore            *self,
                                            const char          *case_reference,
                                            const char          *what,
                                            GError             **error);
/* Logs one export or print of many cases: a row per reference (@references: char *), in
 * one transaction. Empty @references: nothing to log, TRUE. */
gboolean    ond_store_log_access_many      (OndStore            *self,
                                            GPtrArray           *references,
                                            const char          *what,
                                            GError             **error);

/* Cases whose follow-up (the case's own or an open intervention's) is on or before @date,
 * open cases only (OndCase, earliest first). */
GListModel *ond_store_list_due_cases       (OndStore            *self,
                                            const char          *date,
                                            GError             **error) G_GNUC_WARN_UNUSED_RESULT;
/* ond-store-cases-dashboard.c: the first @limit of those (0: all), and how many there are. */
GListModel *ond_store_list_first_due_cases (OndStore            *self,
                                            const char          *date,
                                            guint                limit,
                                            GError             **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean    ond_store_count_due_cases      (OndStore            *self,
                                            const char          *date,
                                            guint               *n_due,
                                            GError             **error);
/* The cases in @status (a case_status code), hidden ones not included. */
gboolean    ond_store_count_cases_in_status (OndStore           *self,
                                             const char         *status,
                                             guint              *n_cases,
                                             GError            **error);

G_END_DECLS
