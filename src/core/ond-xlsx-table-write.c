/* ond-xlsx-table-write.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Writing an OndXlsxTable as a workbook of one sheet (see ond-xlsx-table.h): the title row
 * (and the subtitle below it), the bold header row, the rows; column widths from the content
 * (libxlsxwriter has no autofit), the header frozen, filtered and repeated on every printed
 * page, landscape A4 one page wide; and the document's properties. An OndXlsxWriter writes
 * each cell as it is given, in order, with libxlsxwriter's constant memory mode (rows strictly
 * in order, strings inline), and keeps only the widest content of each column: the widths,
 * the filter and the page are set when the last row is written. So 100,000 rows take little
 * memory; libxlsxwriter's own temporary files go to the folder of the workbook, not to /tmp.
 * A text wider than a column may be wraps, and so does one of more lines; a column with such
 * a text wraps as a whole. */

#define G_LOG_DOMAIN "ond-xlsx-table"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <xlsxwriter.h>

#include "ond-file-replace.h"
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

/* The workbook being written: the first error of a cell, and the widest content of each
 * column so far. */
struct _OndXlsxWriter
{
  OndXlsxTable   *table;       /* not a reference: the table holds the writer */
  OndFileReplace *file;
  char           *path;        /* the file the user chose, for messages */
  lxw_workbook   *wb;
  lxw_worksheet  *ws;
  Formats         formats;
  OndXlsxKind    *kinds;
  guint          *widths;      /* in characters, header included */
  guint           n_columns;
  guint           yes_no_width;
  lxw_row_t       header_row;
  gboolean        too_large;   /* more rows than a sheet holds */
  lxw_error       error;
  lxw_row_t       error_row;
  lxw_col_t       error_col;
};

typedef OndXlsxWriter Writer;

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

/* The longest line of @text in *@width, in characters, and in *@lines whether it has more
 * than one. Returns whether it can go into a cell as it is (clean_text () would not change
 * it): one pass over the bytes, for 100,000 rows of cells. */
static gboolean
measure_text (const char *text,
              guint      *width,
              gboolean   *lines)
{
  guint chars = 0, line = 0, widest = 0;
  gboolean clean = g_utf8_validate (text, -1, NULL);

  *lines = FALSE;
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      /* A byte that continues a character (valid UTF-8; else the count is only used for a
       * text that is cleaned and measured again). */
      if ((*p & 0xC0) == 0x80)
        continue;
      chars++;
      if (*p == '\n')
        {
          widest = MAX (widest, line);
          line = 0;
          *lines = TRUE;
          continue;
        }
      if (*p < 0x20 && *p != '\t')
        clean = FALSE;
      line++;
    }

  *width = MAX (widest, line);
  return clean && chars <= MAX_CELL_CHARS;
}

/* The longest line of @text, in characters. */
static guint
text_width (const char *text)
{
  guint width;
  gboolean lines;

  measure_text (text, &width, &lines);
  return width;
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

/* A text cell: wrapped when it is wider than a column may be or has more than one line (in a
 * text column). */
static guint
write_text (Writer      *w,
            lxw_row_t    row,
            lxw_col_t    col,
            OndXlsxKind  kind,
            const char  *text)
{
  g_autofree char *clean = NULL;
  guint width;
  gboolean lines, wrap;

  if (!measure_text (text, &width, &lines))
    {
      text = clean = clean_text (text);
      measure_text (text, &width, &lines);
    }
  wrap = kind == OND_XLSX_TEXT && (lines || width + PADDING > MAX_WIDTH);
  note (w, row, col,
        worksheet_write_string (w->ws, row, col, text,
                                wrap ? w->formats.wrap : w->formats.text));
  return width;
}

/* Writes @cell in row @row (from 0, below the header) and column @column; notes its width. */
void
_ond_xlsx_writer_add_cell (OndXlsxWriter     *w,
                           guint              row,
                           guint              column,
                           const OndXlsxCell *cell)
{
  const Formats *formats = &w->formats;
  OndXlsxKind kind;
  lxw_row_t sheet_row;
  lxw_col_t col = (lxw_col_t) column;
  lxw_datetime date = { 0 };
  guint width = 0;

  g_assert (column < w->n_columns);

  if ((guint64) w->header_row + 1 + row >= LXW_ROW_MAX)
    {
      w->too_large = TRUE;
      return;
    }
  sheet_row = w->header_row + 1 + row;
  kind = w->kinds[column];

  switch (cell->type)
    {
    case OND_XLSX_CELL_TEXT:
      width = write_text (w, sheet_row, col, kind, cell->text);
      break;

    case OND_XLSX_CELL_DATE:
      date.year = (int) (cell->number / 10000);
      date.month = (int) (cell->number / 100 % 100);
      date.day = (int) (cell->number % 100);
      note (w, sheet_row, col,
            worksheet_write_datetime (w->ws, sheet_row, col, &date, formats->date));
      width = DATE_WIDTH;
      break;

    case OND_XLSX_CELL_NUMBER:
      if (kind == OND_XLSX_MONEY)
        {
          note (w, sheet_row, col,
                worksheet_write_number (w->ws, sheet_row, col,
                                        _ond_xlsx_cents_to_cell (cell->number), formats->money));
          width = _ond_xlsx_money_width (cell->number);
        }
      else
        {
          note (w, sheet_row, col,
                worksheet_write_number (w->ws, sheet_row, col, (double) cell->number,
                                        formats->count));
          width = count_width (cell->number);
        }
      break;

    case OND_XLSX_CELL_BOOLEAN:
      note (w, sheet_row, col, worksheet_write_number (w->ws, sheet_row, col,
                                                       (double) cell->number, formats->yes_no));
      width = w->yes_no_width;
      break;

    case OND_XLSX_CELL_EMPTY:
    default:
      break;
    }

  w->widths[column] = MAX (w->widths[column], width);
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
set_columns (Writer *w)
{
  for (guint col = 0; col < w->n_columns; col++)
    {
      guint chars = w->widths[col] + PADDING;
      gboolean wraps = chars > MAX_WIDTH && w->kinds[col] == OND_XLSX_TEXT;

      note (w, 0, col, worksheet_set_column (w->ws, col, col, CLAMP (chars, MIN_WIDTH, MAX_WIDTH),
                                             wraps ? w->formats.wrap : NULL));
    }
}

/* The title (and subtitle) and the header: the first rows, as constant memory mode needs. */
static void
write_header (Writer *w)
{
  OndXlsxTable *self = w->table;
  g_autofree char *title = clean_text (ond_xlsx_table_get_title (self));
  const char *subtitle = ond_xlsx_table_get_subtitle (self);

  note (w, 0, 0, worksheet_write_string (w->ws, 0, 0, title, w->formats.title));
  if (subtitle != NULL && subtitle[0] != '\0')
    {
      g_autofree char *clean = clean_text (subtitle);

      note (w, 1, 0, worksheet_write_string (w->ws, 1, 0, clean, w->formats.subtitle));
    }

  for (guint col = 0; col < w->n_columns; col++)
    {
      const char *header = _ond_xlsx_table_get_column_title (self, col);
      g_autofree char *text = clean_text (header);

      w->widths[col] = text_width (header) + HEADER_EXTRA;
      note (w, w->header_row, col,
            worksheet_write_string (w->ws, w->header_row, col, text, w->formats.header));
    }
}

/* The header row: frozen, filtered over the rows, repeated on every printed page, which is
 * landscape A4 and one page wide. */
static void
set_page (Writer *w,
          guint   n_rows)
{
  lxw_row_t header_row = w->header_row;
  guint n_columns = w->n_columns;
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

  if (w->too_large)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot write “%s”: the list is larger than a worksheet can hold."), path);
      return FALSE;
    }
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
add_sheet (Writer  *w,
           GError **error)
{
  OndXlsxTable *self = w->table;
  g_autofree char *yes = format_word (_("Yes"));
  g_autofree char *no = format_word (_("No"));
  g_autofree char *yes_no_format = g_strdup_printf ("\"%s\";\"%s\";\"%s\"", yes, yes, no);
  g_autofree char *name = sheet_name (ond_xlsx_table_get_title (self));

  if (w->n_columns > LXW_COL_MAX)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot write “%s”: the list is larger than a worksheet can hold."),
                   w->path);
      return FALSE;
    }

  w->yes_no_width = (guint) MAX (g_utf8_strlen (yes, -1), g_utf8_strlen (no, -1));
  make_formats (w->wb, &w->formats, yes_no_format);
  w->ws = workbook_add_worksheet (w->wb, name);
  if (w->ws == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot write “%s”: the sheet “%s” could not be added."),
                   w->path, name);
      return FALSE;
    }
  write_header (w);
  return TRUE;
}

/**
 * _ond_xlsx_writer_new:
 * @self: the table (its title, subtitle, columns and properties; not its rows)
 * @file: (transfer full): the temporary file to write, beside @path
 * @path: the file the user chose: errors name it; libxlsxwriter's own temporary files go to
 *   its folder
 * @error: return location for a #GError
 *
 * Starts the workbook: its properties, the title, the subtitle and the header row. The rows
 * follow with _ond_xlsx_writer_add_cell (), in order.
 *
 * Returns: (transfer full): the writer, or %NULL with @error set
 */
OndXlsxWriter *
_ond_xlsx_writer_new (OndXlsxTable    *self,
                      OndFileReplace  *file,
                      const char      *path,
                      GError         **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = folder };
  OndXlsxWriter *w = g_new0 (OndXlsxWriter, 1);
  const char *subtitle = ond_xlsx_table_get_subtitle (self);

  w->table = self;
  w->file = file;
  w->path = g_strdup (path);
  w->n_columns = ond_xlsx_table_get_n_columns (self);
  w->kinds = g_new (OndXlsxKind, w->n_columns);
  for (guint col = 0; col < w->n_columns; col++)
    w->kinds[col] = ond_xlsx_table_get_kind (self, col);
  w->widths = g_new0 (guint, w->n_columns);
  w->header_row = subtitle != NULL && subtitle[0] != '\0' ? 2 : 1;
  w->error = LXW_NO_ERROR;

  w->wb = workbook_new_opt (ond_file_replace_get_temp_path (file), &options);
  if (w->wb == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot write “%s”: out of memory."), path);
      _ond_xlsx_writer_free (w);
      return NULL;
    }
  if (!set_properties (self, w->wb, error) || !add_sheet (w, error))
    {
      _ond_xlsx_writer_free (w);
      return NULL;
    }
  return w;
}

/**
 * _ond_xlsx_writer_finish:
 * @w: an #OndXlsxWriter
 * @n_rows: the rows written
 * @error: return location for a #GError
 *
 * Sets the widths, the filter over the @n_rows rows and the page, closes the workbook and
 * renames it over its path. Free @w afterwards, whatever the outcome.
 *
 * Returns: %TRUE when the workbook is in place
 */
gboolean
_ond_xlsx_writer_finish (OndXlsxWriter  *w,
                         guint           n_rows,
                         GError        **error)
{
  lxw_error err;

  set_columns (w);
  set_page (w, n_rows);
  if (!check_writer (w, w->path, error))
    return FALSE;

  err = workbook_close (w->wb);
  w->wb = NULL;
  if (err != LXW_NO_ERROR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot write “%s”: %s"), w->path, lxw_strerror (err));
      return FALSE;
    }
  return ond_file_replace_commit (w->file, error);
}

/* Frees @w; a workbook not finished is dropped, and its temporary file removed. */
void
_ond_xlsx_writer_free (OndXlsxWriter *w)
{
  if (w == NULL)
    return;
  g_clear_pointer (&w->wb, lxw_workbook_free);
  g_clear_pointer (&w->file, ond_file_replace_free);
  g_free (w->path);
  g_free (w->kinds);
  g_free (w->widths);
  g_free (w);
}
