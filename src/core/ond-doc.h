/* ond-doc.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A printable document (the council report is one): a title, an author, a subject and a
 * creation date given by the caller, a page orientation, and a sequence of blocks — a title
 * page, headings, paragraphs, tables and drawings. Core lays it out on pages of any size
 * with one fixed pango context (ond-doc-layout.c), draws a page on any cairo_t
 * (ond-doc-render.c: a GtkPrintOperation's draw-page, a preview, a PDF page) and writes it
 * as an A4 PDF (ond-doc-pdf.c). The same document gives the same pages and, as a PDF, the
 * same bytes.
 *
 * Every page but a title page carries the document's title as a running header; every page
 * carries "Pagina N van M" in its footer. A heading never ends a page: it moves to the next
 * page with the start of the block after it. A table never splits a row over two pages
 * (except a row taller than a whole page, which is cut between lines of text), and repeats
 * its header row at the top of every page it continues on.
 *
 * The document's wording is data: the caller passes Dutch text for a council report; the
 * engine adds only "Pagina N van M".
 *
 * Printing: give the GtkPrintOperation use-full-page and GTK_UNIT_POINTS; in begin-print
 * set the number of pages to ond_doc_paginate() at the print context's width and height;
 * in draw-page call ond_doc_draw_page() with the context's cairo_t and the same size. A
 * preview draws a page on any cairo_t the same way. Use a document from one thread.
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

#define OND_TYPE_DOC (ond_doc_get_type ())

G_DECLARE_FINAL_TYPE (OndDoc, ond_doc, OND, DOC, GObject)

/* A4 in PostScript points (portrait). */
#define OND_DOC_A4_WIDTH  595.276
#define OND_DOC_A4_HEIGHT 841.890

typedef enum
{
  OND_DOC_PORTRAIT,
  OND_DOC_LANDSCAPE,
} OndDocOrientation;

#define OND_TYPE_DOC_ORIENTATION (ond_doc_orientation_get_type ())
GType ond_doc_orientation_get_type (void);

/* How a paragraph, a table row or a cell is set. Flags: combine them. */
typedef enum
{
  OND_DOC_STYLE_NORMAL = 0,
  OND_DOC_STYLE_BOLD   = 1 << 0,  /* a table row: a total, with a rule above it */
  OND_DOC_STYLE_ITALIC = 1 << 1,
  OND_DOC_STYLE_FLAG   = 1 << 2,  /* red: needs attention ("Geen toelichting", a difference) */
} OndDocStyle;

typedef enum
{
  OND_DOC_ALIGN_LEFT,
  OND_DOC_ALIGN_RIGHT,   /* numbers and amounts */
} OndDocAlign;

/* A table column: its title in the header row, its width relative to the other columns'
 * (the widths are scaled to fill the text width), and the alignment of its cells. */
typedef struct
{
  const char  *title;
  double       width;
  OndDocAlign  align;
} OndDocColumn;

/* A table of a document, owned by the document. */
typedef struct _OndDocTable OndDocTable;

/* Draws a drawing block with its top left corner at 0, 0 of @cr, @width x @height points
 * (clipped there). */
typedef void (*OndDocDrawFunc) (cairo_t  *cr,
                                double    width,
                                double    height,
                                gpointer  user_data);

OndDoc           *ond_doc_new                  (const char          *title,
                                                const char          *author,
                                                const char          *subject,
                                                GDateTime           *created)
                                                G_GNUC_WARN_UNUSED_RESULT;

const char       *ond_doc_get_title            (OndDoc              *self);
const char       *ond_doc_get_author           (OndDoc              *self);
const char       *ond_doc_get_subject          (OndDoc              *self);
GDateTime        *ond_doc_get_created          (OndDoc              *self);
OndDocOrientation ond_doc_get_orientation      (OndDoc              *self);
void              ond_doc_get_page_size        (OndDoc              *self,
                                                double              *width,
                                                double              *height);
void              ond_doc_set_orientation      (OndDoc              *self,
                                                OndDocOrientation    orientation);

/* Blocks, in reading order. */
void              ond_doc_add_title_page       (OndDoc              *self,
                                                const char          *title,
                                                const char * const  *subtitle_lines);
void              ond_doc_add_heading          (OndDoc              *self,
                                                guint                level,
                                                const char          *text);
void              ond_doc_add_paragraph        (OndDoc              *self,
                                                const char          *text,
                                                OndDocStyle          style);
void              ond_doc_add_page_break       (OndDoc              *self);
OndDocTable      *ond_doc_add_table            (OndDoc              *self,
                                                const OndDocColumn  *columns,
                                                guint                n_columns);
guint             ond_doc_table_add_row        (OndDocTable         *table,
                                                OndDocStyle          style,
                                                const char * const  *cells);
void              ond_doc_table_set_cell_style (OndDocTable         *table,
                                                guint                row,
                                                guint                column,
                                                OndDocStyle          style);
void              ond_doc_add_drawing          (OndDoc              *self,
                                                double               height,
                                                OndDocDrawFunc       func,
                                                gpointer             user_data,
                                                GDestroyNotify       destroy);

/* Pages. */
int               ond_doc_paginate             (OndDoc              *self,
                                                double               width,
                                                double               height,
                                                GError             **error);
gboolean          ond_doc_draw_page            (OndDoc              *self,
                                                cairo_t             *cr,
                                                double               width,
                                                double               height,
                                                int                  page,
                                                GError             **error);
gboolean          ond_doc_write_pdf            (OndDoc              *self,
                                                const char          *path,
                                                GError             **error);
/* The same, mode 0600: for a document with personal data. */
gboolean          ond_doc_write_private_pdf    (OndDoc              *self,
                                                const char          *path,
                                                GError             **error);

G_END_DECLS
