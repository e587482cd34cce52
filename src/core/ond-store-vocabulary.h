/* ond-store-vocabulary.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The closed vocabularies of the schema (case_source, subject_kind, case_status, ...) as
 * code/label pairs, in their own order. The labels are data: Dutch, as the window shows
 * them.
 */

#pragma once

#include "ond-store.h"

G_BEGIN_DECLS

typedef struct
{
  char *code;
  char *label;
} OndVocabularyEntry;

void       ond_vocabulary_entry_free (OndVocabularyEntry  *self);

/* @table is the name of a vocabulary table of the schema; any other name fails with
 * OND_STORE_ERROR_INVALID. Returns a GPtrArray of OndVocabularyEntry (transfer full). */
GPtrArray *ond_store_list_vocabulary (OndStore            *self,
                                      const char          *table,
                                      GError             **error) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OndVocabularyEntry, ond_vocabulary_entry_free)

G_END_DECLS
