/* ond-xlsx-table-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of OndXlsxTable share: ond-xlsx-table.c holds the table (its columns and
 * the cells of its rows), ond-xlsx-table-file.c writes its file (a temporary one, renamed),
 * ond-xlsx-table-write.c the workbook in it. Private to core. */

#pragma once

#include "ond-xlsx-table.h"

G_BEGIN_DECLS

typedef enum
{
  OND_XLSX_CELL_EMPTY,
  OND_XLSX_CELL_TEXT,
  OND_XLSX_CELL_DATE,      /* year, month and day packed in @number as YYYYMMDD */
  OND_XLSX_CELL_NUMBER,    /* a count, or cents in a money column */
  OND_XLSX_CELL_BOOLEAN,   /* @number 1 or 0 */
} OndXlsxCellType;

typedef struct
{
  OndXlsxCellType  type;
  gint64           number;
  char            *text;
} OndXlsxCell;

/* ond-xlsx-table.c */
const char        *_ond_xlsx_table_get_column_title (OndXlsxTable *self,
                                                     guint         column);
/* The cell of @row and @column; a row given too few cells reads as empty there. */
const OndXlsxCell *_ond_xlsx_table_get_cell         (OndXlsxTable *self,
                                                     guint         row,
                                                     guint         column);

/* ond-xlsx-table-write.c */
/* Writes the workbook to @tmp_path, which exists; libxlsxwriter's own temporary files go to
 * @folder. */
gboolean           _ond_xlsx_table_write_workbook   (OndXlsxTable *self,
                                                     const char   *tmp_path,
                                                     const char   *folder,
                                                     const char   *path,
                                                     GError      **error);

G_END_DECLS
