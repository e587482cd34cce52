/* ond-store-subject.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The rights of a person concerned (AVG articles 15, 16 and 17) in OndStore
 * (ond-store-subject.c, ond-store-subject-export.c): find every case about a person, export
 * what is held about them for an inzageverzoek, correct a case on their request, and erase
 * cases on their request. Each step is logged in the access log, which never holds the
 * person's name or address: only references and what was done.
 *
 * Every step needs a write (its log), so a read-only store refuses each of them
 * (OND_STORE_ERROR_READ_ONLY) and writes nothing, as it refuses opening a case.
 */

#pragma once

#include "ond-case-draft.h"
#include "ond-store.h"
#include "ond-subject-match.h"

G_BEGIN_DECLS

/* What the access log says of each step (Dutch data). */
#define OND_SUBJECT_LOG_FOUND      "Gevonden bij verzoek van betrokkene"
#define OND_SUBJECT_LOG_SEARCH     "Zoekopdracht verzoek van betrokkene: %u casussen"
#define OND_SUBJECT_LOG_EXPORTED   "Opgenomen in inzage-export"
#define OND_SUBJECT_LOG_CORRECTED  "Gecorrigeerd op verzoek van betrokkene"
#define OND_SUBJECT_LOG_ERASED     "Gewist op verzoek van betrokkene"
#define OND_SUBJECT_LOG_ITEMS      "Teksten casusoverleg gewist op verzoek van betrokkene"
/* The reason in the deletion log of a case erased on request. */
#define OND_SUBJECT_ERASE_REASON   "Gewist op verzoek van betrokkene (AVG art. 17)"
/* What the history of a corrected case says. */
#define OND_SUBJECT_CORRECT_REASON "Gegevens gecorrigeerd op verzoek van betrokkene (AVG art. 16)"
/* What a decision of a casusoverleg about an erased case says instead of its text. */
#define OND_SUBJECT_ERASED_DECISION "Besluit gewist op verzoek van betrokkene"

/* Every case, hidden ones too, whose subject's name contains @name or whose address
 * contains @address (whole words, folded: case and accents do not matter), or whose
 * summary, history reasons, intervention notes or casusoverleg texts name @name. Either
 * may be NULL or blank, not both. Logged: a row per case found and one for the search, never
 * with the name. Returns a GListModel of OndSubjectMatch by reference, or NULL. */
GListModel *ond_store_find_subject             (OndStore            *self,
                                                const char          *name,
                                                const char          *address,
                                                GError             **error)
                                                G_GNUC_WARN_UNUSED_RESULT;

/* Writes the inzage document (a PDF in Dutch, mode 0600) of the cases @case_ids to @path:
 * every field, the history, interventions, casusoverleg items, measures and access log
 * rows of each. Logged per case. @created is the date the document states. On error
 * nothing is written or logged. */
gboolean    ond_store_export_subject           (OndStore            *self,
                                                const gint64        *case_ids,
                                                guint                n_cases,
                                                const char          *path,
                                                GDateTime           *created,
                                                GError             **error);

/* ond_store_update_case () on request of the person concerned: the access log says so and
 * the case's history records it. */
gboolean    ond_store_correct_case_on_request  (OndStore            *self,
                                                gint64               case_id,
                                                const OndCaseDraft  *draft,
                                                GDateTime           *today,
                                                GError             **error);

/* Removes the cases @case_ids for good in one transaction (deletion log and access log
 * without personal data). The casusoverleg items of each keep their row without the case,
 * but lose their texts. Frozen figures of closed years do not change. */
gboolean    ond_store_erase_on_request         (OndStore            *self,
                                                const gint64        *case_ids,
                                                guint                n_cases,
                                                GError             **error);

G_END_DECLS
