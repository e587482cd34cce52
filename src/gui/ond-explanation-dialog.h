/* ond-explanation-dialog.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndExplanationDialog: the form of one explanation for the council (toelichting,
 * ond-store-explanations.h): the subject it explains shown above a text area, and who
 * last wrote it and when. A new explanation is added with Add; an existing one's changes
 * are saved at once, without a button, and it can be deleted (confirmed; the window
 * behind offers Undo). The store's refusal shows below the text. */

#pragma once

#include <adwaita.h>

#include "ond-store-explanations.h"

G_BEGIN_DECLS

#define OND_TYPE_EXPLANATION_DIALOG (ond_explanation_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OndExplanationDialog, ond_explanation_dialog, OND, EXPLANATION_DIALOG,
                      AdwWindow)

OndExplanationDialog *ond_explanation_dialog_new (GtkWidget             *anchor,
                                                  OndStore              *store,
                                                  gint64                 plan_id,
                                                  OndExplanationSubject  subject,
                                                  gint64                 subject_id,
                                                  int                    year,
                                                  const char            *heading)
                                                  G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
