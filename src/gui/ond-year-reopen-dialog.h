/* ond-year-reopen-dialog.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndYearReopenDialog: asks why a closed reporting year is reopened. The reason is
 * required: the reopen response stays disabled while it is empty. The dialog only collects
 * the reason; the monitoring view hands it to the store, which logs it. */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OND_TYPE_YEAR_REOPEN_DIALOG (ond_year_reopen_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OndYearReopenDialog, ond_year_reopen_dialog, OND, YEAR_REOPEN_DIALOG,
                      AdwMessageDialog)

GtkWidget *ond_year_reopen_dialog_new        (GtkWindow           *parent,
                                              int                  year) G_GNUC_WARN_UNUSED_RESULT;
int        ond_year_reopen_dialog_get_year   (OndYearReopenDialog *self);
char      *ond_year_reopen_dialog_dup_reason (OndYearReopenDialog *self) G_GNUC_WARN_UNUSED_RESULT;
void       ond_year_reopen_dialog_set_reason (OndYearReopenDialog *self,
                                              const char          *reason);

G_END_DECLS
