/* ond-xlsx-export-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the parts of the council workbook share: ond-xlsx-export.c reads the report and writes
 * the file, ond-xlsx-format.c writes the cells of a sheet, ond-xlsx-sheets.c the sheets
 * Planning, Begroting and Menukaart, ond-xlsx-council.c the sheets Monitoring and Casussen
 * (from the OndReport). Private to core.
 */

#pragma once

#include <xlsxwriter.h>

#include "ond-xlsx-money.h"

#include "ond-plan.h"
#include "ond-report.h"
#include "ond-store.h"

G_BEGIN_DECLS

/* The Monitoring sheet has three columns before the baseline and the years, three after. */
#define MAX_YEARS    13
#define MAX_COLUMNS  (MAX_YEARS + 7)

typedef struct
{
  lxw_format *header;
  lxw_format *text;
  lxw_format *wrap;
  lxw_format *mark;
  lxw_format *money;
  lxw_format *section;
  lxw_format *total_label;
  lxw_format *total_money;
  lxw_format *difference;
  lxw_format *count;
  lxw_format *total_count;
  lxw_format *missing;
} Formats;

/* One worksheet being written: the widest content of each column, and the first error. */
typedef struct
{
  lxw_worksheet *ws;
  const char    *name;
  const Formats *formats;
  guint          n_columns;
  guint          widths[MAX_COLUMNS];
  lxw_error      error;
  lxw_row_t      error_row;
  lxw_col_t      error_col;
} Sheet;

/* Everything the workbook shows, read from the store in a council scope before any file is
 * touched: the OndReport, as its snapshot reads back (a workbook on record is made again
 * from its snapshot), with the plan's years. */
typedef struct
{
  OndReport  *council;
  int         year;
  int         first_year;
  int         n_years;
} Report;

/* ond-xlsx-format.c */

/* Valid UTF-8 without the control characters XML cannot carry (transfer full). */
char          *_ond_xlsx_clean_text    (const char     *text) G_GNUC_WARN_UNUSED_RESULT;
void           _ond_xlsx_make_formats  (lxw_workbook   *wb,
                                        Formats        *formats);
/* Adds the worksheet @name, or sets @error. */
lxw_worksheet *_ond_xlsx_add_sheet     (lxw_workbook   *wb,
                                        const char     *name,
                                        GError        **error);
void           _ond_xlsx_sheet_init    (Sheet          *self,
                                        lxw_worksheet  *ws,
                                        const char     *name,
                                        const Formats  *formats);
/* Writes @text; an empty or %NULL text leaves the cell empty. */
void           _ond_xlsx_sheet_text    (Sheet          *self,
                                        lxw_row_t       row,
                                        lxw_col_t       col,
                                        const char     *text,
                                        lxw_format     *format);
/* An empty cell that still carries @format (a border across the row). */
void           _ond_xlsx_sheet_blank   (Sheet          *self,
                                        lxw_row_t       row,
                                        lxw_col_t       col,
                                        lxw_format     *format);
void           _ond_xlsx_sheet_int     (Sheet          *self,
                                        lxw_row_t       row,
                                        lxw_col_t       col,
                                        int             value,
                                        lxw_format     *format);
void           _ond_xlsx_sheet_money   (Sheet          *self,
                                        lxw_row_t       row,
                                        lxw_col_t       col,
                                        gint64          cents,
                                        lxw_format     *format);
/* A count, or a figure's value: a whole number. */
void           _ond_xlsx_sheet_count   (Sheet          *self,
                                        lxw_row_t       row,
                                        lxw_col_t       col,
                                        gint64          value,
                                        lxw_format     *format);
/* A formula over counts with the value it computes, which the caller worked out. */
void           _ond_xlsx_sheet_count_formula (Sheet      *self,
                                              lxw_row_t   row,
                                              lxw_col_t   col,
                                              const char *formula,
                                              gint64      value,
                                              lxw_format *format);
/* A formula with the value it computes, which the caller worked out in cents. */
void           _ond_xlsx_sheet_formula (Sheet          *self,
                                        lxw_row_t       row,
                                        lxw_col_t       col,
                                        const char     *formula,
                                        gint64          cents,
                                        lxw_format     *format);
/* Column widths, the frozen and filtered header row, and the printed page. */
void           _ond_xlsx_sheet_finish  (Sheet          *self,
                                        lxw_row_t       last_filter_row,
                                        lxw_col_t       last_filter_col);
/* %FALSE with @error set when writing a cell of the sheet failed. */
gboolean       _ond_xlsx_sheet_check   (Sheet          *self,
                                        GError        **error);

/* ond-xlsx-sheets.c */

gboolean       _ond_xlsx_write_planning  (lxw_workbook   *wb,
                                          const Formats  *formats,
                                          const Report   *report,
                                          GError        **error);
gboolean       _ond_xlsx_write_budget    (lxw_workbook   *wb,
                                          const Formats  *formats,
                                          const Report   *report,
                                          GError        **error);
gboolean       _ond_xlsx_write_menukaart (lxw_workbook   *wb,
                                          const Formats  *formats,
                                          const Report   *report,
                                          GError        **error);

/* ond-xlsx-council.c */

gboolean       _ond_xlsx_write_monitoring (lxw_workbook  *wb,
                                           const Formats *formats,
                                           const Report  *report,
                                           GError       **error);
gboolean       _ond_xlsx_write_cases      (lxw_workbook  *wb,
                                           const Formats *formats,
                                           const Report  *report,
                                           GError       **error);

G_END_DECLS
