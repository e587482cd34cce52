/* ond-test-pg.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The store tests on a team server: with OND_TEST_BACKEND=postgresql they run against a
 * fresh database of the private test cluster that `make check` starts (OND_TEST_PG, a libpq
 * conninfo such as "host=/tmp/ond-pg-XXXX user=postgres"), instead of a file. Each database
 * is a copy of one set up (--init-server) and seeded once per test program. Plain libpq
 * reads from outside the store, as plain SQLite does for a file.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether this run is the PostgreSQL run of the tests (OND_TEST_BACKEND=postgresql). */
gboolean  ond_test_pg_wanted          (void);
/* A new database with the seeded plan: its postgresql:// URI. Transfer full. */
char     *ond_test_pg_new_database    (void);
/* A new database that is set up (--init-server) but holds no data. Transfer full. */
char     *ond_test_pg_new_empty       (void);
/* A new database without anything in it (not set up). Transfer full. */
char     *ond_test_pg_new_blank       (void);
void      ond_test_pg_drop_database   (const char  *uri);

/* For a test that opens a store itself: where its database goes. @file_name in @dir (a file
 * that does not exist yet), or in the PostgreSQL run a fresh seeded server database (what a
 * new file holds once the store opened it). Transfer full. */
/* Whom the store records as the user (who) in the database @path: the user of this
 * computer for a file, the database user (session_user, read from the server) for a server
 * database. */
const char *ond_test_user_name        (const char  *path);

char     *ond_test_db_new             (const char  *dir,
                                       const char  *file_name);
/* Removes a database made by ond_test_db_new (): drops the server database, or removes the
 * file and its side files (ond_test_remove_db ()). NULL is allowed. */
void      ond_test_db_drop            (const char  *path);

/* Plain libpq on @uri: @param is bound to every ? of @sql (as in test-case-util.h). */
gint64    ond_test_pg_int             (const char  *uri,
                                       const char  *sql,
                                       gint64       param);
char     *ond_test_pg_text            (const char  *uri,
                                       const char  *sql,
                                       gint64       param);
/* The first column of the first row of @sql with the text @param bound to every ?; 0 when
 * there is none. */
gint64    ond_test_pg_int_for_text    (const char  *uri,
                                       const char  *sql,
                                       const char  *param);
void      ond_test_pg_exec            (const char  *uri,
                                       const char  *sql);
/* Every row of @sql, columns joined by "|", rows by "\n"; NULL shown as "<null>". */
char     *ond_test_pg_rows            (const char  *uri,
                                       const char  *sql);
/* The same with @param bound to every ? of @sql. */
char     *ond_test_pg_rows_for        (const char  *uri,
                                       const char  *sql,
                                       gint64       param);
/* Every row of @sql with the text @param (NULL: none) bound to every ?: each row a GPtrArray
 * of its columns as text, NULL where the value is NULL (test-case-util.h, sql_table). */
GPtrArray *ond_test_pg_table          (const char  *uri,
                                       const char  *sql,
                                       const char  *param);

G_END_DECLS
