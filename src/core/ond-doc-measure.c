/* ond-doc-measure.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The measures of a document's pages (ond-doc.h): one fixed pango context (resolution 72,
 * no hinting, unrounded glyph positions, so a print, a preview and a PDF give the same pages),
 * the fonts and styles of its text, the layouts of headings, paragraphs and table rows, the
 * columns of a table and the margins of a page. The pagination (ond-doc-layout.c) measures
 * with them and the drawing (ond-doc-render.c) draws them.
 */

#define G_LOG_DOMAIN "ond-doc"

#include "config.h"

#include "ond-doc.h"
#include "ond-doc-private.h"

#define MARGIN_X          56.7   /* 2 cm */
#define MARGIN_TOP        36.0
#define MARGIN_BOTTOM     36.0
#define RUNNING_GAP       14.0   /* between the running header or the footer and the body */

#define FONT_BODY         "Cantarell 10"
#define FONT_CELL         "Cantarell 9"
#define FONT_HEADING_1    "Cantarell Bold 15"
#define FONT_HEADING_2    "Cantarell Bold 12"

/**
 * _ond_doc_pages_free:
 * @pages: a pagination
 *
 * Frees what _ond_doc_ensure_pages() keeps.
 */
void
_ond_doc_pages_free (OndDocPages *pages)
{
  g_clear_object (&pages->context);
  g_clear_pointer (&pages->pieces, g_array_unref);
  g_free (pages);
}

/**
 * _ond_doc_pages_new:
 *
 * Returns: (transfer full): an empty pagination with the fixed pango context
 */
OndDocPages *
_ond_doc_pages_new (void)
{
  OndDocPages *pages = g_new0 (OndDocPages, 1);
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  cairo_font_options_t *options = cairo_font_options_create ();
  PangoContext *context = pango_font_map_create_context (font_map);

  /* No hinting and unrounded positions: text measures the same on every target. */
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, pango_language_from_string ("nl-nl"));
  pango_context_set_base_dir (context, PANGO_DIRECTION_LTR);
  cairo_font_options_destroy (options);

  pages->context = context;
  pages->pieces = g_array_new (FALSE, FALSE, sizeof (OndDocPiece));
  return pages;
}

/* Layouts. */

/**
 * _ond_doc_text_layout:
 * @pages: the pagination (its pango context)
 * @font: a pango font description
 * @style: bold, italic, red
 * @text: plain text
 * @width: the width to wrap at; <= 0 for one line per "\n"
 * @align: right-aligned text also gets figures of one width
 *
 * Returns: (transfer full): the layout
 */
PangoLayout *
_ond_doc_text_layout (OndDocPages *pages,
                      const char  *font,
                      OndDocStyle  style,
                      const char  *text,
                      double       width,
                      OndDocAlign  align)
{
  PangoLayout *layout = pango_layout_new (pages->context);
  PangoFontDescription *description = pango_font_description_from_string (font);
  PangoAttrList *attrs = pango_attr_list_new ();

  if (style & OND_DOC_STYLE_BOLD)
    pango_font_description_set_weight (description, PANGO_WEIGHT_BOLD);
  if (style & OND_DOC_STYLE_ITALIC)
    pango_font_description_set_style (description, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);

  if (style & OND_DOC_STYLE_FLAG)
    /* The red of the charts' "over budget" (Adwaita red 4). */
    pango_attr_list_insert (attrs, pango_attr_foreground_new (0xc0c0, 0x1c1c, 0x2828));
  if (align == OND_DOC_ALIGN_RIGHT)
    pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum 1"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      if (align == OND_DOC_ALIGN_RIGHT)
        pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
    }
  /* Plain text: data may hold '&' or '<'. */
  pango_layout_set_text (layout, text, -1);
  return layout;
}

double
_ond_doc_layout_height (PangoLayout *layout)
{
  int height = 0;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

/**
 * _ond_doc_block_layout:
 * @pages: the pagination
 * @block: a heading or a paragraph
 *
 * Returns: (transfer full): the block's text, at the text width
 */
PangoLayout *
_ond_doc_block_layout (OndDocPages       *pages,
                       const OndDocBlock *block)
{
  const char *font = FONT_BODY;
  OndDocStyle style = block->style;

  if (block->kind == OND_DOC_BLOCK_HEADING)
    {
      font = block->level == 1 ? FONT_HEADING_1 : FONT_HEADING_2;
      style = OND_DOC_STYLE_NORMAL;
    }
  else
    g_assert (block->kind == OND_DOC_BLOCK_PARAGRAPH);

  return _ond_doc_text_layout (pages, font, style, block->text, pages->frame.text_width,
                               OND_DOC_ALIGN_LEFT);
}

/**
 * _ond_doc_column_edges:
 * @table: a table
 * @frame: the page's measures
 * @edges: (out caller-allocates) (array): n_columns + 1 x positions
 */
void
_ond_doc_column_edges (const OndDocTable *table,
                       const OndDocFrame *frame,
                       double            *edges)
{
  double x = frame->left;

  for (guint i = 0; i < table->n_columns; i++)
    {
      edges[i] = x;
      x += table->shares[i] * frame->text_width;
    }
  edges[table->n_columns] = frame->left + frame->text_width;
}

double
_ond_doc_row_layouts (OndDocPages       *pages,
                      const OndDocTable *table,
                      int                row,
                      PangoLayout      **layouts)
{
  double edges[OND_DOC_MAX_COLUMNS + 1];
  const OndDocRow *the_row = row >= 0 ? g_ptr_array_index (table->rows, row) : NULL;
  double tallest = 0;

  _ond_doc_column_edges (table, &pages->frame, edges);
  for (guint i = 0; i < table->n_columns; i++)
    {
      double width = MAX (edges[i + 1] - edges[i] - 2 * OND_DOC_CELL_PAD_X, 1);

      if (the_row == NULL)
        layouts[i] = _ond_doc_text_layout (pages, FONT_CELL, OND_DOC_STYLE_BOLD,
                                           table->titles[i], width, table->aligns[i]);
      else
        layouts[i] = _ond_doc_text_layout (pages, FONT_CELL, the_row->cell_styles[i],
                                           the_row->cells[i], width, table->aligns[i]);
      tallest = MAX (tallest, _ond_doc_layout_height (layouts[i]));
    }
  return tallest + 2 * OND_DOC_CELL_PAD_Y;
}

void
_ond_doc_row_layouts_free (PangoLayout **layouts,
                           guint         n_layouts)
{
  for (guint i = 0; i < n_layouts; i++)
    g_clear_object (&layouts[i]);
}

double
_ond_doc_drawing_height (const OndDocBlock *block,
                         const OndDocFrame *frame)
{
  return MIN (block->height, frame->body_bottom - frame->body_top);
}

/**
 * _ond_doc_measure_frame:
 * @pages: a pagination
 * @width: the page width in points
 * @height: the page height in points
 *
 * Sets the measures of a page @width x @height: margins, running header, body, footer.
 */
void
_ond_doc_measure_frame (OndDocPages *pages,
                        double       width,
                        double       height)
{
  OndDocFrame *frame = &pages->frame;
  g_autoptr(PangoLayout) running = NULL;
  double running_height;

  frame->width = width;
  frame->height = height;
  frame->left = MARGIN_X;
  frame->text_width = width - 2 * MARGIN_X;

  running = _ond_doc_text_layout (pages, OND_DOC_FONT_RUNNING, OND_DOC_STYLE_NORMAL,
                                  "Pagina", -1, OND_DOC_ALIGN_LEFT);
  running_height = _ond_doc_layout_height (running);
  frame->header_y = MARGIN_TOP;
  frame->body_top = MARGIN_TOP + running_height + RUNNING_GAP;
  frame->footer_y = height - MARGIN_BOTTOM - running_height;
  frame->body_bottom = frame->footer_y - RUNNING_GAP;
}
