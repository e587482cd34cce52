/* ond-store-case-conflict.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What someone else changed in a case while the user had it open for editing: the save was
 * refused (OND_STORE_ERROR_CONFLICT) and the case is read again; each field that differs
 * between the version the user opened and the current row is listed with its label, the
 * user's value and the other person's, so the user can choose which to keep.
 */

#pragma once

#include "ond-case.h"
#include "ond-store.h"

G_BEGIN_DECLS

typedef struct
{
  const char *field;         /* the OndCase property, e.g. "subject-name" (static) */
  char       *label;         /* the field's name as the form shows it */
  char       *mine;          /* the value in the user's edit, as shown; NULL for a field the
                              * edit form does not hold (the save keeps the other value) */
  char       *theirs;        /* the value someone else saved, as shown ("" when empty) */
  gboolean    mine_changed;  /* the user changed this field too */
} OndCaseChange;

void       ond_case_change_free         (OndCaseChange       *self);
/* Adds a change to @changes (of OndCaseChange) when @theirs (now) differs from @before (as
 * opened); every value as the form shows it. */
void       ond_case_change_add          (GPtrArray           *changes,
                                         const char          *field,
                                         const char          *label,
                                         const char          *before,
                                         const char          *theirs,
                                         const char          *mine);

/* The fields of @current that differ from @opened (the case as the user opened it), with the
 * values of @mine (the user's edit of the intake fields). Labels of codes and names of ids
 * are read from the store. A GPtrArray of OndCaseChange in the order of the form, then the
 * fields outside it; empty when only the row version moved on. Transfer full. */
GPtrArray *ond_store_compare_case_edit  (OndStore            *self,
                                         OndCase             *opened,
                                         const OndCaseDraft  *mine,
                                         OndCase             *current,
                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OndCaseChange, ond_case_change_free)

G_END_DECLS
