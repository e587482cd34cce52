/* ond-store-copy-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of the copy between a file and a team server share (ond-store-copy.c: the
 * schema, the order and the rows; ond-store-copy-check.c: the checks of both sides, the ids
 * given next, and the comparison afterwards). */

#pragma once

#include "ond-store-private.h"

G_BEGIN_DECLS

/* One table of the schema of this version, as a new database has it. */
typedef struct
{
  char      *name;
  GPtrArray *columns;        /* char *, in the schema's order */
  GArray    *is_integer;     /* gboolean per column: an INTEGER column, bound as one */
  GPtrArray *key;            /* the primary key's columns, in the key's order */
  GPtrArray *parents;        /* the other tables its foreign keys refer to */
  gboolean   has_id;         /* its key is "id": an identity on a server */
  int        id_column;      /* where "id" is among the columns */
  gboolean   autoincrement;  /* in a file, the highest id given is kept in sqlite_sequence */
  gint64     fresh_rows;     /* the rows a new database holds already (vocabularies) */
  gint64     source_rows;    /* the rows of the source, counted before the copy */
  gint64     n_rows;         /* the rows copied */
  gint64     max_id;         /* the highest id copied */
} OndCopyTable;

/* Every this many rows the progress function hears how far the copy is. */
#define OND_COPY_PROGRESS_ROWS 200

/* Whom a copy tells how far it is, and whether it was cancelled. */
typedef struct
{
  OndStoreCopyProgressFunc  func;
  gpointer                  user_data;
  GCancellable             *cancellable;
  OndStoreCopyProgress      progress;
} OndCopyRun;

/* Tells @run's function (if any) that @table (the @index-th, from 0) is at hand. */
void        _ond_copy_report        (OndCopyRun   *run,
                                     OndCopyTable *table,
                                     guint         index);
/* Counts one row of the stage at hand, and tells every OND_COPY_PROGRESS_ROWS rows. FALSE
 * with G_IO_ERROR_CANCELLED set when the copy was cancelled. */
gboolean    _ond_copy_count_row     (OndCopyRun   *run,
                                     OndCopyTable *table,
                                     guint         index,
                                     GError      **error);

/* Every table of the schema (OndCopyTable), parents first: the order of the copy. */
GPtrArray  *_ond_copy_read_schema   (GError      **error) G_GNUC_WARN_UNUSED_RESULT;
/* “file.db” or the server database “name” on host. Transfer full. */
char       *_ond_copy_describe      (const char   *location) G_GNUC_WARN_UNUSED_RESULT;
/* The refusals that need no database: the same database, a kind of copy that is not
 * supported, a file that exists. */
gboolean    _ond_copy_check_locations (OndStore   *self,
                                       const char *to,
                                       GError    **error);
/* Whether @store has exactly the tables and columns of @schema (a server its version table
 * too), else an error naming the table. */
gboolean    _ond_copy_check_tables  (OndStore     *store,
                                     GPtrArray    *schema,
                                     GError      **error);
/* Moves the ids @to gives next past every id @from gave: the identity sequences of a server,
 * the sqlite_sequence of a file. Inside the copy's transaction. */
gboolean    _ond_copy_move_ids      (OndStore     *from,
                                     OndStore     *to,
                                     GPtrArray    *schema,
                                     GError      **error);
/* Counts and compares every table on both sides: the same rows, the same values. A
 * difference fails naming the table. */
gboolean    _ond_copy_compare       (OndStore     *from,
                                     OndStore     *to,
                                     GPtrArray    *schema,
                                     OndCopyRun   *run,
                                     GError      **error);

G_END_DECLS
