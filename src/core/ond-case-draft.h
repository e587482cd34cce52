/* ond-case-draft.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndCaseDraft: the fields of a signal (melding) as the intake form or an import gives
 * them, before the store accepts them. Plain data; ond_case_draft_validate() says what is
 * wrong, field by field.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define OND_CASE_DRAFT_ERROR (ond_case_draft_error_quark ())

/* The error code names the field, so the window can show the message next to it. */
typedef enum
{
  OND_CASE_DRAFT_ERROR_DATE,          /* missing, not a date, in the future, before 2000 */
  OND_CASE_DRAFT_ERROR_SOURCE,
  OND_CASE_DRAFT_ERROR_THEME,
  OND_CASE_DRAFT_ERROR_AREA,
  OND_CASE_DRAFT_ERROR_SUBJECT_KIND,
  OND_CASE_DRAFT_ERROR_SUBJECT_NAME,  /* empty or only spaces */
  OND_CASE_DRAFT_ERROR_SUMMARY,
} OndCaseDraftError;

typedef struct
{
  char   *date_received;   /* ISO YYYY-MM-DD */
  char   *source;          /* case_source code */
  gint64  theme_id;        /* 0 = none */
  gint64  area_id;         /* 0 = none */
  char   *subject_kind;    /* subject_kind code */
  char   *subject_name;
  char   *address;
  char   *summary;
  char   *mma_number;
  char   *police_number;
  char   *riec_number;
  char   *zaaknummer;
  /* Optimistic locking: the row version of the case when the edit was opened
   * (ond_case_dup_draft ()). Saving an edit with it changes the case only while it still has
   * that version, else OND_STORE_ERROR_CONFLICT and nothing is written; 0 = not checked (a
   * new signal, an import). */
  gint64  row_version;
} OndCaseDraft;

GQuark        ond_case_draft_error_quark (void);
OndCaseDraft *ond_case_draft_new         (void);
OndCaseDraft *ond_case_draft_copy        (const OndCaseDraft  *self);
void          ond_case_draft_free        (OndCaseDraft        *self);
/* Checks what can be checked without the database: required fields, the date (not in the
 * future relative to @today, not before 2000), names not only white space. Vocabulary codes
 * and ids are checked by the store. */
gboolean      ond_case_draft_validate    (const OndCaseDraft  *self,
                                          GDateTime           *today,
                                          GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OndCaseDraft, ond_case_draft_free)

G_END_DECLS
