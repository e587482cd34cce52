/* ond-xlsx-table-write.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Writing an OndXlsxTable as a workbook of one sheet (see ond-xlsx-table.h): the title row
 * (and the subtitle below it), the bold header row, the rows; column widths from the content
 * (libxlsxwriter has no autofit), the header frozen, filtered and repeated on every printed
 * page, landscape A4 one page wide; and the document's properties. The rows are written in
 * order with libxlsxwriter's constant memory mode, so 100,000 rows take little memory; its
 * own temporary files go to the folder of the workbook, not to /tmp. */

#define G_LOG_DOMAIN "ond-xlsx-table"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <xlsxwriter.h>

#include "ond-xlsx-money.h"
#include "ond-xlsx-table-private.h"

#define MIN_WIDTH    6
#define MAX_WIDTH    60
/* Room for the autofilter's button beside a header, and around any text. */
#define HEADER_EXTRA 3
#define PADDING      2
#define DATE_WIDTH   10
#define PAPER_A4     9
/* Excel's limits: the characters of a cell, of a sheet's name. */
#define MAX_CELL_CHARS  32767
#define MAX_SHEET_CHARS 31

/* The euro format of the council workbook (ond-xlsx-format.c): € 1.234,56 in a Dutch
 * Excel, which shows the codes below as "€ "#.##0,00 and dd-mm-jjjj. */
#define MONEY_FORMAT "\"€ \"#,##0.00"
#define DATE_FORMAT  "dd-mm-yyyy"
#define COUNT_FORMAT "0"

typedef struct
{
  lxw_format *title;
  lxw_format *subtitle;
  lxw_format *header;
  lxw_format *text;
  lxw_format *wrap;
  lxw_format *date;
  lxw_format *count;
  lxw_format *money;
  lxw_format *yes_no;
} Formats;

/* The sheet being written, and the first error of a cell. */
typedef struct
{
  lxw_worksheet *ws;
  lxw_error      error;
  lxw_row_t      error_row;
  lxw_col_t      error_col;
} Writer;

static void
note (Writer    *w,
      lxw_row_t  row,
      lxw_col_t  col,
      lxw_error  error)
{
  if (error != LXW_NO_ERROR && w->error == LXW_NO_ERROR)
    {
      w->error = error;
      w->error_row = row;
      w->error_col = col;
    }
}

static guint
count_width (gint64 value)
{
  char text[32];

  return g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, value);
}

/* Data typed by users may hold anything: valid UTF-8 without the control characters XML
 * cannot carry, and no longer than a cell can hold. Transfer full. */
static char *
clean_text (const char *text)
{
  char *clean = g_utf8_make_valid (text, -1);

  for (char *p = clean; *p != '\0'; p++)
    if ((guchar) *p < 0x20 && *p != '\n' && *p != '\t')
      *p = ' ';

  if (g_utf8_strlen (clean, -1) > MAX_CELL_CHARS)
    *g_utf8_offset_to_pointer (clean, MAX_CELL_CHARS) = '\0';
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

/* A word of a number format: without the quotes and backslashes that would end it. */
static char *
format_word (const char *word)
{
  GString *out = g_string_new (NULL);

  for (const char *p = word; *p != '\0'; p++)
    if (*p != '"' && *p != '\\')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/* The widest cell of @column, header included; how the width of a cell is counted depends
 * on what it holds. */
static guint
content_width (OndXlsxTable *self,
               guint         column,
               guint         yes_no_width)
{
  OndXlsxKind kind = ond_xlsx_table_get_kind (self, column);
  guint widest = text_width (_ond_xlsx_table_get_column_title (self, column)) + HEADER_EXTRA;
  guint n_rows = ond_xlsx_table_get_n_rows (self);

  for (guint row = 0; row < n_rows; row++)
    {
      const OndXlsxCell *cell = _ond_xlsx_table_get_cell (self, row, column);
      guint width = 0;

      switch (cell->type)
        {
        case OND_XLSX_CELL_TEXT:
          width = text_width (cell->text);
          break;
        case OND_XLSX_CELL_DATE:
          width = DATE_WIDTH;
          break;
        case OND_XLSX_CELL_NUMBER:
          width = kind == OND_XLSX_MONEY ? _ond_xlsx_money_width (cell->number)
                                         : count_width (cell->number);
          break;
        case OND_XLSX_CELL_BOOLEAN:
          width = yes_no_width;
          break;
        case OND_XLSX_CELL_EMPTY:
        default:
          break;
        }
      widest = MAX (widest, width);
    }

  return widest;
}

static lxw_format *
new_format (lxw_workbook *wb)
{
  lxw_format *format = workbook_add_format (wb);

  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  return format;
}

static void
make_formats (lxw_workbook *wb,
              Formats      *formats,
              const char   *yes_no_format)
{
  formats->title = new_format (wb);
  format_set_bold (formats->title);
  format_set_font_size (formats->title, 14);

  formats->subtitle = new_format (wb);
  format_set_italic (formats->subtitle);
  format_set_font_color (formats->subtitle, 0x555555);

  formats->header = new_format (wb);
  format_set_bold (formats->header);
  format_set_bottom (formats->header, LXW_BORDER_THIN);
  format_set_bg_color (formats->header, 0xDDE5EE);

  formats->text = new_format (wb);

  formats->wrap = new_format (wb);
  format_set_text_wrap (formats->wrap);

  formats->date = new_format (wb);
  format_set_num_format (formats->date, DATE_FORMAT);
  format_set_align (formats->date, LXW_ALIGN_LEFT);

  formats->count = new_format (wb);
  format_set_num_format (formats->count, COUNT_FORMAT);

  formats->money = new_format (wb);
  format_set_num_format (formats->money, MONEY_FORMAT);

  formats->yes_no = new_format (wb);
  format_set_num_format (formats->yes_no, yes_no_format);
  format_set_align (formats->yes_no, LXW_ALIGN_CENTER);
}

static void
write_cell (Writer            *w,
            const Formats     *formats,
            lxw_row_t          row,
            lxw_col_t          col,
            OndXlsxKind        kind,
            gboolean           wrap,
            const OndXlsxCell *cell)
{
  g_autofree char *text = NULL;
  lxw_datetime date = { 0 };

  switch (cell->type)
    {
    case OND_XLSX_CELL_TEXT:
      text = clean_text (cell->text);
      note (w, row, col,
            worksheet_write_string (w->ws, row, col, text, wrap ? formats->wrap : formats->text));
      break;

    case OND_XLSX_CELL_DATE:
      date.year = (int) (cell->number / 10000);
      date.month = (int) (cell->number / 100 % 100);
      date.day = (int) (cell->number % 100);
      note (w, row, col, worksheet_write_datetime (w->ws, row, col, &date, formats->date));
      break;

    case OND_XLSX_CELL_NUMBER:
      if (kind == OND_XLSX_MONEY)
        note (w, row, col, worksheet_write_number (w->ws, row, col,
                                                   _ond_xlsx_cents_to_cell (cell->number),
                                                   formats->money));
      else
        note (w, row, col, worksheet_write_number (w->ws, row, col, (double) cell->number,
                                                   formats->count));
      break;

    case OND_XLSX_CELL_BOOLEAN:
      note (w, row, col, worksheet_write_number (w->ws, row, col, (double) cell->number,
                                                 formats->yes_no));
      break;

    case OND_XLSX_CELL_EMPTY:
    default:
      break;
    }
}

/* A sheet's name: no []:*?/\ and at most 31 characters. */
static char *
sheet_name (const char *title)
{
  g_autofree char *clean = clean_text (title);
  g_autoptr(GString) name = g_string_new (NULL);

  for (const char *p = clean; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_utf8_strlen (name->str, -1) >= MAX_SHEET_CHARS)
        break;
      if (strchr ("[]:*?/\\\n\t", (int) c) != NULL && c < 0x80)
        g_string_append_c (name, ' ');
      else
        g_string_append_unichar (name, c);
    }
  g_strstrip (name->str);
  g_string_set_size (name, strlen (name->str));
  /* Excel refuses a name that starts or ends with an apostrophe. */
  while (name->str[0] == '\'')
    g_string_erase (name, 0, 1);
  while (name->len > 0 && name->str[name->len - 1] == '\'')
    g_string_truncate (name, name->len - 1);
  if (name->len == 0)
    g_string_assign (name, "Export");

  return g_string_free (g_steal_pointer (&name), FALSE);
}

/* The OS user's real name, else the login: who made the document. */
static const char *
author_name (void)
{
  const char *real_name = g_get_real_name ();

  if (real_name != NULL && real_name[0] != '\0' && g_strcmp0 (real_name, "Unknown") != 0)
    return real_name;
  return g_get_user_name ();
}

static gboolean
set_properties (OndXlsxTable  *self,
                lxw_workbook  *wb,
                GError       **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *title = clean_text (ond_xlsx_table_get_title (self));
  g_autofree char *subject = NULL;
  g_autofree char *author = clean_text (author_name ());
  lxw_doc_properties properties = { 0 };
  lxw_error err;

  if (ond_xlsx_table_get_subject (self) != NULL)
    subject = clean_text (ond_xlsx_table_get_subject (self));
  properties.title = title;
  properties.subject = subject;
  properties.author = author;
  properties.company = (char *) "Gemeente Dordrecht";
  properties.comments = (char *) "Gemaakt met Ondermijning " PACKAGE_VERSION;
  properties.created = (time_t) g_date_time_to_unix (now);

  err = workbook_set_properties (wb, &properties);
  if (err == LXW_NO_ERROR && ond_xlsx_table_get_personal (self))
    err = workbook_set_custom_property_boolean (wb, "Persoonsgegevens", LXW_TRUE);
  if (err != LXW_NO_ERROR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not set the properties of the workbook: %s"), lxw_strerror (err));
      return FALSE;
    }
  return TRUE;
}

/* Column widths from the content; a text column too wide for MAX_WIDTH wraps. */
static void
set_columns (OndXlsxTable  *self,
             Writer        *w,
             const Formats *formats,
             guint          yes_no_width,
             gboolean      *wraps)
{
  guint n_columns = ond_xlsx_table_get_n_columns (self);

  for (guint col = 0; col < n_columns; col++)
    {
      guint chars = content_width (self, col, yes_no_width) + PADDING;

      wraps[col] = chars > MAX_WIDTH && ond_xlsx_table_get_kind (self, col) == OND_XLSX_TEXT;
      note (w, 0, col, worksheet_set_column (w->ws, col, col, CLAMP (chars, MIN_WIDTH, MAX_WIDTH),
                                             wraps[col] ? formats->wrap : NULL));
    }
}

/* The title (and subtitle), the header, the rows: in order, as constant memory mode needs. */
static void
write_rows (OndXlsxTable  *self,
            Writer        *w,
            const Formats *formats,
            const gboolean *wraps,
            lxw_row_t      header_row)
{
  g_autofree char *title = clean_text (ond_xlsx_table_get_title (self));
  const char *subtitle = ond_xlsx_table_get_subtitle (self);
  guint n_columns = ond_xlsx_table_get_n_columns (self);
  guint n_rows = ond_xlsx_table_get_n_rows (self);

  note (w, 0, 0, worksheet_write_string (w->ws, 0, 0, title, formats->title));
  if (subtitle != NULL && subtitle[0] != '\0')
    {
      g_autofree char *clean = clean_text (subtitle);

      note (w, 1, 0, worksheet_write_string (w->ws, 1, 0, clean, formats->subtitle));
    }

  for (guint col = 0; col < n_columns; col++)
    {
      g_autofree char *text = clean_text (_ond_xlsx_table_get_column_title (self, col));

      note (w, header_row, col,
            worksheet_write_string (w->ws, header_row, col, text, formats->header));
    }

  for (guint row = 0; row < n_rows; row++)
    for (guint col = 0; col < n_columns; col++)
      write_cell (w, formats, header_row + 1 + row, col, ond_xlsx_table_get_kind (self, col),
                  wraps[col], _ond_xlsx_table_get_cell (self, row, col));
}

/* The header row: frozen, filtered over the rows, repeated on every printed page, which is
 * landscape A4 and one page wide. */
static void
set_page (OndXlsxTable *self,
          Writer       *w,
          lxw_row_t     header_row)
{
  guint n_columns = ond_xlsx_table_get_n_columns (self);
  guint n_rows = ond_xlsx_table_get_n_rows (self);
  g_autofree char *footer = NULL;

  worksheet_freeze_panes (w->ws, header_row + 1, 0);
  note (w, header_row, 0, worksheet_autofilter (w->ws, header_row, 0, header_row + n_rows,
                                                n_columns - 1));
  note (w, header_row, 0, worksheet_repeat_rows (w->ws, header_row, header_row));
  worksheet_set_landscape (w->ws);
  worksheet_set_paper (w->ws, PAPER_A4);
  worksheet_fit_to_pages (w->ws, 1, 0);
  /* Translators: the footer of an exported list's printed pages; &P is the page's number
   * and &N the number of pages: keep both as they are. */
  footer = g_strconcat ("&L&A&R", _("Page &P of &N"), NULL);
  note (w, 0, 0, worksheet_set_footer (w->ws, footer));
}

static gboolean
check_writer (Writer      *w,
              const char  *path,
              GError     **error)
{
  char cell[LXW_MAX_CELL_NAME_LENGTH];

  if (w->error == LXW_NO_ERROR)
    return TRUE;

  lxw_rowcol_to_cell (cell, w->error_row, w->error_col);
  /* Translators: "Cannot write cell C5 of “/home/jan/controles.xlsx”: <libxlsxwriter's
   * reason>" */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write cell %s of “%s”: %s"),
               cell, path, lxw_strerror (w->error));
  return FALSE;
}

static gboolean
write_sheet (OndXlsxTable  *self,
             lxw_workbook  *wb,
             const char    *path,
             GError       **error)
{
  g_autofree char *yes = format_word (_("Yes"));
  g_autofree char *no = format_word (_("No"));
  g_autofree char *yes_no_format = g_strdup_printf ("\"%s\";\"%s\";\"%s\"", yes, yes, no);
  g_autofree char *name = sheet_name (ond_xlsx_table_get_title (self));
  g_autofree gboolean *wraps = g_new0 (gboolean, ond_xlsx_table_get_n_columns (self));
  const char *subtitle = ond_xlsx_table_get_subtitle (self);
  lxw_row_t header_row = subtitle != NULL && subtitle[0] != '\0' ? 2 : 1;
  Writer w = { NULL, LXW_NO_ERROR, 0, 0 };
  Formats formats;

  if ((guint64) header_row + ond_xlsx_table_get_n_rows (self) >= LXW_ROW_MAX ||
      ond_xlsx_table_get_n_columns (self) > LXW_COL_MAX)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot write “%s”: the list is larger than a worksheet can hold."), path);
      return FALSE;
    }

  make_formats (wb, &formats, yes_no_format);
  w.ws = workbook_add_worksheet (wb, name);
  if (w.ws == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot write “%s”: the sheet “%s” could not be added."), path, name);
      return FALSE;
    }

  set_columns (self, &w, &formats,
               (guint) MAX (g_utf8_strlen (yes, -1), g_utf8_strlen (no, -1)), wraps);
  write_rows (self, &w, &formats, wraps, header_row);
  set_page (self, &w, header_row);
  return check_writer (&w, path, error);
}

/* Writes the workbook to @tmp_path; errors name @path, the file the user chose. */
gboolean
_ond_xlsx_table_write_workbook (OndXlsxTable  *self,
                                const char    *tmp_path,
                                const char    *folder,
                                const char    *path,
                                GError       **error)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = (char *) folder };
  lxw_workbook *wb;
  lxw_error err;

  wb = workbook_new_opt (tmp_path, &options);
  if (wb == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot write “%s”: out of memory."), path);
      return FALSE;
    }

  if (!set_properties (self, wb, error) || !write_sheet (self, wb, path, error))
    {
      lxw_workbook_free (wb);
      return FALSE;
    }

  err = workbook_close (wb);
  if (err != LXW_NO_ERROR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot write “%s”: %s"), path, lxw_strerror (err));
      return FALSE;
    }
  return TRUE;
}
