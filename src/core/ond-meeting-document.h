/* ond-meeting-document.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The two printable lists of a casusoverleg — the agenda and the besluitenlijst (decision
 * list) — computed in core, and drawn with cairo and pango in core too, so that printing
 * and a PDF give the same pages and the window only shows what core drew. These are
 * internal documents: they show subjects (personal data) and say so on every page.
 * Printing or exporting one must be logged: ond_meeting_document_log_printed().
 *
 * The documents are in Dutch whatever the UI language, like every paper of the
 * municipality; their wording is data.
 */

#pragma once

#include <cairo.h>

#include "ond-store.h"

G_BEGIN_DECLS

typedef enum
{
  OND_MEETING_DOCUMENT_AGENDA,     /* every case on the agenda */
  OND_MEETING_DOCUMENT_DECISIONS,  /* the cases on which a decision was recorded */
} OndMeetingDocumentKind;

/* One case on a list. Strings are never NULL ("" when empty). */
typedef struct
{
  guint  number;          /* 1, 2, ... on the list */
  char  *reference;       /* YYYY-NNNN */
  char  *reason;          /* why it is on the agenda ("Nieuwe melding") */
  char  *status;          /* the case's current status ("In interventie") */
  char  *theme;
  char  *subject;         /* personal data */
  char  *follow_up;       /* the case's next follow-up, dd-mm-jjjj */
  char  *decision;
} OndMeetingDocumentRow;

typedef struct
{
  OndMeetingDocumentKind  kind;
  gint64                  meeting_id;
  char                   *meeting_date;  /* ISO */
  char                   *title;         /* "Agenda" / "Besluitenlijst" */
  char                   *date_line;     /* "Casusoverleg ondermijning dd-mm-jjjj" */
  char                   *notice;        /* "Intern document — bevat persoonsgegevens" */
  char                   *empty_text;    /* shown when there are no rows */
  GPtrArray              *rows;          /* of OndMeetingDocumentRow */

  /*< private >*/
  gpointer                pages;
} OndMeetingDocument;

/* A4 in PostScript points. */
#define OND_MEETING_DOCUMENT_A4_WIDTH  595.276
#define OND_MEETING_DOCUMENT_A4_HEIGHT 841.890

OndMeetingDocument *ond_meeting_document_agenda       (OndStore            *store,
                                                       gint64               meeting_id,
                                                       GError             **error)
                                                       G_GNUC_WARN_UNUSED_RESULT;
OndMeetingDocument *ond_meeting_document_decisions    (OndStore            *store,
                                                       gint64               meeting_id,
                                                       GError             **error)
                                                       G_GNUC_WARN_UNUSED_RESULT;
OndMeetingDocument *ond_meeting_document_new          (OndStore            *store,
                                                       gint64               meeting_id,
                                                       OndMeetingDocumentKind kind,
                                                       GError             **error)
                                                       G_GNUC_WARN_UNUSED_RESULT;
void                ond_meeting_document_free         (OndMeetingDocument  *doc);

/* Logs one access_log row per case on the list ("Agenda casusoverleg afgedrukt" /
 * "Besluitenlijst afgedrukt"). @which: "agenda" or "decisions". Call it after the
 * document was printed or exported; on a read-only store it fails (the window then says
 * that the print could not be recorded). */
gboolean            ond_meeting_document_log_printed  (OndStore            *store,
                                                       gint64               meeting_id,
                                                       const char          *which,
                                                       GError             **error);

/* Draws page @page (from 0) of @doc on @cr, a page of @width x @height points, and sets
 * *@n_pages to the number of pages at that size. With @cr NULL (or @page -1) it only
 * counts the pages. The layout uses one fixed pango context (resolution 72, no hinting),
 * not @cr's, so every target gives the same pages. */
gboolean            ond_meeting_document_render       (OndMeetingDocument  *doc,
                                                       cairo_t             *cr,
                                                       double               width,
                                                       double               height,
                                                       int                  page,
                                                       int                 *n_pages,
                                                       GError             **error);
/* Writes @doc as an A4 PDF to @path (replaced at once when done, mode 0600). */
gboolean            ond_meeting_document_write_pdf    (OndMeetingDocument  *doc,
                                                       const char          *path,
                                                       GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OndMeetingDocument, ond_meeting_document_free)

G_END_DECLS
