/* ond-pg.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndPg is the store's connection to a PostgreSQL server (libpq): connecting by URI,
 * running SQL without parameters, the server's errors in our error domain, and the SQL
 * the store writes with ? parameters rewritten to PostgreSQL's $1, $2, ...
 * Private to the store (src/core/ond-store*.c, ond-statement.c), but for ond_pg_build_uri ()
 * (the window's "Connect to Team Server" dialog) and ond_pg_is_uri ().
 * libpq is loaded (ond-pq.h) by ond_pg_connect () and ond_pg_display_name () only: a file
 * database never loads it; ond_pg_is_uri () and ond_pg_build_uri () do not need it.
 */

#pragma once

#include <glib.h>
#include <libpq-fe.h>

G_BEGIN_DECLS

typedef struct _OndPg OndPg;

/* Whether @location names a server (postgresql:// or postgres://) rather than a file. */
gboolean    ond_pg_is_uri          (const char     *location);
/* "“NAME” on HOST" (after "the server database") for messages: never the password. Without
 * libpq, the address without its password and options. Transfer full. */
char       *ond_pg_display_name    (const char     *uri) G_GNUC_WARN_UNUSED_RESULT;

/* The postgresql:// URI of the database @dbname on @host (a host name, an address, or the
 * folder of the server's socket when it starts with "/"; NULL or "": libpq's default) at
 * @port (0: the default), as @user with @password (each NULL or "": not given), every part
 * percent-encoded. Transfer full. */
char       *ond_pg_build_uri       (const char     *host,
                                    guint           port,
                                    const char     *dbname,
                                    const char     *user,
                                    const char     *password) G_GNUC_WARN_UNUSED_RESULT;

/* Connects to @uri. A wrong URI, an unreachable server, a refused login or libpq missing
 * fail with OND_STORE_ERROR_CONNECTION and the reason. */
OndPg      *ond_pg_connect         (const char     *uri,
                                    GError        **error) G_GNUC_WARN_UNUSED_RESULT;
void        ond_pg_free            (OndPg          *self);
PGconn     *ond_pg_get_conn        (OndPg          *self);

/* Runs @sql (one or more statements, no parameters). */
gboolean    ond_pg_exec            (OndPg          *self,
                                    const char     *sql,
                                    const char     *what,
                                    GError        **error);
/* Every connection LISTENs to one channel: ond_pg_notify_change() inside a transaction tells
 * the others when it commits; ond_pg_poll_outside_changes() reads what arrived and returns
 * how many commits of other connections were seen (from 1, it only grows). It also makes a
 * lost connection again (counted as an outside change: what others did meanwhile is
 * unknown). */
gboolean    ond_pg_notify_change   (OndPg          *self,
                                    GError        **error);
gint64      ond_pg_poll_outside_changes (OndPg     *self);
/* Whether the connection is up, as far as the last exchange with the server showed: FALSE
 * once it was found lost, until ond_pg_poll_outside_changes() made it again. */
gboolean    ond_pg_is_connected    (OndPg          *self);
/* TRUE inside a transaction block, also one that failed and awaits its ROLLBACK. */
gboolean    ond_pg_in_transaction  (OndPg          *self);
/* The user the server knows this connection as. */
const char *ond_pg_get_user        (OndPg          *self);

/* Turns a failed result (or a lost connection when @result is NULL) into our error domain:
 * the SQLSTATE decides the code, as ond_statement_set_error() does for SQLite. */
void        ond_pg_set_error       (GError        **error,
                                    PGconn         *conn,
                                    const PGresult *result,
                                    const char     *what);

/* @sql with every ? (and ?NNN) outside quotes rewritten as $1, $2, ...; *@n_params says how
 * many parameters there are.
 * Transfer full. */
char       *ond_pg_translate_sql   (const char     *sql,
                                    int            *n_params) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OndPg, ond_pg_free)

G_END_DECLS
