/* ond-case-conflict-dialog.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The question asked when an edit could not be saved because someone else changed the
 * record after it was opened (a case, a case's intervention; OND_STORE_ERROR_CONFLICT): what
 * changed, field by field (their value, the user's value), and whether to keep their version
 * or overwrite it.
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The responses: back to the form (nothing saved), keep their version (the form is loaded
 * again with the current case, the user's edit is dropped), save the user's edit over it. */
#define OND_CASE_CONFLICT_RESPONSE_CANCEL "cancel"
#define OND_CASE_CONFLICT_RESPONSE_THEIRS "theirs"
#define OND_CASE_CONFLICT_RESPONSE_MINE   "mine"

/* @changes: a GPtrArray of OndCaseChange (ond-store-case-conflict.h). Not yet shown. */
AdwMessageDialog *ond_case_conflict_dialog_new (GtkWindow *parent,
                                                GPtrArray *changes) G_GNUC_WARN_UNUSED_RESULT;

/* The same question for any record edited in a form (a case's intervention, a budget line):
 * @heading, @body shown above the changes, @body_unchanged when @changes is empty. */
AdwMessageDialog *ond_conflict_dialog_new      (GtkWindow  *parent,
                                                const char *heading,
                                                const char *body,
                                                const char *body_unchanged,
                                                GPtrArray  *changes) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
