/* bench-server.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The store benchmarks on a team server as well as on a file: when OND_TEST_PG holds the
 * libpq conninfo of a PostgreSQL cluster where they may create databases (the private test
 * cluster that `make bench` starts), each benchmark runs a second time on a new database of
 * that cluster holding the same data as its file (ond_store_init_server, then
 * ond_store_copy_to from the file), and labels its figures with the backend. The databases
 * are made and dropped with plain libpq, as the tests do (tests/ond-test-pg.c). */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The cluster's conninfo (OND_TEST_PG), or NULL when the benchmarks run on files only. */
const char *bench_server_conninfo        (void);

/* A new database on the cluster, set up by ond_store_init_server, into which the whole
 * database @from_file is copied (ond_store_copy_to); @seconds (optional): how long that took.
 * Ends the program when it fails. Transfer full: its postgresql:// URI. */
char       *bench_server_new_database    (const char  *from_file,
                                          double      *seconds);

/* A new empty database on the cluster (not set up), for the reference of a benchmark.
 * Transfer full: its postgresql:// URI. */
char       *bench_server_new_blank       (void);

/* Drops a database made by bench_server_new_database () or bench_server_new_blank (). */
void        bench_server_drop_database   (const char  *uri);

/* "SQLite" for a file, "PostgreSQL" for a server URI: the label of a figure's backend. */
const char *bench_backend_name           (const char  *location);

G_END_DECLS
