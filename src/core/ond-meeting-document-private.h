/* ond-meeting-document-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the content of a meeting document (ond-meeting-document.c) needs of its renderer
 * (ond-meeting-document-render.c). Private to core.
 */

#pragma once

#include "ond-meeting-document.h"

G_BEGIN_DECLS

/* Frees the pagination the renderer keeps in @data (OndMeetingDocument.pages, not NULL). */
void _ond_meeting_document_pages_free (gpointer data);

G_END_DECLS
