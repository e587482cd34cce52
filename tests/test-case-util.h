/* test-case-util.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the case tests share: a fixture with a fresh database, drafts, cases driven to a
 * status, and plain-SQLite reads from outside the store (counts, a snapshot of every case
 * table to prove that a refused change wrote nothing). */

#pragma once

#include "ond-case-draft.h"
#include "ond-case-workflow.h"
#include "ond-store.h"

G_BEGIN_DECLS

typedef struct
{
  char      *dir;
  char      *path;
  OndStore  *store;
  GDateTime *today;   /* fixed: 2025-06-15 */
} Fixture;

void          fixture_set_up    (Fixture       *f,
                                 gconstpointer  data);
void          fixture_tear_down (Fixture       *f,
                                 gconstpointer  data);
/* Another store on @f's database (its file, or its server database), as a colleague's copy
 * of the application opens it: for the tests of edits under concurrency. Transfer full. */
OndStore     *second_client     (Fixture       *f) G_GNUC_WARN_UNUSED_RESULT;

#define ADD_TEST(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)

/* Plain SQLite on the file, outside the store, or plain libpq when @path is a server
 * database (the PostgreSQL run, ond-test-pg.h). @param is bound to every "?" of @sql. */
gint64        sql_int           (const char    *path,
                                 const char    *sql,
                                 gint64         param);
char         *sql_text          (const char    *path,
                                 const char    *sql,
                                 gint64         param);
void          sql_exec          (const char    *path,
                                 const char    *sql);
/* Every row of @sql (no parameters), each column as text followed by "|" ("<null>" for
 * NULL), one line per row: the same text from a file and from a server database. */
char         *sql_rows          (const char    *path,
                                 const char    *sql);
/* The same with @param bound to every "?" of @sql. */
char         *sql_rows_for      (const char    *path,
                                 const char    *sql,
                                 gint64         param);
/* The one column of every row of @sql (@param bound to every "?"), NULLs left out, joined
 * by @separator; NULL when there is none: what group_concat gave, on both backends. */
char         *sql_list          (const char    *path,
                                 const char    *sql,
                                 gint64         param,
                                 const char    *separator);
/* Every row of @sql with the text @param bound to every "?" (NULL: no parameter): each row a
 * GPtrArray of its columns as text, NULL where the value is NULL. For texts that may hold
 * "|" or line breaks, which sql_rows cannot keep apart. Transfer full. */
GPtrArray    *sql_table         (const char    *path,
                                 const char    *sql,
                                 const char    *param);
/* Every row of every table, as text, in a fixed order: to compare a database before and
 * after a change (on one backend; the order is not the same on both). */
char         *dump_all_tables   (const char    *path);
/* A checksum of every row of every table a case change may touch. */
char         *snapshot          (Fixture       *f);
gint64        count_rows        (Fixture       *f,
                                 const char    *table,
                                 gint64         case_id);
/* The whole row of @table with @id and the number of lines of the access log, as text: the
 * same before and after a refused save (the conflict tests) proves that it wrote nothing. */
char         *table_row_state   (Fixture       *f,
                                 const char    *table,
                                 gint64         id);
/* The row_version of the row of @table with @id. */
gint64        table_row_version (Fixture       *f,
                                 const char    *table,
                                 gint64         id);
/* The first planning row (the lowest id). */
gint64        first_plan_item   (Fixture       *f);

gint64        partner_id        (Fixture       *f,
                                 const char    *short_name);
gint64        intervention_id   (Fixture       *f,
                                 const char    *name);
gint64        theme_id          (Fixture       *f,
                                 const char    *name);
gint64        area_id           (Fixture       *f,
                                 const char    *name);
/* ISO date @days from the real today (the store checks follow-up dates against it). */
char         *day_from_now      (int            days);

/* A good draft: MMA, theme Drugs, area Crabbehof, a person, an address and a summary. */
OndCaseDraft *make_draft        (Fixture       *f,
                                 const char    *date,
                                 const char    *subject);
gint64        new_case          (Fixture       *f,
                                 const char    *date,
                                 const char    *subject);
/* Brings a new case to @status through the store (closing: outcome effectief). */
void          drive_case        (Fixture       *f,
                                 gint64         id,
                                 OndCaseStatus  status);
/* A new case of 2025 brought to @status through the store. */
gint64        new_case_in       (Fixture       *f,
                                 OndCaseStatus  status);

/* Closes @f's store and rebuilds its file (SQLite) as an older version (6 or later) holds
 * it, with the same rows: the schema of migrations 1..@version made with plain SQLite, then
 * every row of the file without the columns the later migrations add. For the tests of a
 * migration: opening the file again must bring it up to date. */
void          fixture_rebuild_at_version (Fixture *f,
                                          guint    version);

/* A column a migration from 7 on adds to a table that holds rows. */
typedef struct
{
  guint       version;
  const char *table;
  const char *column;
} AddedColumn;

/* Every such column, in the order of the migrations (@n_columns: their number): a new
 * migration adds its own to this one list, in test-case-util.c. */
const AddedColumn *added_columns_list     (guint *n_columns);
/* "ALTER TABLE … DROP COLUMN …;" for every column the migrations after @version add: what
 * takes a server database back to @version. Transfer full. */
char              *added_columns_drop_sql (guint  version) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
