/* test-register-conflict-util.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the tests of edits under concurrency of the four registers of "Controles &
 * maatregelen" share (test-register-conflict.c, test-register-conflict-deleted.c): each
 * register's table, how to add a record, the other client's change and the user's and what
 * the compare must list for it; the store calls by the record's type; the state of a record's
 * row as plain SQL reads it. */

#pragma once

#include "ond-store-register-conflict.h"
#include "test-case-util.h"

G_BEGIN_DECLS

/* One register: its table, how to add a record, the other client's change and the user's,
 * and what the compare must list for it (ExpectFunc). */
typedef struct _Register Register;

typedef GObject  *(*AddFunc)    (Fixture       *f);
typedef GObject  *(*EditFunc)   (Fixture       *f,
                                 GObject       *opened);
typedef void      (*ExpectFunc) (Fixture       *f,
                                 GObject       *opened,
                                 GPtrArray     *changes);

struct _Register
{
  const char *table;
  GType     (*get_type) (void);
  AddFunc     add;
  EditFunc    theirs;
  EditFunc    mine;
  ExpectFunc  expect;
  /* A text column the user's change sets, and its value after the user's save. */
  const char *mine_sql;
  const char *mine_value;
  /* The same for the other client's change, which the user's save after reading again
   * keeps. */
  const char *theirs_sql;
  const char *theirs_value;
};

/* Controls, measures, stop talks and activities. */
#define N_REGISTERS 4

extern const Register registers[N_REGISTERS];

/* Store calls by the record's type. */
gint64    save_record     (OndStore    *store,
                           GObject     *record,
                           GError     **error);
gboolean  delete_record   (OndStore    *store,
                           GObject     *record,
                           GError     **error);
gint64    restore_record  (OndStore    *store,
                           GObject     *record,
                           GError     **error);
gint64    id_of           (GObject     *record);
gint64    row_version_of  (GObject     *record);
void      set_row_version (gpointer     record,
                           gint64       version);
/* @id of @type as @store reads it (it must be there). Transfer full. */
GObject  *read_record     (OndStore    *store,
                           GType        type,
                           gint64       id);
/* The whole row of @table with @id, a control's partners and the number of lines of the
 * access log. */
char     *row_state       (Fixture     *f,
                           const char  *table,
                           gint64       id);

G_END_DECLS
