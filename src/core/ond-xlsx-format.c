/* ond-xlsx-format.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Writing one sheet of the council workbook (ond-xlsx-export.c): its formats, cells that
 * keep track of the widest content of each column and of the first error, and the finish
 * every sheet shares (column widths, the filtered header row, the printed page).
 */

#define G_LOG_DOMAIN "ond-xlsx-export"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ond-xlsx-export-private.h"

#define MIN_WIDTH    6
#define MAX_WIDTH    60
/* Room for the autofilter's button beside a header, and around any text. */
#define HEADER_EXTRA 3
#define PADDING      2
#define PAPER_A4     9

#define MONEY_FORMAT      "\"€ \"#,##0.00"
#define DIFFERENCE_FORMAT "\"€ \"#,##0.00;[Red]\"€ \"-#,##0.00"
#define COUNT_FORMAT      "#,##0"

/* The one place where money becomes a double: a cell holds euros. */
double
_ond_xlsx_cents_to_cell (gint64 cents)
{
  return (double) cents / 100.0;
}

/* The width "€ 245.000,00" takes, for the column width only (not a formatting of money). */
guint
_ond_xlsx_money_width (gint64 cents)
{
  guint64 euros = cents < 0 ? ((guint64) -(cents + 1) + 1) / 100 : (guint64) cents / 100;
  guint digits = 1;

  while (euros >= 10)
    {
      euros /= 10;
      digits++;
    }

  return 2 + (cents < 0 ? 1 : 0) + digits + (digits - 1) / 3 + 3;
}

/* Data typed by users may hold anything: make it valid UTF-8 without control characters,
 * which XML (and so xlsx) cannot carry. */
char *
_ond_xlsx_clean_text (const char *text)
{
  char *clean = g_utf8_make_valid (text, -1);
  char *p;

  for (p = clean; *p != '\0'; p++)
    {
      if ((guchar) *p < 0x20 && *p != '\n' && *p != '\t')
        *p = ' ';
    }

  return clean;
}

/* The longest line of @text, in characters. */
static guint
text_width (const char *text)
{
  const char *line = text;
  guint widest = 0;

  while (line != NULL)
    {
      const char *end = strchr (line, '\n');
      glong n = g_utf8_strlen (line, end != NULL ? end - line : -1);

      widest = MAX (widest, (guint) n);
      line = end != NULL ? end + 1 : NULL;
    }

  return widest;
}

void
_ond_xlsx_sheet_init (Sheet         *self,
                      lxw_worksheet *ws,
                      const char    *name,
                      const Formats *formats)
{
  memset (self, 0, sizeof *self);
  self->ws = ws;
  self->name = name;
  self->formats = formats;
  self->error = LXW_NO_ERROR;
}

static void
sheet_note (Sheet     *self,
            lxw_row_t  row,
            lxw_col_t  col,
            guint      width,
            lxw_error  error)
{
  if (error != LXW_NO_ERROR && self->error == LXW_NO_ERROR)
    {
      self->error = error;
      self->error_row = row;
      self->error_col = col;
    }

  if (col < MAX_COLUMNS)
    {
      self->n_columns = MAX (self->n_columns, (guint) col + 1);
      self->widths[col] = MAX (self->widths[col], width);
    }
  else if (self->error == LXW_NO_ERROR)
    {
      self->error = LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE;
      self->error_row = row;
      self->error_col = col;
    }
}

/* Writes @text; an empty or %NULL text leaves the cell empty. */
void
_ond_xlsx_sheet_text (Sheet       *self,
                      lxw_row_t    row,
                      lxw_col_t    col,
                      const char  *text,
                      lxw_format  *format)
{
  g_autofree char *clean = NULL;
  guint width;

  if (text == NULL || text[0] == '\0')
    return;

  clean = _ond_xlsx_clean_text (text);
  width = text_width (clean);
  if (format == self->formats->header)
    width += HEADER_EXTRA;

  sheet_note (self, row, col, width, worksheet_write_string (self->ws, row, col, clean, format));
}

/* An empty cell that still carries @format (a border across the row). */
void
_ond_xlsx_sheet_blank (Sheet      *self,
                       lxw_row_t   row,
                       lxw_col_t   col,
                       lxw_format *format)
{
  sheet_note (self, row, col, 0, worksheet_write_blank (self->ws, row, col, format));
}

void
_ond_xlsx_sheet_int (Sheet      *self,
                     lxw_row_t   row,
                     lxw_col_t   col,
                     int         value,
                     lxw_format *format)
{
  g_autofree char *text = g_strdup_printf ("%d", value);

  sheet_note (self, row, col, strlen (text),
              worksheet_write_number (self->ws, row, col, value, format));
}

void
_ond_xlsx_sheet_money (Sheet      *self,
                       lxw_row_t   row,
                       lxw_col_t   col,
                       gint64      cents,
                       lxw_format *format)
{
  sheet_note (self, row, col, _ond_xlsx_money_width (cents),
              worksheet_write_number (self->ws, row, col, _ond_xlsx_cents_to_cell (cents), format));
}

/* A count, or a figure's value: a whole number. */
void
_ond_xlsx_sheet_count (Sheet      *self,
                       lxw_row_t   row,
                       lxw_col_t   col,
                       gint64      value,
                       lxw_format *format)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, value);

  sheet_note (self, row, col, strlen (text),
              worksheet_write_number (self->ws, row, col, (double) value, format));
}

/* A formula over counts with the value it computes, which the caller worked out. */
void
_ond_xlsx_sheet_count_formula (Sheet      *self,
                               lxw_row_t   row,
                               lxw_col_t   col,
                               const char *formula,
                               gint64      value,
                               lxw_format *format)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, value);

  sheet_note (self, row, col, strlen (text),
              worksheet_write_formula_num (self->ws, row, col, formula, format, (double) value));
}

/* A formula with the value it computes, which the caller worked out in cents. */
void
_ond_xlsx_sheet_formula (Sheet      *self,
                         lxw_row_t   row,
                         lxw_col_t   col,
                         const char *formula,
                         gint64      cents,
                         lxw_format *format)
{
  sheet_note (self, row, col, _ond_xlsx_money_width (cents),
              worksheet_write_formula_num (self->ws, row, col, formula, format,
                                           _ond_xlsx_cents_to_cell (cents)));
}

/* Column widths from the content (libxlsxwriter has no autofit): a column whose content is
 * wider than MAX_WIDTH wraps. Then the header row: frozen, filtered, repeated on every
 * printed page, which is landscape A4 and one page wide. */
void
_ond_xlsx_sheet_finish (Sheet     *self,
                        lxw_row_t  last_filter_row,
                        lxw_col_t  last_filter_col)
{
  const Formats *formats = self->formats;
  lxw_error error;
  guint col;

  for (col = 0; col < self->n_columns; col++)
    {
      guint chars = self->widths[col] + PADDING;
      gboolean wrap = chars > MAX_WIDTH;

      error = worksheet_set_column (self->ws, col, col, CLAMP (chars, MIN_WIDTH, MAX_WIDTH),
                                    wrap ? formats->wrap : formats->text);
      sheet_note (self, 0, col, 0, error);
    }

  worksheet_freeze_panes (self->ws, 1, 0);
  sheet_note (self, 0, 0, 0,
              worksheet_autofilter (self->ws, 0, 0, last_filter_row, last_filter_col));
  sheet_note (self, 0, 0, 0, worksheet_repeat_rows (self->ws, 0, 0));
  worksheet_set_landscape (self->ws);
  worksheet_set_paper (self->ws, PAPER_A4);
  worksheet_fit_to_pages (self->ws, 1, 0);
  sheet_note (self, 0, 0, 0, worksheet_set_footer (self->ws, "&L&A&RPagina &P van &N"));
}

gboolean
_ond_xlsx_sheet_check (Sheet   *self,
                       GError **error)
{
  char cell[LXW_MAX_CELL_NAME_LENGTH];

  if (self->error == LXW_NO_ERROR)
    return TRUE;

  lxw_rowcol_to_cell (cell, self->error_row, self->error_col);
  /* Translators: "Could not write cell C5 of the sheet “Planning”: <libxlsxwriter's reason>" */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               _("Could not write cell %s of the sheet “%s”: %s"),
               cell, self->name, lxw_strerror (self->error));
  return FALSE;
}

lxw_worksheet *
_ond_xlsx_add_sheet (lxw_workbook  *wb,
                     const char    *name,
                     GError       **error)
{
  lxw_worksheet *ws = workbook_add_worksheet (wb, name);

  if (ws == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 _("Could not add the sheet “%s”."), name);
  return ws;
}

static lxw_format *
new_format (lxw_workbook *wb)
{
  lxw_format *format = workbook_add_format (wb);

  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  return format;
}

void
_ond_xlsx_make_formats (lxw_workbook *wb,
                        Formats      *formats)
{
  formats->header = new_format (wb);
  format_set_bold (formats->header);
  format_set_bottom (formats->header, LXW_BORDER_THIN);
  format_set_bg_color (formats->header, 0xDDE5EE);

  formats->text = new_format (wb);

  formats->wrap = new_format (wb);
  format_set_text_wrap (formats->wrap);

  formats->mark = new_format (wb);
  format_set_align (formats->mark, LXW_ALIGN_CENTER);

  formats->money = new_format (wb);
  format_set_num_format (formats->money, MONEY_FORMAT);

  formats->section = new_format (wb);
  format_set_bold (formats->section);

  formats->total_label = new_format (wb);
  format_set_bold (formats->total_label);
  format_set_top (formats->total_label, LXW_BORDER_THIN);

  formats->total_money = new_format (wb);
  format_set_bold (formats->total_money);
  format_set_top (formats->total_money, LXW_BORDER_THIN);
  format_set_num_format (formats->total_money, MONEY_FORMAT);

  formats->difference = new_format (wb);
  format_set_bold (formats->difference);
  format_set_num_format (formats->difference, DIFFERENCE_FORMAT);

  formats->count = new_format (wb);
  format_set_num_format (formats->count, COUNT_FORMAT);

  formats->total_count = new_format (wb);
  format_set_bold (formats->total_count);
  format_set_top (formats->total_count, LXW_BORDER_THIN);
  format_set_num_format (formats->total_count, COUNT_FORMAT);

  /* A figure behind its target without an explanation: flagged as in the PDF. */
  formats->missing = new_format (wb);
  format_set_bold (formats->missing);
  format_set_font_color (formats->missing, 0xC01C28);
}
