/* ond-xlsx-table-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of OndXlsxTable share: ond-xlsx-table.c holds the table (its columns and
 * the cells of its rows, or, while it is written as it is filled, its stream),
 * ond-xlsx-table-file.c writes its file (a temporary one, renamed), ond-xlsx-table-write.c
 * the workbook in it (OndXlsxWriter), ond-xlsx-table-stream.c runs a writer on a thread of
 * its own (OndXlsxStream). Private to core. */

#pragma once

#include "ond-file-replace.h"
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

typedef struct _OndXlsxWriter OndXlsxWriter;
typedef struct _OndXlsxStream OndXlsxStream;

/* ond-xlsx-table.c */
const char        *_ond_xlsx_table_get_column_title (OndXlsxTable  *self,
                                                     guint          column);
/* The cell of @row and @column; a row given too few cells reads as empty there. */
const OndXlsxCell *_ond_xlsx_table_get_cell         (OndXlsxTable  *self,
                                                     guint          row,
                                                     guint          column);
/* From now on the cells added go to @stream (transfer full), not kept. */
void               _ond_xlsx_table_set_stream       (OndXlsxTable  *self,
                                                     OndXlsxStream *stream);
/* Whether the table was (or is being) written as it was filled: its rows are not kept. */
gboolean           _ond_xlsx_table_get_streamed     (OndXlsxTable  *self);
/* The stream, which the table no longer holds (%NULL when it has none); the last row is
 * complete. */
OndXlsxStream     *_ond_xlsx_table_steal_stream     (OndXlsxTable  *self);

/* ond-xlsx-table-write.c */
OndXlsxWriter     *_ond_xlsx_writer_new             (OndXlsxTable    *self,
                                                     OndFileReplace  *file,
                                                     const char      *path,
                                                     GError         **error);
void               _ond_xlsx_writer_add_cell        (OndXlsxWriter     *w,
                                                     guint              row,
                                                     guint              column,
                                                     const OndXlsxCell *cell);
gboolean           _ond_xlsx_writer_finish          (OndXlsxWriter  *w,
                                                     guint           n_rows,
                                                     GError        **error);
void               _ond_xlsx_writer_free            (OndXlsxWriter  *w);

/* ond-xlsx-table-stream.c */
OndXlsxStream     *_ond_xlsx_stream_new             (OndXlsxWriter     *writer);
void               _ond_xlsx_stream_add_cell        (OndXlsxStream     *self,
                                                     guint              row,
                                                     guint              column,
                                                     const OndXlsxCell *cell);
gboolean           _ond_xlsx_stream_finish          (OndXlsxStream  *self,
                                                     guint           n_rows,
                                                     GError        **error);
void               _ond_xlsx_stream_free            (OndXlsxStream  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OndXlsxWriter, _ond_xlsx_writer_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OndXlsxStream, _ond_xlsx_stream_free)

G_END_DECLS
