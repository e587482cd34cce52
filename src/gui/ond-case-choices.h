/* ond-case-choices.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Helpers for the choices the case forms offer from a closed vocabulary of the store
 * (ond_store_list_vocabulary: a GPtrArray of OndVocabularyEntry, code and Dutch label). */

#pragma once

#include <gtk/gtk.h>

#include "ond-store-vocabulary.h"

G_BEGIN_DECLS

/* The code at @position, or NULL when out of range. */
const char    *ond_case_choices_code  (GPtrArray  *entries,
                                       guint       position);
/* The position of @code, or GTK_INVALID_LIST_POSITION. */
guint          ond_case_choices_find  (GPtrArray  *entries,
                                       const char *code);
/* The label of @code, or @code itself when it is not in the list (nothing stored is ever
 * hidden); NULL for NULL. */
const char    *ond_case_choices_label (GPtrArray  *entries,
                                       const char *code);
/* The labels as a model for a drop-down or combo row, after @first (e.g. "All sources")
 * when it is not NULL. @entries may be NULL. Transfer full. */
GtkStringList *ond_case_choices_model (GPtrArray  *entries,
                                       const char *first) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
