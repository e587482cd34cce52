/* ond-store-explanations.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Explanations for the council (toelichtingen, ond-store-explanations.c): the story beside
 * the numbers of the progress report. Each belongs to a plan and explains one subject:
 * - a pillar (its progress), for one reporting year, or for every year (year 0);
 * - a monitoring figure (indicator) in a year of the plan (one behind its target);
 * - a budget line (kostenpost) in a year of the plan (a line over its budget);
 * - a year (the year's budget differences that belong to no line: funding against the
 *   lines, the plan's stated total, earmarks, bookings on no line of the plan); any year
 *   2000-2100, as bookings may be dated outside the plan's years.
 * A subject has at most one explanation: setting one replaces the text of the one there is
 * (keeping its id). Who (ond_council_who ()) and when (local time) are recorded at each set.
 *
 * Refusals (nothing is written):
 * - OND_PLAN_ERROR_TEXT: the text is blank, or longer than OND_EXPLANATION_MAX_LENGTH
 *   characters;
 * - OND_PLAN_ERROR_YEAR: an indicator's or line's year outside the plan's period, a
 *   pillar's year other than 0 or a year of the plan, a year outside 2000-2100;
 * - OND_PLAN_ERROR_PILLAR: a pillar of another plan;
 * - OND_STORE_ERROR_NOT_FOUND: a plan, pillar, indicator, budget line or explanation that
 *   does not exist, or a budget line of another plan;
 * - OND_STORE_ERROR_INVALID: a restore whose subject has been given another explanation
 *   since;
 * - OND_STORE_ERROR_READ_ONLY: a read-only file.
 * Deleting is undone with ond_store_restore_explanation (the explanation as it was read).
 */

#pragma once

#include "ond-store.h"

G_BEGIN_DECLS

#define OND_EXPLANATION_MAX_LENGTH 10000

typedef enum
{
  OND_EXPLANATION_PILLAR,
  OND_EXPLANATION_INDICATOR,
  OND_EXPLANATION_BUDGET_LINE,
  OND_EXPLANATION_YEAR,
} OndExplanationSubject;

typedef struct
{
  gint64                 id;
  gint64                 plan_id;
  OndExplanationSubject  subject;
  gint64                 subject_id;  /* the pillar, indicator or budget line; 0 for a year */
  int                    year;        /* 0: a pillar's explanation for every year */
  char                  *text;
  char                  *who;
  char                  *at;          /* local ISO time "YYYY-MM-DDTHH:MM:SS" */
  gint64                 row_version; /* every change through the store adds 1
                                       * (ond-store-migration-10.c) */
} OndExplanation;

void            ond_explanation_free           (OndExplanation         *self);
OndExplanation *ond_explanation_copy           (const OndExplanation   *self)
                                                G_GNUC_WARN_UNUSED_RESULT;

/* Adds or replaces the explanation of a subject. @subject_id: the pillar, indicator or
 * budget line (0 for OND_EXPLANATION_YEAR). Returns its id, or 0 with @error set. */
gint64          ond_store_set_explanation      (OndStore               *self,
                                                gint64                  plan_id,
                                                OndExplanationSubject   subject,
                                                gint64                  subject_id,
                                                int                     year,
                                                const char             *text,
                                                GError                **error);
/* Saves an edit opened with *@row_version (0: the subject had no explanation then) like
 * ond_store_set_explanation (), only while the subject's explanation still has that version:
 * OND_STORE_ERROR_CONFLICT when someone else changed or wrote it since, NOT_FOUND when they
 * deleted it (ond-store-migration-10.c); on success *@row_version is the row's new version. */
gint64          ond_store_save_explanation_edit (OndStore              *self,
                                                 gint64                 plan_id,
                                                 OndExplanationSubject  subject,
                                                 gint64                 subject_id,
                                                 int                    year,
                                                 gint64                *row_version,
                                                 const char            *text,
                                                 GError               **error);
/* The text of the explanation where @current (NULL: none now) differs from @opened (NULL:
 * none when the edit was opened), with the user's @text, as an OndCaseChange
 * (ond-store-case-conflict.h) in a GPtrArray; empty when only the row version moved on.
 * Transfer full. */
GPtrArray      *ond_store_compare_explanation_edit (const OndExplanation *opened,
                                                    const char           *text,
                                                    const OndExplanation *current)
                                                    G_GNUC_WARN_UNUSED_RESULT;
/* The explanation of a subject: *@explanation (transfer full) is NULL when it has none. */
gboolean        ond_store_get_explanation      (OndStore               *self,
                                                gint64                  plan_id,
                                                OndExplanationSubject   subject,
                                                gint64                  subject_id,
                                                int                     year,
                                                OndExplanation        **explanation,
                                                GError                **error);
/* The plan's explanations: pillars (by number, then year), indicators (in their order,
 * then year), budget lines (in their order, then year), years. Transfer full: GPtrArray of
 * OndExplanation, or NULL with @error set. */
GPtrArray      *ond_store_list_explanations    (OndStore               *self,
                                                gint64                  plan_id,
                                                GError                **error)
                                                G_GNUC_WARN_UNUSED_RESULT;
gboolean        ond_store_delete_explanation   (OndStore               *self,
                                                gint64                  id,
                                                GError                **error);
/* Undo of a delete: puts @explanation back with its text, who and time, under its own id
 * when that is free (else a new one). The rules of a set apply. Returns the id, or 0 with
 * @error set. */
gint64          ond_store_restore_explanation  (OndStore               *self,
                                                const OndExplanation   *explanation,
                                                GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OndExplanation, ond_explanation_free)

G_END_DECLS
