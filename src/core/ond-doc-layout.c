/* ond-doc-layout.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The pagination of a document (ond-doc.h): its blocks measured (ond-doc-measure.c) and
 * placed on pages of a given size, as pieces that ond-doc-render.c draws.
 *
 * The rules: a title page has a page of its own; a heading stays on a page with the start
 * of the next block (its first two lines, a table's header and first row, a whole drawing);
 * a paragraph continues on the next page between two lines, never leaving its first line
 * alone at the bottom of a page; a table row moves whole to the next page, where the header
 * row is repeated (only a row taller than a whole page is cut, between lines of text); a
 * drawing moves whole to the next page.
 */

#define G_LOG_DOMAIN "ond-doc"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-doc.h"
#include "ond-doc-private.h"

#define SPACE_PARAGRAPH    6.0
#define SPACE_TABLE       14.0
#define SPACE_DRAWING     14.0
/* A paragraph of at most this many lines right before a table or a drawing, or between two
 * headings, introduces what follows: it is kept whole with its start (is_intro). */
#define INTRO_LINES        3
#define EPSILON            0.01

/* The smallest page the layout accepts: room for a few lines of a table. */
#define MIN_TEXT_WIDTH   150.0
#define MIN_BODY_HEIGHT  120.0

static const double heading_before[] = { 0, 18.0, 12.0 };
static const double heading_after[] = { 0, 6.0, 4.0 };

/* Cutting a row or a paragraph between lines. */

/* The largest y <= @target, in the coordinates of a text drawn at @offset, that cuts
 * through no line of @layout; @target itself when no line crosses it. */
static double
cut_layout (PangoLayout *layout,
            double       offset,
            double       target)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double cut = target;

  do
    {
      int y0, y1;
      double top, bottom;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      top = offset + (double) y0 / PANGO_SCALE;
      bottom = offset + (double) y1 / PANGO_SCALE;
      if (top < cut && cut < bottom)
        cut = top;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return cut;
}

/* The largest y <= @target that cuts through no line of any of @layouts (each drawn at
 * @offset). */
static double
cut_between_lines (PangoLayout **layouts,
                   guint         n_layouts,
                   double        offset,
                   double        target)
{
  double cut = target;
  gboolean moved = TRUE;

  while (moved)
    {
      moved = FALSE;
      for (guint i = 0; i < n_layouts; i++)
        {
          double next = cut_layout (layouts[i], offset, cut);

          if (next < cut)
            {
              cut = next;
              moved = TRUE;
            }
        }
    }
  return cut;
}

/* The bottom of line @n (from 0) of @layout, or of its last line. */
static double
line_bottom (PangoLayout *layout,
             int          n)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int y0 = 0, y1 = 0;

  for (int i = 0; ; i++)
    {
      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      if (i == n || !pango_layout_iter_next_line (iter))
        break;
    }
  pango_layout_iter_free (iter);
  return (double) y1 / PANGO_SCALE;
}

/* Placing. */

typedef struct
{
  OndDoc      *doc;
  OndDocPages *pages;
  int          page;
  double       y;
  gboolean     empty;          /* nothing on this page yet */
  double       gap;            /* the space the block above asks for under it */
  gboolean     break_pending;  /* what comes next starts on a new page */
} Cursor;

static void
next_page (Cursor *c)
{
  c->page++;
  c->y = c->pages->frame.body_top;
  c->empty = TRUE;
  c->gap = 0;
}

/* Where the next piece starts: under the gap, unless it is the first on its page. */
static double
next_top (Cursor *c)
{
  return c->empty ? c->y : c->y + c->gap;
}

static void
place (Cursor *c,
       guint   block,
       int     row,
       double  from,
       double  to)
{
  OndDocPiece piece = { block, row, c->page, next_top (c), from, to };

  g_array_append_val (c->pages->pieces, piece);
  c->y = piece.y + (to - from);
  c->empty = FALSE;
  c->gap = 0;
}

static OndDocBlock *
block_at (Cursor *c,
          guint   index)
{
  if (index >= c->doc->blocks->len)
    return NULL;
  return g_ptr_array_index (c->doc->blocks, index);
}

static double
heading_height (Cursor            *c,
                const OndDocBlock *block)
{
  g_autoptr(PangoLayout) layout = _ond_doc_block_layout (c->pages, block);

  return _ond_doc_layout_height (layout);
}

static double
table_start_height (Cursor            *c,
                    const OndDocTable *table)
{
  PangoLayout *layouts[OND_DOC_MAX_COLUMNS] = { NULL };
  double height = _ond_doc_row_layouts (c->pages, table, -1, layouts);

  _ond_doc_row_layouts_free (layouts, table->n_columns);
  if (table->rows->len > 0)
    {
      height += _ond_doc_row_layouts (c->pages, table, 0, layouts);
      _ond_doc_row_layouts_free (layouts, table->n_columns);
    }
  return height;
}

static double keep_height (Cursor *c,
                           guint   index);

/* Whether the paragraph @index (laid out as @layout) introduces what follows it: a short
 * paragraph before a table or a drawing, or a chapter's short introduction (under its
 * heading) before the heading of its first section, a level deeper. */
static gboolean
is_intro (Cursor      *c,
          guint        index,
          PangoLayout *layout)
{
  OndDocBlock *previous = index > 0 ? block_at (c, index - 1) : NULL;
  OndDocBlock *next = block_at (c, index + 1);

  if (next == NULL || pango_layout_get_line_count (layout) > INTRO_LINES)
    return FALSE;
  if (next->kind == OND_DOC_BLOCK_TABLE || next->kind == OND_DOC_BLOCK_DRAWING)
    return TRUE;
  return next->kind == OND_DOC_BLOCK_HEADING && previous != NULL &&
         previous->kind == OND_DOC_BLOCK_HEADING && previous->level < next->level;
}

/* The height of an introducing paragraph with the start of what it introduces. */
static double
intro_keep_height (Cursor      *c,
                   guint        index,
                   PangoLayout *layout)
{
  OndDocBlock *next = block_at (c, index + 1);
  double gap = SPACE_PARAGRAPH;

  if (next->kind == OND_DOC_BLOCK_HEADING)
    gap = MAX (gap, heading_before[next->level]);
  return _ond_doc_layout_height (layout) + gap + keep_height (c, index + 1);
}

/* The height of the start of block @index that must not be parted from a heading above it:
 * a heading and what it keeps, a paragraph's first two lines (an introducing paragraph
 * whole, with the start of what it introduces), a table's header row and first row, a
 * drawing. */
static double
keep_height (Cursor *c,
             guint   index)
{
  OndDocBlock *block = block_at (c, index);
  OndDocBlock *next = block_at (c, index + 1);

  if (block == NULL)
    return 0;

  switch (block->kind)
    {
    case OND_DOC_BLOCK_HEADING:
      {
        double gap = heading_after[block->level];

        if (next != NULL && next->kind == OND_DOC_BLOCK_HEADING)
          gap = MAX (gap, heading_before[next->level]);
        return heading_height (c, block) + gap + keep_height (c, index + 1);
      }
    case OND_DOC_BLOCK_PARAGRAPH:
      {
        g_autoptr(PangoLayout) layout = _ond_doc_block_layout (c->pages, block);

        if (is_intro (c, index, layout))
          return intro_keep_height (c, index, layout);
        return line_bottom (layout, 1);
      }
    case OND_DOC_BLOCK_TABLE:
      return table_start_height (c, block->table);
    case OND_DOC_BLOCK_DRAWING:
      return _ond_doc_drawing_height (block, &c->pages->frame);
    case OND_DOC_BLOCK_TITLE_PAGE:
    case OND_DOC_BLOCK_PAGE_BREAK:
    default:
      return 0;
    }
}

static void
place_heading (Cursor *c,
               guint   index)
{
  OndDocBlock *block = block_at (c, index);
  double height = heading_height (c, block);
  double keep;

  c->gap = MAX (c->gap, heading_before[block->level]);
  keep = height + heading_after[block->level] + keep_height (c, index + 1);
  if (!c->empty && next_top (c) + keep > c->pages->frame.body_bottom + EPSILON)
    next_page (c);
  place (c, index, -1, 0, height);
  c->gap = heading_after[block->level];
}

static void
place_paragraph (Cursor *c,
                 guint   index)
{
  g_autoptr(PangoLayout) layout = _ond_doc_block_layout (c->pages, block_at (c, index));
  double total = _ond_doc_layout_height (layout);
  double second_line = line_bottom (layout, 1);
  double from = 0;

  /* An introducing paragraph goes whole to the next page with what it introduces rather
   * than end this one. */
  if (!c->empty && is_intro (c, index, layout) &&
      next_top (c) + intro_keep_height (c, index, layout) >
      c->pages->frame.body_bottom + EPSILON)
    next_page (c);

  while (from < total - EPSILON)
    {
      double top = next_top (c);
      double to = MIN (total, from + (c->pages->frame.body_bottom - top));

      if (to < total)
        to = cut_layout (layout, 0, to);
      /* The first line never stays alone at the bottom of a page. */
      if (from == 0 && !c->empty && to < second_line - EPSILON)
        to = 0;
      if (to <= from + EPSILON)
        {
          if (!c->empty)
            {
              next_page (c);
              continue;
            }
          /* A line taller than the page's body: cut through it. */
          to = MIN (total, from + (c->pages->frame.body_bottom - top));
        }
      place (c, index, -1, from, to);
      from = to;
      if (from < total - EPSILON)
        next_page (c);
    }
  c->gap = SPACE_PARAGRAPH;
}

static void
place_table (Cursor *c,
             guint   index)
{
  const OndDocTable *table = block_at (c, index)->table;
  const OndDocFrame *frame = &c->pages->frame;
  PangoLayout *layouts[OND_DOC_MAX_COLUMNS] = { NULL };
  double header_height = _ond_doc_row_layouts (c->pages, table, -1, layouts);
  int header_page = -1;

  _ond_doc_row_layouts_free (layouts, table->n_columns);

  if (table->rows->len == 0)
    {
      if (!c->empty && next_top (c) + header_height > frame->body_bottom + EPSILON)
        next_page (c);
      place (c, index, -1, 0, header_height);
    }

  for (guint r = 0; r < table->rows->len; r++)
    {
      double height = _ond_doc_row_layouts (c->pages, table, (int) r, layouts);
      double need = height + (header_page == c->page ? 0 : header_height);
      double from = 0;

      if (!c->empty && next_top (c) + need > frame->body_bottom + EPSILON)
        next_page (c);
      if (header_page != c->page)
        {
          place (c, index, -1, 0, header_height);
          header_page = c->page;
        }

      /* A row moves whole to the next page; only a row taller than a page's body under the
       * header is cut, between lines, over as many pages as it needs. */
      while (from < height - EPSILON)
        {
          double to = MIN (height, from + (frame->body_bottom - c->y));

          if (to < height)
            {
              double cut = cut_between_lines (layouts, table->n_columns, OND_DOC_CELL_PAD_Y, to);

              /* A single line taller than the page is cut through. */
              if (cut > from + EPSILON)
                to = cut;
            }
          if (to <= from + EPSILON)
            to = MIN (height, from + MAX (frame->body_bottom - c->y, MIN_BODY_HEIGHT / 2));
          place (c, index, (int) r, from, to);
          from = to;
          if (from < height - EPSILON)
            {
              next_page (c);
              place (c, index, -1, 0, header_height);
              header_page = c->page;
            }
        }
      _ond_doc_row_layouts_free (layouts, table->n_columns);
    }
  c->gap = SPACE_TABLE;
}

static void
place_drawing (Cursor *c,
               guint   index)
{
  double height = _ond_doc_drawing_height (block_at (c, index), &c->pages->frame);

  if (!c->empty && next_top (c) + height > c->pages->frame.body_bottom + EPSILON)
    next_page (c);
  place (c, index, -1, 0, height);
  c->gap = SPACE_DRAWING;
}

static void
place_title_page (Cursor *c,
                  guint   index)
{
  if (!c->empty)
    next_page (c);
  place (c, index, -1, 0, c->pages->frame.body_bottom - c->pages->frame.body_top);
  c->break_pending = TRUE;
}

static gboolean
paginate (OndDoc       *self,
          OndDocPages  *pages,
          double        width,
          double        height,
          GError      **error)
{
  Cursor c = { self, pages, 0, 0, TRUE, 0, FALSE };

  _ond_doc_measure_frame (pages, width, height);
  if (pages->frame.text_width < MIN_TEXT_WIDTH ||
      pages->frame.body_bottom - pages->frame.body_top < MIN_BODY_HEIGHT)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The page (%.0f × %.0f points) is too small for this document."),
                   width, height);
      return FALSE;
    }

  g_array_set_size (pages->pieces, 0);
  c.y = pages->frame.body_top;
  for (guint i = 0; i < self->blocks->len; i++)
    {
      OndDocBlock *block = g_ptr_array_index (self->blocks, i);

      if (block->kind == OND_DOC_BLOCK_PAGE_BREAK)
        {
          c.break_pending = TRUE;
          continue;
        }
      if (c.break_pending)
        {
          if (!c.empty)
            next_page (&c);
          c.break_pending = FALSE;
        }

      switch (block->kind)
        {
        case OND_DOC_BLOCK_TITLE_PAGE:
          place_title_page (&c, i);
          break;
        case OND_DOC_BLOCK_HEADING:
          place_heading (&c, i);
          break;
        case OND_DOC_BLOCK_PARAGRAPH:
          place_paragraph (&c, i);
          break;
        case OND_DOC_BLOCK_TABLE:
          place_table (&c, i);
          break;
        case OND_DOC_BLOCK_DRAWING:
          place_drawing (&c, i);
          break;
        case OND_DOC_BLOCK_PAGE_BREAK:
        default:
          g_assert_not_reached ();
        }
    }

  pages->n_pages = c.page + 1;
  return TRUE;
}

/**
 * _ond_doc_ensure_pages:
 * @self: a document
 * @width: the page width in points
 * @height: the page height in points
 * @error: return location for an error
 *
 * Returns: (transfer none) (nullable): the pagination at this size, laid out again when the
 *   size or the content changed; %NULL when the page is too small
 */
OndDocPages *
_ond_doc_ensure_pages (OndDoc  *self,
                       double   width,
                       double   height,
                       GError **error)
{
  OndDocPages *pages = self->pages;

  if (pages == NULL)
    {
      pages = _ond_doc_pages_new ();
      self->pages = pages;
    }
  if (pages->n_pages > 0 && pages->frame.width == width && pages->frame.height == height)
    return pages;

  pages->n_pages = 0;
  if (!paginate (self, pages, width, height, error))
    return NULL;
  return pages;
}

/**
 * ond_doc_paginate:
 * @self: a document
 * @width: the page width in points (A4 portrait: %OND_DOC_A4_WIDTH)
 * @height: the page height in points
 * @error: return location for an error (%G_IO_ERROR_INVALID_ARGUMENT: the page is too small)
 *
 * Lays @self out on pages of @width x @height (a GtkPrintOperation's begin-print calls it
 * with its context's size and sets the number of pages it returns). The layout is kept until
 * the size or the content changes.
 *
 * Returns: the number of pages (at least 1), or 0 on error
 */
int
ond_doc_paginate (OndDoc  *self,
                  double   width,
                  double   height,
                  GError **error)
{
  OndDocPages *pages;

  g_return_val_if_fail (OND_IS_DOC (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  pages = _ond_doc_ensure_pages (self, width, height, error);
  return pages != NULL ? pages->n_pages : 0;
}
