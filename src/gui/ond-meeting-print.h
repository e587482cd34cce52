/* ond-meeting-print.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndMeetingPrint: prints the agenda or the decision list of one meeting through
 * GtkPrintOperation (pages drawn by core, as in the PDF; the preview is shown in a window of
 * our own), or saves it as a PDF. A print or export that happened is logged in the store.
 * When it is over, the "finished" signal says what happened, in words for a toast. */

#pragma once

#include <adwaita.h>

#include "ond-meeting-document.h"
#include "ond-print-job.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_MEETING_PRINT (ond_meeting_print_get_type ())
G_DECLARE_FINAL_TYPE (OndMeetingPrint, ond_meeting_print, OND, MEETING_PRINT, OndPrintJob)

OndMeetingPrint    *ond_meeting_print_new            (OndStore               *store,
                                                      gint64                  meeting_id,
                                                      OndMeetingDocumentKind  kind,
                                                      GError                **error)
                                                      G_GNUC_WARN_UNUSED_RESULT;
OndMeetingDocument *ond_meeting_print_get_document   (OndMeetingPrint        *self);
char               *ond_meeting_print_dup_file_name  (OndMeetingPrint        *self)
                                                      G_GNUC_WARN_UNUSED_RESULT;
void                ond_meeting_print_export         (OndMeetingPrint        *self,
                                                      GtkWindow              *parent);
gboolean            ond_meeting_print_save_pdf       (OndMeetingPrint        *self,
                                                      const char             *path,
                                                      char                  **message,
                                                      GError                **error);

G_END_DECLS
