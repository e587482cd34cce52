/* ond-doc-render.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Drawing a page of a document (ond-doc.h) on a cairo_t, from the pieces ond-doc-layout.c
 * placed: the running header (the document's title, not on a title page), the blocks, and
 * the footer with "Pagina N van M". The same code draws a printed page, a preview and a PDF
 * page.
 */

#define G_LOG_DOMAIN "ond-doc"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-doc.h"
#include "ond-doc-private.h"

#define TITLE_AT        0.28   /* of the body's height: where a title page's title starts */
#define TITLE_GAP      14.0
#define SUBTITLE_GAP    5.0
#define CLIP_SLACK      4.0    /* italic text leans a little out of its column */

static void
show_layout_at (cairo_t     *cr,
                PangoLayout *layout,
                double       x,
                double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_rule (cairo_t *cr,
           double   x0,
           double   x1,
           double   y,
           double   grey,
           double   line_width)
{
  cairo_save (cr);
  cairo_set_source_rgb (cr, grey, grey, grey);
  cairo_set_line_width (cr, line_width);
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_running_header (OndDoc      *self,
                     OndDocPages *pages,
                     cairo_t     *cr)
{
  const OndDocFrame *frame = &pages->frame;
  g_autoptr(PangoLayout) layout = NULL;

  layout = _ond_doc_text_layout (pages, OND_DOC_FONT_RUNNING, OND_DOC_STYLE_NORMAL,
                                 self->title, frame->text_width, OND_DOC_ALIGN_LEFT);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  show_layout_at (cr, layout, frame->left, frame->header_y);
  cairo_restore (cr);
  draw_rule (cr, frame->left, frame->left + frame->text_width,
             frame->header_y + _ond_doc_layout_height (layout) + 3, 0.6, 0.5);
}

static void
draw_footer (OndDocPages *pages,
             cairo_t     *cr,
             int          page)
{
  const OndDocFrame *frame = &pages->frame;
  g_autofree char *text = g_strdup_printf ("Pagina %d van %d", page + 1, pages->n_pages);
  g_autoptr(PangoLayout) layout = NULL;

  layout = _ond_doc_text_layout (pages, OND_DOC_FONT_RUNNING, OND_DOC_STYLE_NORMAL, text,
                                 frame->text_width, OND_DOC_ALIGN_RIGHT);
  draw_rule (cr, frame->left, frame->left + frame->text_width, frame->footer_y - 4, 0.6, 0.5);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  show_layout_at (cr, layout, frame->left, frame->footer_y);
  cairo_restore (cr);
}

static void
draw_title_page (OndDocPages       *pages,
                 cairo_t           *cr,
                 const OndDocBlock *block)
{
  const OndDocFrame *frame = &pages->frame;
  double y = frame->body_top + TITLE_AT * (frame->body_bottom - frame->body_top);
  g_autoptr(PangoLayout) title = NULL;

  draw_rule (cr, frame->left, frame->left + frame->text_width, y - TITLE_GAP, 0.1, 2.0);
  title = _ond_doc_text_layout (pages, OND_DOC_FONT_TITLE, OND_DOC_STYLE_NORMAL, block->text,
                                frame->text_width, OND_DOC_ALIGN_LEFT);
  show_layout_at (cr, title, frame->left, y);
  y += _ond_doc_layout_height (title) + TITLE_GAP;

  for (guint i = 0; block->lines[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) line = NULL;

      line = _ond_doc_text_layout (pages, OND_DOC_FONT_SUBTITLE, OND_DOC_STYLE_NORMAL,
                                   block->lines[i], frame->text_width, OND_DOC_ALIGN_LEFT);
      show_layout_at (cr, line, frame->left, y);
      y += _ond_doc_layout_height (line) + SUBTITLE_GAP;
    }
}

/* A heading, or a paragraph or the part of it on this page. */
static void
draw_text_piece (OndDocPages       *pages,
                 cairo_t           *cr,
                 const OndDocBlock *block,
                 const OndDocPiece *piece)
{
  const OndDocFrame *frame = &pages->frame;
  g_autoptr(PangoLayout) layout = _ond_doc_block_layout (pages, block);

  cairo_save (cr);
  cairo_rectangle (cr, frame->left - CLIP_SLACK, piece->y,
                   frame->text_width + 2 * CLIP_SLACK, piece->to - piece->from);
  cairo_clip (cr);
  show_layout_at (cr, layout, frame->left, piece->y - piece->from);
  cairo_restore (cr);
}

static void
draw_cells (cairo_t      *cr,
            PangoLayout **layouts,
            guint         n_layouts,
            const double *edges,
            double        y)
{
  for (guint i = 0; i < n_layouts; i++)
    show_layout_at (cr, layouts[i], edges[i] + OND_DOC_CELL_PAD_X, y + OND_DOC_CELL_PAD_Y);
}

static void
draw_table_piece (OndDocPages       *pages,
                  cairo_t           *cr,
                  const OndDocBlock *block,
                  const OndDocPiece *piece)
{
  const OndDocFrame *frame = &pages->frame;
  const OndDocTable *table = block->table;
  PangoLayout *layouts[OND_DOC_MAX_COLUMNS] = { NULL };
  double edges[OND_DOC_MAX_COLUMNS + 1];
  double right = frame->left + frame->text_width;
  double height = piece->to - piece->from;

  _ond_doc_column_edges (table, frame, edges);
  _ond_doc_row_layouts (pages, table, piece->row, layouts);

  if (piece->row < 0)
    {
      /* The header row, on every page the table is on. */
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.91, 0.91, 0.91);
      cairo_rectangle (cr, frame->left, piece->y, frame->text_width, height);
      cairo_fill (cr);
      cairo_restore (cr);
      draw_cells (cr, layouts, table->n_columns, edges, piece->y);
      draw_rule (cr, frame->left, right, piece->y + height, 0.3, 0.8);
    }
  else
    {
      const OndDocRow *row = g_ptr_array_index (table->rows, piece->row);

      cairo_save (cr);
      cairo_rectangle (cr, frame->left - CLIP_SLACK, piece->y,
                       frame->text_width + 2 * CLIP_SLACK, height);
      cairo_clip (cr);
      draw_cells (cr, layouts, table->n_columns, edges, piece->y - piece->from);
      cairo_restore (cr);
      /* A total has a rule above it. */
      if ((row->style & OND_DOC_STYLE_BOLD) && piece->from == 0)
        draw_rule (cr, frame->left, right, piece->y, 0.2, 0.8);
      draw_rule (cr, frame->left, right, piece->y + height, 0.8, 0.4);
    }

  _ond_doc_row_layouts_free (layouts, table->n_columns);
}

static void
draw_drawing (OndDocPages       *pages,
              cairo_t           *cr,
              const OndDocBlock *block,
              const OndDocPiece *piece)
{
  const OndDocFrame *frame = &pages->frame;
  double height = piece->to - piece->from;

  cairo_save (cr);
  cairo_translate (cr, frame->left, piece->y);
  cairo_rectangle (cr, 0, 0, frame->text_width, height);
  cairo_clip (cr);
  cairo_new_path (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  block->func (cr, frame->text_width, height, block->user_data);
  cairo_restore (cr);
}

static void
draw_page (OndDoc      *self,
           OndDocPages *pages,
           cairo_t     *cr,
           int          page)
{
  gboolean title_page = FALSE;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);

  for (guint i = 0; i < pages->pieces->len; i++)
    {
      const OndDocPiece *piece = &g_array_index (pages->pieces, OndDocPiece, i);
      const OndDocBlock *block;

      if (piece->page < page)
        continue;
      if (piece->page > page)
        break;

      block = g_ptr_array_index (self->blocks, piece->block);
      switch (block->kind)
        {
        case OND_DOC_BLOCK_TITLE_PAGE:
          title_page = TRUE;
          draw_title_page (pages, cr, block);
          break;
        case OND_DOC_BLOCK_HEADING:
        case OND_DOC_BLOCK_PARAGRAPH:
          draw_text_piece (pages, cr, block, piece);
          break;
        case OND_DOC_BLOCK_TABLE:
          draw_table_piece (pages, cr, block, piece);
          break;
        case OND_DOC_BLOCK_DRAWING:
          draw_drawing (pages, cr, block, piece);
          break;
        case OND_DOC_BLOCK_PAGE_BREAK:
        default:
          g_assert_not_reached ();
        }
    }

  if (!title_page)
    draw_running_header (self, pages, cr);
  draw_footer (pages, cr, page);
  cairo_restore (cr);
}

/**
 * ond_doc_draw_page:
 * @self: a document
 * @cr: where to draw, in points, the page's top left corner at 0, 0
 * @width: the page width in points
 * @height: the page height in points
 * @page: the page to draw, from 0
 * @error: return location for an error (%G_IO_ERROR)
 *
 * Draws page @page of @self laid out on pages of @width x @height (see ond_doc_paginate(),
 * which it calls when the size changed): a GtkPrintOperation's draw-page handler passes its
 * context's cairo_t, width and height. The layout uses the document's own pango context,
 * not @cr's, so every target gives the same pages.
 *
 * Returns: %TRUE on success; %FALSE with @error set when the page is too small, @page does
 *   not exist or cairo failed
 */
gboolean
ond_doc_draw_page (OndDoc   *self,
                   cairo_t  *cr,
                   double    width,
                   double    height,
                   int       page,
                   GError  **error)
{
  OndDocPages *pages;
  cairo_status_t status;

  g_return_val_if_fail (OND_IS_DOC (self), FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pages = _ond_doc_ensure_pages (self, width, height, error);
  if (pages == NULL)
    return FALSE;
  if (page < 0 || page >= pages->n_pages)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Page %d does not exist: the document has %d pages."),
                   page + 1, pages->n_pages);
      return FALSE;
    }

  draw_page (self, pages, cr, page);

  status = cairo_status (cr);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Drawing the document failed: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
