/* ond-case-conflict-dialog.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The question asked when an edit could not be saved because someone else changed the
 * record after its form read it (OND_STORE_ERROR_CONFLICT): what changed, field by field
 * (their value, the user's value), and whether to keep their version or overwrite it.
 * Every edit form asks it the same way (ond_conflict_dialog_ask): it reads the record as
 * it is now, compares it with the form (ond_case_change_add ()), and hands both to the
 * dialog with the one thing that differs per form, what it does with the answer.
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The responses: back to the form (nothing saved), keep their version (the form is loaded
 * again with the current record, the user's edit is dropped), save the user's edit over it. */
#define OND_CASE_CONFLICT_RESPONSE_CANCEL "cancel"
#define OND_CASE_CONFLICT_RESPONSE_THEIRS "theirs"
#define OND_CASE_CONFLICT_RESPONSE_MINE   "mine"

/* What a form does with the user's choice. @current is the record as it was read when the
 * dialog opened (the form's new baseline: the next save is checked against it); borrowed.
 * @overwrite FALSE: keep their version (refill the form from @current; nothing is saved).
 * TRUE: save the form as it is over @current; called from an idle, once the dialog has
 * closed, so the save may close the form; not called when the form is being destroyed. */
typedef void (*OndConflictAnswerFunc) (GtkWindow *form,
                                       gpointer   current,
                                       gboolean   overwrite);

/* The texts of the question for one kind of record. */
typedef struct
{
  const char *heading;          /* "Someone Else Changed This Action" */
  const char *body;             /* above the list of changes */
  const char *body_unchanged;   /* when none of the form's fields changed */
} OndConflictTexts;

/* Asks, over @form, with @changes (a GPtrArray of OndCaseChange, ond-store-case-conflict.h;
 * borrowed) and calls @answer with @current unless the user goes back to the form. Takes
 * @current (freed with @current_free when the dialog and any pending answer are done). */
void              ond_conflict_dialog_ask      (GtkWindow              *form,
                                                const OndConflictTexts *texts,
                                                GPtrArray              *changes,
                                                gpointer                current,
                                                GDestroyNotify          current_free,
                                                OndConflictAnswerFunc   answer);

/* The dialog alone, not yet shown (@texts and @changes as above); its "response" is one of
 * the OND_CASE_CONFLICT_RESPONSE_* ids. */
AdwMessageDialog *ond_conflict_dialog_new      (GtkWindow              *parent,
                                                const OndConflictTexts *texts,
                                                GPtrArray              *changes) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
