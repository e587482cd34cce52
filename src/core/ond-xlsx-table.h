/* ond-xlsx-table.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndXlsxTable: a table of rows, written as a workbook of one sheet. A list of the window
 * exports what it shows through it (src/gui/ond-list-export.c), and so does the case list
 * (ond_case_export_xlsx), which writes its rows as they are added (ond_xlsx_table_begin_write
 * (), in constant memory). A table that keeps its rows is filled on one thread and may then
 * be written on another: once written to, it is only read.
 *
 * The sheet: the title in the first row (and a line below it, if given), then the bold header
 * row, frozen and with an autofilter over the rows, each column as wide as its content (a
 * text that does not fit the widest column allowed, or of more lines, wraps);
 * printed landscape on A4, one page wide, the header row on every page. A date is a real date
 * shown dd-mm-jjjj, a count a number, an amount (cents) a number of euros in the format of the
 * council workbook (€ 1.234,56), a yes/no a number 1 or 0 shown as the words Yes and No.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * OndXlsxKind:
 * @OND_XLSX_TEXT: text, wrapped when wider than a column may be or of more than one line
 * @OND_XLSX_DATE: an ISO date (YYYY-MM-DD) in, an Excel date shown dd-mm-jjjj out
 * @OND_XLSX_COUNT: a whole number
 * @OND_XLSX_MONEY: cents in, euros out with the euro number format
 * @OND_XLSX_YES_NO: a boolean, shown as Yes or No (in the language of the user interface)
 *
 * What a column holds, and so how its cells are written.
 */
typedef enum
{
  OND_XLSX_TEXT,
  OND_XLSX_DATE,
  OND_XLSX_COUNT,
  OND_XLSX_MONEY,
  OND_XLSX_YES_NO,
} OndXlsxKind;

#define OND_TYPE_XLSX_TABLE (ond_xlsx_table_get_type ())
G_DECLARE_FINAL_TYPE (OndXlsxTable, ond_xlsx_table, OND, XLSX_TABLE, GObject)

/* Adds the cells of row @row (ond_xlsx_table_add_text () and the like), for
 * ond_xlsx_table_add_rows (). */
typedef void (*OndXlsxRowFunc) (OndXlsxTable *table,
                                guint         row,
                                gpointer      user_data);

OndXlsxTable *ond_xlsx_table_new            (const char     *title) G_GNUC_WARN_UNUSED_RESULT;

const char   *ond_xlsx_table_get_title      (OndXlsxTable   *self);
const char   *ond_xlsx_table_get_subtitle   (OndXlsxTable   *self);
const char   *ond_xlsx_table_get_subject    (OndXlsxTable   *self);
gboolean      ond_xlsx_table_get_personal   (OndXlsxTable   *self);
guint         ond_xlsx_table_get_n_columns  (OndXlsxTable   *self);
guint         ond_xlsx_table_get_n_rows     (OndXlsxTable   *self);

/* A line below the title (what the rows are: a search, a filter, a date). */
void          ond_xlsx_table_set_subtitle   (OndXlsxTable   *self,
                                             const char     *subtitle);
/* The document's subject property. */
void          ond_xlsx_table_set_subject    (OndXlsxTable   *self,
                                             const char     *subject);
/* Personal data: the file is readable by its owner only, and its properties say so. */
void          ond_xlsx_table_set_personal   (OndXlsxTable   *self,
                                             gboolean        personal);

guint         ond_xlsx_table_add_column     (OndXlsxTable   *self,
                                             const char     *title,
                                             OndXlsxKind     kind);
OndXlsxKind   ond_xlsx_table_get_kind       (OndXlsxTable   *self,
                                             guint           column);

/* A new row; its cells follow, one per column, in order. A row given fewer cells than there
 * are columns ends with empty ones. */
void          ond_xlsx_table_begin_row      (OndXlsxTable   *self);
/* A text cell (a text column; %NULL or "" is empty). */
void          ond_xlsx_table_add_text       (OndXlsxTable   *self,
                                             const char     *text);
/* A date cell (a date column; %NULL or "" is empty, a text that is no date stays text). */
void          ond_xlsx_table_add_date       (OndXlsxTable   *self,
                                             const char     *iso);
/* A number cell (a count column, or cents in a money column). */
void          ond_xlsx_table_add_number     (OndXlsxTable   *self,
                                             gint64          value);
/* A yes/no cell (a yes/no column). */
void          ond_xlsx_table_add_boolean    (OndXlsxTable   *self,
                                             gboolean        value);
void          ond_xlsx_table_add_empty      (OndXlsxTable   *self);
/* Adds @n_rows rows, calling @func for each to add its cells. */
void          ond_xlsx_table_add_rows       (OndXlsxTable   *self,
                                             guint           n_rows,
                                             OndXlsxRowFunc  func,
                                             gpointer        user_data);

gboolean      ond_xlsx_table_write          (OndXlsxTable   *self,
                                             const char     *path,
                                             GError        **error);

/* Writing a long list as it is added, without keeping its rows: begin (before the first row),
 * add the rows, end. */
gboolean      ond_xlsx_table_begin_write    (OndXlsxTable   *self,
                                             const char     *path,
                                             GError        **error);
gboolean      ond_xlsx_table_end_write      (OndXlsxTable   *self,
                                             GError        **error);

G_END_DECLS
