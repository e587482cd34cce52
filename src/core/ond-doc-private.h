/* ond-doc-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the parts of a document share (ond-doc.c holds the content, ond-doc-measure.c
 * measures it, ond-doc-layout.c lays it out on pages, ond-doc-render.c draws a page,
 * ond-doc-pdf.c writes the PDF): the blocks, the pagination kept for one page size, and the
 * measures of a page. Private to core.
 */

#pragma once

#include <pango/pangocairo.h>

#include "ond-doc.h"

G_BEGIN_DECLS

typedef enum
{
  OND_DOC_BLOCK_TITLE_PAGE,
  OND_DOC_BLOCK_HEADING,
  OND_DOC_BLOCK_PARAGRAPH,
  OND_DOC_BLOCK_TABLE,
  OND_DOC_BLOCK_DRAWING,
  OND_DOC_BLOCK_PAGE_BREAK,
} OndDocBlockKind;

typedef struct
{
  char        **cells;        /* n_columns strings, never NULL */
  OndDocStyle  *cell_styles;  /* n_columns: the row's style, or what was set per cell */
  OndDocStyle   style;
} OndDocRow;

struct _OndDocTable
{
  OndDoc       *doc;          /* the owner (not a reference) */
  guint         n_columns;
  char        **titles;
  double       *shares;       /* of the text width; they add up to 1 */
  OndDocAlign  *aligns;
  GPtrArray    *rows;         /* of OndDocRow */
};

typedef struct
{
  OndDocBlockKind  kind;
  guint            level;        /* a heading: 1 or 2 */
  char            *text;         /* a title page's title, a heading's or a paragraph's text */
  char           **lines;        /* a title page's subtitle lines */
  OndDocStyle      style;        /* a paragraph */
  OndDocTable     *table;
  double           height;       /* a drawing */
  OndDocDrawFunc   func;
  gpointer         user_data;
  GDestroyNotify   destroy;
} OndDocBlock;

/* A part of a block on a page: the block's own content from @from to @to (in its own
 * coordinates, from its top), drawn with its top at @y on page @page. A table is a piece per
 * row (@row) and one per page for its header row (@row -1). A block that fits is one piece
 * from 0 to its height. */
typedef struct
{
  guint  block;
  int    row;
  int    page;
  double y;
  double from;
  double to;
} OndDocPiece;

/* The measures of a page of one size. */
typedef struct
{
  double width;
  double height;
  double left;         /* the text's left edge */
  double text_width;
  double body_top;     /* under the running header */
  double body_bottom;  /* above the footer */
  double header_y;     /* the running header's top */
  double footer_y;     /* the footer's top */
} OndDocFrame;

/* The pagination of a document at one page size, kept until the size or the content
 * changes. */
typedef struct
{
  PangoContext *context;
  OndDocFrame   frame;
  int           n_pages;   /* 0: not laid out */
  GArray       *pieces;    /* of OndDocPiece, in page order */
} OndDocPages;

struct _OndDoc
{
  GObject            parent_instance;

  char              *title;
  char              *author;
  char              *subject;
  GDateTime         *created;
  OndDocOrientation  orientation;
  GPtrArray         *blocks;    /* of OndDocBlock */
  OndDocPages       *pages;     /* NULL until laid out */
};

/* The content changed: the next drawing lays the document out again. */
void          _ond_doc_invalidate    (OndDoc           *self);
OndDocPages  *_ond_doc_pages_new     (void);
void          _ond_doc_pages_free    (OndDocPages      *pages);
void          _ond_doc_measure_frame (OndDocPages      *pages,
                                      double            width,
                                      double            height);
/* The pagination at @width x @height, computed when needed. */
OndDocPages  *_ond_doc_ensure_pages  (OndDoc           *self,
                                      double            width,
                                      double            height,
                                      GError          **error);

/* Layouts, made the same way for measuring and for drawing (ond-doc-measure.c). */
double        _ond_doc_layout_height (PangoLayout      *layout);
PangoLayout  *_ond_doc_text_layout   (OndDocPages      *pages,
                                      const char       *font,
                                      OndDocStyle       style,
                                      const char       *text,
                                      double            width,
                                      OndDocAlign       align);
PangoLayout  *_ond_doc_block_layout  (OndDocPages      *pages,
                                      const OndDocBlock *block);
/* The layouts of a table row (@row -1: the header row), one per column; returns the row's
 * height. Free them with _ond_doc_row_layouts_free(). */
double        _ond_doc_row_layouts   (OndDocPages      *pages,
                                      const OndDocTable *table,
                                      int               row,
                                      PangoLayout     **layouts);
void          _ond_doc_row_layouts_free (PangoLayout  **layouts,
                                         guint          n_layouts);
/* The x of the column edges (n_columns + 1 of them). */
void          _ond_doc_column_edges  (const OndDocTable *table,
                                      const OndDocFrame *frame,
                                      double           *edges);
/* The height a drawing gets: its own, or the page body's when it is taller. */
double        _ond_doc_drawing_height (const OndDocBlock *block,
                                       const OndDocFrame *frame);

/* Measures shared by layout and drawing. */
#define OND_DOC_CELL_PAD_X 4.0
#define OND_DOC_CELL_PAD_Y 3.0
#define OND_DOC_FONT_RUNNING "Cantarell 8"
#define OND_DOC_FONT_TITLE "Cantarell Bold 26"
#define OND_DOC_FONT_SUBTITLE "Cantarell 13"
#define OND_DOC_MAX_COLUMNS 16

G_END_DECLS
