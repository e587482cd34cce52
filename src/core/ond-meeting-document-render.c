/* ond-meeting-document-render.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The pages of the agenda and the besluitenlijst of a casusoverleg (their content is read in
 * ond-meeting-document.c), laid out with one fixed pango context and drawn with cairo, on
 * paper or into a PDF. The first page carries the title, the date line and the notice that
 * the document is internal; every page repeats the table header, and its footer carries the
 * notice and the page number. A row taller than a page is split between lines of text.
 */

#define G_LOG_DOMAIN "ond-meeting-document"

#include "config.h"

#include <glib/gi18n.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "ond-meeting-document.h"
#include "ond-meeting-document-private.h"


#define MARGIN_X        42.0
#define MARGIN_TOP      42.0
#define MARGIN_BOTTOM   36.0
#define CELL_PAD_X       3.0
#define CELL_PAD_Y       3.0
#define HEAD_GAP        12.0
#define FOOTER_GAP      16.0

#define FONT_TITLE      "Sans Bold 16"
#define FONT_DATE_LINE  "Sans 11"
#define FONT_NOTICE     "Sans Bold 9"
#define FONT_RUNNING    "Sans 8"
#define FONT_HEADER     "Sans Bold 8.5"
#define FONT_CELL       "Sans 8.5"
#define FONT_FOOTER     "Sans 7.5"

typedef enum
{
  COLUMN_NUMBER,
  COLUMN_REFERENCE,
  COLUMN_REASON,
  COLUMN_STATUS,
  COLUMN_THEME,
  COLUMN_SUBJECT,
  COLUMN_FOLLOW_UP,
  COLUMN_DECISION,
} Column;

typedef struct
{
  Column      column;
  const char *title;
  double      share;   /* of the table's width */
} ColumnSpec;

static const ColumnSpec agenda_columns[] = {
  { COLUMN_NUMBER, "Nr.", 0.05 },
  { COLUMN_REFERENCE, "Kenmerk", 0.11 },
  { COLUMN_REASON, "Reden", 0.15 },
  { COLUMN_STATUS, "Status", 0.13 },
  { COLUMN_THEME, "Thema", 0.17 },
  { COLUMN_SUBJECT, "Subject", 0.26 },
  { COLUMN_FOLLOW_UP, "Opvolging", 0.13 },
};

static const ColumnSpec decision_columns[] = {
  { COLUMN_NUMBER, "Nr.", 0.05 },
  { COLUMN_REFERENCE, "Kenmerk", 0.11 },
  { COLUMN_STATUS, "Status", 0.14 },
  { COLUMN_THEME, "Thema", 0.15 },
  { COLUMN_SUBJECT, "Subject", 0.20 },
  { COLUMN_DECISION, "Besluit", 0.35 },
};

/* A part of a row on a page: the row's own lines from @from to @to (in row coordinates),
 * drawn at @y on page @page. A row that fits is one piece from 0 to its height. */
typedef struct
{
  guint  row;
  double from;
  double to;
  int    page;
  double y;
} Piece;

/* The pagination of a document at one page size, kept until the size changes. */
typedef struct
{
  PangoContext *context;
  double        width;
  double        height;
  GArray       *pieces;   /* of Piece */
  int           n_pages;
} Pages;

/* One row laid out: a layout per column, and the row's height. */
typedef struct
{
  PangoLayout **cells;
  guint         n_cells;
  double        height;
} RowLayout;

/* Frees the pagination kept in OndMeetingDocument.pages (ond_meeting_document_free()). */
void
_ond_meeting_document_pages_free (gpointer data)
{
  Pages *pages = data;

  g_clear_object (&pages->context);
  g_clear_pointer (&pages->pieces, g_array_unref);
  g_free (pages);
}

static void
row_layout_clear (RowLayout *layout)
{
  for (guint i = 0; i < layout->n_cells; i++)
    g_clear_object (&layout->cells[i]);
  g_clear_pointer (&layout->cells, g_free);
  layout->n_cells = 0;
}

/* Layout. */

static PangoContext *
make_context (void)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

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
  return context;
}

static PangoLayout *
make_layout (PangoContext *context,
             const char   *font,
             const char   *text,
             double        width)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  /* Plain text: data may hold '&' or '<'. */
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height = 0;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static const ColumnSpec *
document_columns (OndMeetingDocument *doc,
                  guint              *n_columns)
{
  if (doc->kind == OND_MEETING_DOCUMENT_DECISIONS)
    {
      *n_columns = G_N_ELEMENTS (decision_columns);
      return decision_columns;
    }
  *n_columns = G_N_ELEMENTS (agenda_columns);
  return agenda_columns;
}

static char *
cell_text (const OndMeetingDocumentRow *row,
           Column                       column)
{
  switch (column)
    {
    case COLUMN_NUMBER:
      return g_strdup_printf ("%u.", row->number);
    case COLUMN_REFERENCE:
      return g_strdup (row->reference);
    case COLUMN_REASON:
      return g_strdup (row->reason);
    case COLUMN_STATUS:
      return g_strdup (row->status);
    case COLUMN_THEME:
      return g_strdup (row->theme);
    case COLUMN_SUBJECT:
      return g_strdup (row->subject);
    case COLUMN_FOLLOW_UP:
      return g_strdup (row->follow_up);
    case COLUMN_DECISION:
      return g_strdup (row->decision);
    default:
      g_assert_not_reached ();
    }
}

/* The x positions of the columns (n_columns + 1 edges) for a page @width wide. */
static void
column_edges (OndMeetingDocument *doc,
              double              width,
              double             *edges)
{
  const ColumnSpec *columns;
  guint n_columns;
  double table_width = width - 2 * MARGIN_X;
  double x = MARGIN_X;

  columns = document_columns (doc, &n_columns);
  for (guint i = 0; i < n_columns; i++)
    {
      edges[i] = x;
      x += columns[i].share * table_width;
    }
  edges[n_columns] = width - MARGIN_X;
}

#define MAX_COLUMNS 8

/* Lays out row @index (or the table header when @index is -1). */
static void
layout_row (OndMeetingDocument *doc,
            Pages              *pages,
            int                 index,
            RowLayout          *out)
{
  const ColumnSpec *columns;
  guint n_columns;
  double edges[MAX_COLUMNS + 1];
  double tallest = 0;

  columns = document_columns (doc, &n_columns);
  column_edges (doc, pages->width, edges);

  out->n_cells = n_columns;
  out->cells = g_new0 (PangoLayout *, n_columns);
  for (guint i = 0; i < n_columns; i++)
    {
      g_autofree char *text = NULL;
      double cell_width = edges[i + 1] - edges[i] - 2 * CELL_PAD_X;

      if (index < 0)
        text = g_strdup (columns[i].title);
      else
        text = cell_text (g_ptr_array_index (doc->rows, index), columns[i].column);
      out->cells[i] = make_layout (pages->context, index < 0 ? FONT_HEADER : FONT_CELL,
                                   text, cell_width);
      tallest = MAX (tallest, layout_height (out->cells[i]));
    }
  out->height = tallest + 2 * CELL_PAD_Y;
}

/* The largest y <= @target (in row coordinates) that cuts through no line of any cell. */
static double
cut_between_lines (RowLayout *row,
                   double     target)
{
  double cut = target;
  gboolean moved = TRUE;

  while (moved)
    {
      moved = FALSE;
      for (guint i = 0; i < row->n_cells; i++)
        {
          PangoLayoutIter *iter = pango_layout_get_iter (row->cells[i]);

          do
            {
              int y0, y1;
              double top, bottom;

              pango_layout_iter_get_line_yrange (iter, &y0, &y1);
              top = CELL_PAD_Y + (double) y0 / PANGO_SCALE;
              bottom = CELL_PAD_Y + (double) y1 / PANGO_SCALE;
              if (top < cut && cut < bottom)
                {
                  cut = top;
                  moved = TRUE;
                }
            }
          while (pango_layout_iter_next_line (iter));
          pango_layout_iter_free (iter);
        }
    }
  return cut;
}

/* The heights of the parts of a page around the table. */
typedef struct
{
  double first_head;    /* title, date line, notice and the gap under them */
  double running_head;  /* the small head of the following pages and its gap */
  double table_header;
  double footer;        /* the footer and the gap above it */
} Frame;

static void
measure_frame (OndMeetingDocument *doc,
               Pages              *pages,
               Frame              *frame)
{
  double text_width = pages->width - 2 * MARGIN_X;
  g_autoptr(PangoLayout) title = make_layout (pages->context, FONT_TITLE, doc->title, text_width);
  g_autoptr(PangoLayout) date_line = make_layout (pages->context, FONT_DATE_LINE, doc->date_line,
                                                  text_width);
  g_autoptr(PangoLayout) notice = make_layout (pages->context, FONT_NOTICE, doc->notice,
                                               text_width);
  g_autoptr(PangoLayout) running = make_layout (pages->context, FONT_RUNNING, doc->date_line,
                                                text_width);
  g_autoptr(PangoLayout) footer = make_layout (pages->context, FONT_FOOTER, doc->notice, -1);
  RowLayout header = { 0 };

  frame->first_head = layout_height (title) + 4 + layout_height (date_line) + 4 +
                      layout_height (notice) + HEAD_GAP;
  frame->running_head = layout_height (running) + HEAD_GAP / 2;
  layout_row (doc, pages, -1, &header);
  frame->table_header = header.height;
  row_layout_clear (&header);
  frame->footer = layout_height (footer) + FOOTER_GAP;
}

static double
body_top (const Frame *frame,
          int          page)
{
  return MARGIN_TOP + (page == 0 ? frame->first_head : frame->running_head) +
         frame->table_header;
}

static double
body_bottom (const Frame *frame,
             double       height)
{
  return height - MARGIN_BOTTOM - frame->footer;
}

static void
add_piece (Pages  *pages,
           guint   row,
           double  from,
           double  to,
           int     page,
           double  y)
{
  Piece piece = { row, from, to, page, y };

  g_array_append_val (pages->pieces, piece);
}

/* Places every row on the pages of @pages->width x @pages->height. */
static gboolean
paginate (OndMeetingDocument  *doc,
          Pages               *pages,
          GError             **error)
{
  Frame frame;
  double bottom;
  double y;
  int page = 0;
  gboolean fresh = TRUE;

  measure_frame (doc, pages, &frame);
  bottom = body_bottom (&frame, pages->height);
  /* A page must hold its head, the table header and a few lines of rows. */
  if (bottom - body_top (&frame, 0) < 40 || pages->width - 2 * MARGIN_X < 200)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The page (%.0f × %.0f points) is too small for this document."),
                   pages->width, pages->height);
      return FALSE;
    }

  g_array_set_size (pages->pieces, 0);
  y = body_top (&frame, 0);
  for (guint i = 0; i < doc->rows->len; i++)
    {
      RowLayout row = { 0 };
      double from = 0;

      layout_row (doc, pages, (int) i, &row);

      /* A row that does not fit on this page but fits on a fresh one moves there whole. */
      if (y + row.height > bottom && !fresh &&
          row.height <= bottom - body_top (&frame, page + 1))
        {
          page++;
          y = body_top (&frame, page);
          fresh = TRUE;
        }

      /* Otherwise it is cut between lines, over as many pages as it needs. */
      while (from < row.height)
        {
          double to = row.height;

          if (y + (to - from) > bottom)
            {
              to = cut_between_lines (&row, from + (bottom - y));
              if (to <= from)
                {
                  if (!fresh)
                    {
                      page++;
                      y = body_top (&frame, page);
                      fresh = TRUE;
                      continue;
                    }
                  /* A single line taller than the page: cut through it. */
                  to = from + (bottom - y);
                }
            }
          add_piece (pages, i, from, to, page, y);
          fresh = FALSE;
          y += to - from;
          from = to;
          if (from < row.height)
            {
              /* The rest continues on the next page, a little below the header. */
              page++;
              y = body_top (&frame, page) + CELL_PAD_Y;
              fresh = TRUE;
            }
        }
      row_layout_clear (&row);
    }

  pages->n_pages = page + 1;
  return TRUE;
}

/* Returns the pagination at @width x @height, computing it when the size changed. */
static Pages *
ensure_pages (OndMeetingDocument  *doc,
              double               width,
              double               height,
              GError             **error)
{
  Pages *pages = doc->pages;

  if (pages == NULL)
    {
      pages = g_new0 (Pages, 1);
      pages->context = make_context ();
      pages->pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
      pages->n_pages = -1;
      doc->pages = pages;
    }
  if (pages->n_pages < 0 || pages->width != width || pages->height != height)
    {
      pages->width = width;
      pages->height = height;
      pages->n_pages = -1;
      if (!paginate (doc, pages, error))
        return NULL;
    }
  return pages;
}

/* Drawing. */

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
draw_cells (cairo_t   *cr,
            RowLayout *row,
            double    *edges,
            double     y)
{
  for (guint i = 0; i < row->n_cells; i++)
    show_layout_at (cr, row->cells[i], edges[i] + CELL_PAD_X, y + CELL_PAD_Y);
}

/* Marks the continuation of a row on a following page with its reference. */
static void
draw_continued (OndMeetingDocument *doc,
                Pages              *pages,
                cairo_t            *cr,
                Piece              *piece,
                double             *edges)
{
  OndMeetingDocumentRow *row = g_ptr_array_index (doc->rows, piece->row);
  g_autofree char *text = g_strdup_printf ("%s\n(vervolg)", row->reference);
  g_autoptr(PangoLayout) layout = NULL;

  /* The reference is the second column of both lists. */
  layout = make_layout (pages->context, FONT_CELL, text, edges[2] - edges[1] - 2 * CELL_PAD_X);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
  show_layout_at (cr, layout, edges[1] + CELL_PAD_X, piece->y);
  cairo_restore (cr);
}

static void
draw_page (OndMeetingDocument *doc,
           Pages              *pages,
           cairo_t            *cr,
           int                 page)
{
  double width = pages->width;
  double text_width = width - 2 * MARGIN_X;
  double edges[MAX_COLUMNS + 1];
  double y = MARGIN_TOP;
  double footer_y;
  gboolean any_row = FALSE;
  RowLayout header = { 0 };
  Frame frame;
  g_autofree char *page_text = NULL;
  g_autoptr(PangoLayout) notice_footer = NULL;
  g_autoptr(PangoLayout) number_footer = NULL;
  int number_width = 0;

  measure_frame (doc, pages, &frame);
  column_edges (doc, width, edges);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);

  /* The head. */
  if (page == 0)
    {
      g_autoptr(PangoLayout) title = make_layout (pages->context, FONT_TITLE, doc->title,
                                                  text_width);
      g_autoptr(PangoLayout) date_line = make_layout (pages->context, FONT_DATE_LINE,
                                                      doc->date_line, text_width);
      g_autoptr(PangoLayout) notice = make_layout (pages->context, FONT_NOTICE, doc->notice,
                                                   text_width);

      show_layout_at (cr, title, MARGIN_X, y);
      y += layout_height (title) + 4;
      show_layout_at (cr, date_line, MARGIN_X, y);
      y += layout_height (date_line) + 4;
      show_layout_at (cr, notice, MARGIN_X, y);
    }
  else
    {
      g_autofree char *text = g_strdup_printf ("%s — %s", doc->title, doc->date_line);
      g_autoptr(PangoLayout) running = make_layout (pages->context, FONT_RUNNING, text,
                                                    text_width);

      cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
      show_layout_at (cr, running, MARGIN_X, y);
      cairo_set_source_rgb (cr, 0, 0, 0);
    }

  /* The table header, on every page. */
  y = body_top (&frame, page) - frame.table_header;
  layout_row (doc, pages, -1, &header);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.9, 0.9, 0.9);
  cairo_rectangle (cr, MARGIN_X, y, text_width, header.height);
  cairo_fill (cr);
  cairo_restore (cr);
  draw_cells (cr, &header, edges, y);
  draw_rule (cr, MARGIN_X, width - MARGIN_X, y + header.height, 0.2, 0.8);
  row_layout_clear (&header);

  /* The rows, or the pieces of rows, of this page. */
  for (guint i = 0; i < pages->pieces->len; i++)
    {
      Piece *piece = &g_array_index (pages->pieces, Piece, i);
      RowLayout row = { 0 };

      if (piece->page != page)
        continue;
      any_row = TRUE;
      layout_row (doc, pages, (int) piece->row, &row);
      cairo_save (cr);
      cairo_rectangle (cr, MARGIN_X, piece->y, text_width, piece->to - piece->from);
      cairo_clip (cr);
      draw_cells (cr, &row, edges, piece->y - piece->from);
      cairo_restore (cr);
      if (piece->from > 0)
        draw_continued (doc, pages, cr, piece, edges);
      draw_rule (cr, MARGIN_X, width - MARGIN_X, piece->y + piece->to - piece->from, 0.75, 0.5);
      row_layout_clear (&row);
    }
  if (!any_row && doc->rows->len == 0)
    {
      g_autoptr(PangoLayout) empty = make_layout (pages->context, FONT_CELL, doc->empty_text,
                                                  text_width);

      show_layout_at (cr, empty, MARGIN_X + CELL_PAD_X, body_top (&frame, page) + CELL_PAD_Y);
    }

  /* The footer: the notice and the page number, on every page. */
  footer_y = pages->height - MARGIN_BOTTOM - (frame.footer - FOOTER_GAP);
  draw_rule (cr, MARGIN_X, width - MARGIN_X, footer_y - FOOTER_GAP / 2, 0.5, 0.5);
  notice_footer = make_layout (pages->context, FONT_FOOTER, doc->notice, -1);
  page_text = g_strdup_printf ("Pagina %d van %d", page + 1, pages->n_pages);
  number_footer = make_layout (pages->context, FONT_FOOTER, page_text, -1);
  pango_layout_get_size (number_footer, &number_width, NULL);
  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  show_layout_at (cr, notice_footer, MARGIN_X, footer_y);
  show_layout_at (cr, number_footer,
                  width - MARGIN_X - (double) number_width / PANGO_SCALE, footer_y);

  cairo_restore (cr);
}

/**
 * ond_meeting_document_render:
 * @doc: a document
 * @cr: (nullable): where to draw, in points
 * @width: the page width in points
 * @height: the page height in points
 * @page: the page to draw, from 0; -1 only counts the pages
 * @n_pages: (out) (optional): the number of pages at this size
 * @error: return location for an error (%G_IO_ERROR)
 *
 * Lays @doc out on pages of @width x @height (A4: %OND_MEETING_DOCUMENT_A4_WIDTH x
 * %OND_MEETING_DOCUMENT_A4_HEIGHT) with one fixed pango context, so a print, a preview and
 * a PDF give the same pages, and draws page @page on @cr. Long text wraps; a row taller than
 * a page continues on the next; the table header repeats on every page and the footer
 * carries the internal-document notice and "Pagina n van m".
 *
 * Returns: %TRUE on success; %FALSE with @error set when @page does not exist, the page is
 *   too small or cairo failed
 */
gboolean
ond_meeting_document_render (OndMeetingDocument  *doc,
                             cairo_t             *cr,
                             double               width,
                             double               height,
                             int                  page,
                             int                 *n_pages,
                             GError             **error)
{
  Pages *pages;
  cairo_status_t status;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pages = ensure_pages (doc, width, height, error);
  if (pages == NULL)
    return FALSE;
  if (n_pages != NULL)
    *n_pages = pages->n_pages;
  if (cr == NULL || page == -1)
    return TRUE;
  if (page < 0 || page >= pages->n_pages)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Page %d does not exist: the document has %d pages."),
                   page + 1, pages->n_pages);
      return FALSE;
    }

  draw_page (doc, pages, cr, page);

  status = cairo_status (cr);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Drawing the document failed: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/* PDF output through a GOutputStream, so the file is replaced only when complete. */

typedef struct
{
  GOutputStream *stream;
  GError        *error;
} PdfSink;

static cairo_status_t
write_pdf_data (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  PdfSink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (sink->stream, data, length, NULL, NULL, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

/**
 * ond_meeting_document_write_pdf:
 * @doc: a document
 * @path: the PDF file to write
 * @error: return location for an error
 *
 * Writes every page of @doc as an A4 PDF to @path. The file is written beside @path and
 * renamed over it when complete (an existing file is left as it was on error), readable by
 * its owner only: it holds personal data. Log the export with
 * ond_meeting_document_log_printed().
 *
 * Returns: %TRUE on success
 */
gboolean
ond_meeting_document_write_pdf (OndMeetingDocument  *doc,
                                const char          *path,
                                GError             **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GCancellable) cancel = NULL;
  g_autoptr(GError) render_error = NULL;
  g_autofree char *title = NULL;
  PdfSink sink = { NULL, NULL };
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  int n_pages = 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Lay it out first: a layout error leaves the file system alone. */
  if (!ond_meeting_document_render (doc, NULL, OND_MEETING_DOCUMENT_A4_WIDTH,
                                    OND_MEETING_DOCUMENT_A4_HEIGHT, -1, &n_pages, error))
    return FALSE;

  file = g_file_new_for_path (path);
  stream = g_file_replace (file, NULL, FALSE,
                           G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                           NULL, error);
  if (stream == NULL)
    return FALSE;
  sink.stream = G_OUTPUT_STREAM (stream);

  surface = cairo_pdf_surface_create_for_stream (write_pdf_data, &sink,
                                                 OND_MEETING_DOCUMENT_A4_WIDTH,
                                                 OND_MEETING_DOCUMENT_A4_HEIGHT);
  title = g_strdup_printf ("%s — %s", doc->title, doc->date_line);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Ondermijning");
  cr = cairo_create (surface);
  for (int page = 0; ok && page < n_pages; page++)
    {
      ok = ond_meeting_document_render (doc, cr, OND_MEETING_DOCUMENT_A4_WIDTH,
                                        OND_MEETING_DOCUMENT_A4_HEIGHT, page, NULL,
                                        &render_error);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  /* The first thing that went wrong: writing the file, drawing, or cairo itself. */
  if (sink.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&sink.error));
      ok = FALSE;
    }
  else if (render_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&render_error));
      ok = FALSE;
    }
  else if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Writing the PDF failed: %s"), cairo_status_to_string (status));
      ok = FALSE;
    }

  if (!ok)
    {
      /* Closing a replaced file with a cancelled cancellable drops what was written. */
      cancel = g_cancellable_new ();
      g_cancellable_cancel (cancel);
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancel, NULL);
      return FALSE;
    }
  return g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}
