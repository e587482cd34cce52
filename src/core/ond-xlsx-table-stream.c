/* ond-xlsx-table-stream.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndXlsxStream: an OndXlsxWriter on a thread of its own, for a table written as it is
 * filled (ond_xlsx_table_begin_write ()). The thread that fills the table copies the cells
 * into batches and goes on reading its list, while the writer's thread writes them into
 * the sheet: the two overlap. Four batches go round between the two (a full one to the
 * writer, an empty one back), so the memory stays the same however long the list. The
 * writer's thread is the only one to touch the workbook until it is joined; then the
 * workbook is finished on the thread that called _ond_xlsx_stream_finish (). */

#define G_LOG_DOMAIN "ond-xlsx-table"

#include "config.h"

#include <string.h>

#include "ond-xlsx-table-private.h"

/* Cells in a batch, and the batches that go round. */
#define BATCH_CELLS 4096
#define N_BATCHES   4

/* A cell of a batch; a text is at offset @text of the batch's texts. */
typedef struct
{
  OndXlsxCellType type;
  guint           row;
  guint           column;
  gint64          number;
  gsize           text;
} QueuedCell;

typedef struct
{
  GArray   *cells;   /* QueuedCell, empty cells left out */
  GString  *texts;   /* each text with its nul */
  gboolean  last;    /* the writer's thread ends after this batch */
} Batch;

struct _OndXlsxStream
{
  OndXlsxWriter *writer;
  GThread       *thread;     /* NULL once joined */
  GAsyncQueue   *full;       /* Batch *, to be written */
  GAsyncQueue   *empty;      /* Batch *, written, to be filled again */
  Batch         *batch;      /* being filled */
};

static Batch *
batch_new (void)
{
  Batch *batch = g_new0 (Batch, 1);

  batch->cells = g_array_sized_new (FALSE, FALSE, sizeof (QueuedCell), BATCH_CELLS);
  batch->texts = g_string_sized_new (64 * 1024);
  return batch;
}

static void
batch_free (Batch *batch)
{
  g_array_unref (batch->cells);
  g_string_free (batch->texts, TRUE);
  g_free (batch);
}

/* The writer's thread: writes each batch, in order, and gives it back empty. */
static gpointer
write_batches (gpointer data)
{
  OndXlsxStream *self = data;
  gboolean last = FALSE;

  while (!last)
    {
      Batch *batch = g_async_queue_pop (self->full);

      for (guint i = 0; i < batch->cells->len; i++)
        {
          const QueuedCell *queued = &g_array_index (batch->cells, QueuedCell, i);
          OndXlsxCell cell = { queued->type, queued->number, NULL };

          if (queued->type == OND_XLSX_CELL_TEXT)
            cell.text = batch->texts->str + queued->text;
          _ond_xlsx_writer_add_cell (self->writer, queued->row, queued->column, &cell);
        }
      last = batch->last;
      g_array_set_size (batch->cells, 0);
      g_string_truncate (batch->texts, 0);
      batch->last = FALSE;
      g_async_queue_push (self->empty, batch);
    }
  return NULL;
}

/* Sends the batch being filled as the last one and waits for the writer's thread to end. */
static void
join (OndXlsxStream *self)
{
  if (self->thread == NULL)
    return;
  self->batch->last = TRUE;
  g_async_queue_push (self->full, g_steal_pointer (&self->batch));
  g_thread_join (g_steal_pointer (&self->thread));
}

/* Starts a thread writing with @writer (transfer full). */
OndXlsxStream *
_ond_xlsx_stream_new (OndXlsxWriter *writer)
{
  OndXlsxStream *self = g_new0 (OndXlsxStream, 1);

  self->writer = writer;
  self->full = g_async_queue_new ();
  self->empty = g_async_queue_new ();
  for (guint i = 1; i < N_BATCHES; i++)
    g_async_queue_push (self->empty, batch_new ());
  self->batch = batch_new ();
  self->thread = g_thread_new ("ond-xlsx-writer", write_batches, self);
  return self;
}

/* Queues @cell (its text is copied) for row @row and column @column. */
void
_ond_xlsx_stream_add_cell (OndXlsxStream     *self,
                           guint              row,
                           guint              column,
                           const OndXlsxCell *cell)
{
  QueuedCell queued = { cell->type, row, column, cell->number, 0 };

  g_assert (self->thread != NULL);

  if (cell->type == OND_XLSX_CELL_EMPTY)
    return;
  if (cell->type == OND_XLSX_CELL_TEXT)
    {
      queued.text = self->batch->texts->len;
      g_string_append_len (self->batch->texts, cell->text, (gssize) strlen (cell->text) + 1);
    }
  g_array_append_val (self->batch->cells, queued);

  if (self->batch->cells->len >= BATCH_CELLS)
    {
      g_async_queue_push (self->full, g_steal_pointer (&self->batch));
      self->batch = g_async_queue_pop (self->empty);
    }
}

/* Writes what is queued and finishes the workbook (_ond_xlsx_writer_finish ()). Free @self
 * afterwards, whatever the outcome. */
gboolean
_ond_xlsx_stream_finish (OndXlsxStream  *self,
                         guint           n_rows,
                         GError        **error)
{
  join (self);
  return _ond_xlsx_writer_finish (self->writer, n_rows, error);
}

/* Frees @self; a workbook not finished is dropped, and its temporary file removed. */
void
_ond_xlsx_stream_free (OndXlsxStream *self)
{
  Batch *batch;

  if (self == NULL)
    return;
  join (self);
  while ((batch = g_async_queue_try_pop (self->empty)) != NULL)
    batch_free (batch);
  g_async_queue_unref (self->empty);
  g_async_queue_unref (self->full);
  _ond_xlsx_writer_free (self->writer);
  g_free (self);
}
