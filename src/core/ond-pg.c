/* ond-pg.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The store's connection to a PostgreSQL server: see ond-pg.h. */

#define G_LOG_DOMAIN "ond-pg"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ond-pg.h"
#include "ond-pq.h"
#include "ond-store.h"

/* The channel every store on a server listens on; each commit notifies it. */
#define CHANGES_CHANNEL "ond_changes"

struct _OndPg
{
  PGconn *conn;
  char   *user;
  gint64  outside_changes;   /* commits of other connections seen, from 1 */
};

gboolean
ond_pg_is_uri (const char *location)
{
  return location != NULL &&
         (g_str_has_prefix (location, "postgresql://") ||
          g_str_has_prefix (location, "postgres://"));
}

static const char *
conninfo_value (PQconninfoOption *options,
                const char       *keyword)
{
  for (PQconninfoOption *o = options; o != NULL && o->keyword != NULL; o++)
    {
      if (strcmp (o->keyword, keyword) == 0 && o->val != NULL && *o->val != '\0')
        return o->val;
    }
  return NULL;
}

static char *
display_name_without_libpq (const char *uri)
{
  g_autoptr(GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_HAS_PASSWORD | G_URI_FLAGS_ENCODED |
                                             G_URI_FLAGS_NON_DNS, NULL);

  if (parsed == NULL)
    return g_strdup (_("(an address that cannot be read)"));
  return g_uri_to_string_partial (parsed, G_URI_HIDE_PASSWORD | G_URI_HIDE_QUERY |
                                          G_URI_HIDE_FRAGMENT);
}

char *
ond_pg_display_name (const char *uri)
{
  PQconninfoOption *options;
  const char *dbname;
  const char *service;
  const char *host;
  char *display;

  g_return_val_if_fail (uri != NULL, NULL);

  /* Without libpq its reading of the address is not at hand: the address itself, but for
   * its password and options. */
  if (!ond_pq_load (NULL))
    return display_name_without_libpq (uri);
  options = ond_pq ()->PQconninfoParse (uri, NULL);
  if (options == NULL)
    return g_strdup (_("(an address that cannot be read)"));

  dbname = conninfo_value (options, "dbname");
  service = conninfo_value (options, "service");
  host = conninfo_value (options, "host");
  if (service != NULL && dbname == NULL)
    /* Translators: %s is the name of a PostgreSQL service (pg_service.conf); the text
     * follows "the server database". */
    display = g_strdup_printf (_("of service “%s”"), service);
  else if (host != NULL && !g_str_has_prefix (host, "/"))
    /* Translators: a database on a team server: its name, then the server's host name; the
     * text follows "the server database". */
    display = g_strdup_printf (_("“%s” on %s"), dbname != NULL ? dbname : "", host);
  else
    /* Translators: a database on a team server on this computer: its name; the text
     * follows "the server database". */
    display = g_strdup_printf (_("“%s” on this computer"), dbname != NULL ? dbname : "");
  ond_pq ()->PQconninfoFree (options);
  return display;
}

static gboolean
is_given (const char *text)
{
  return text != NULL && *text != '\0';
}

static void
append_escaped (GString    *uri,
                const char *text)
{
  g_autofree char *escaped = g_uri_escape_string (text, NULL, FALSE);

  g_string_append (uri, escaped);
}

char *
ond_pg_build_uri (const char *host,
                  guint       port,
                  const char *dbname,
                  const char *user,
                  const char *password)
{
  GString *uri = g_string_new ("postgresql://");
  /* A socket folder cannot stand where a host name does: it goes in the query, with the
   * port (which names the socket file in it). */
  gboolean in_query = !is_given (host) || host[0] == '/';
  char separator = '?';

  if (is_given (user))
    {
      append_escaped (uri, user);
      if (is_given (password))
        {
          g_string_append_c (uri, ':');
          append_escaped (uri, password);
        }
      g_string_append_c (uri, '@');
    }
  if (!in_query)
    {
      /* An IPv6 address is written in brackets. */
      if (strchr (host, ':') != NULL)
        {
          g_string_append_c (uri, '[');
          g_string_append (uri, host);
          g_string_append_c (uri, ']');
        }
      else
        append_escaped (uri, host);
      if (port != 0)
        g_string_append_printf (uri, ":%u", port);
    }
  g_string_append_c (uri, '/');
  if (is_given (dbname))
    append_escaped (uri, dbname);
  if (in_query && is_given (host))
    {
      g_string_append_printf (uri, "%chost=", separator);
      append_escaped (uri, host);
      separator = '&';
    }
  if (in_query && port != 0)
    g_string_append_printf (uri, "%cport=%u", separator, port);
  return g_string_free (uri, FALSE);
}

/* Server notices (a NOTICE of a DDL statement, say) go to the debug log, not stderr. */
static void
notice_cb (void       *user_data,
           const char *message)
{
  g_debug ("server: %s", message);
}

/* libpq's messages end with a newline and may run over several lines (a hint after a tab):
 * one line, for a dialog or a command line's one line of error. */
static char *
trimmed_message (const char *message)
{
  char *text = g_strstrip (g_strdup (message != NULL ? message : ""));
  char *out = text;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\n' || *p == '\t' || *p == '\r')
        {
          if (out > text && out[-1] != ' ')
            *out++ = ' ';
          continue;
        }
      *out++ = *p;
    }
  *out = '\0';
  return text;
}

OndPg *
ond_pg_connect (const char  *uri,
                GError     **error)
{
  g_autoptr(OndPg) self = NULL;
  g_autofree char *display = NULL;
  char *parse_error = NULL;
  PQconninfoOption *options;

  g_return_val_if_fail (uri != NULL, NULL);

  if (!ond_pq_load (error))
    return NULL;
  display = ond_pg_display_name (uri);

  /* A URI libpq cannot read is refused before anything is sent anywhere. */
  options = ond_pq ()->PQconninfoParse (uri, &parse_error);
  if (options == NULL)
    {
      g_autofree char *reason = trimmed_message (parse_error);
      char *echo = strstr (reason, " in URI");

      /* libpq repeats the address, which may hold a password: not in our message. */
      if (echo != NULL)
        *echo = '\0';
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONNECTION,
                   _("The team server address is not valid: %s."), reason);
      ond_pq ()->PQfreemem (parse_error);
      return NULL;
    }
  ond_pq ()->PQconninfoFree (options);

  self = g_new0 (OndPg, 1);
  {
    /* The encoding is a connection option, so that a reconnection (PQreset) keeps it. A
     * server that does not answer is given up after 10 seconds (libpq would wait for the
     * system's TCP timeout), unless the address sets its own connect_timeout: the keywords
     * after "dbname" override the address, those before it do not. */
    const char * const keywords[] = { "connect_timeout", "dbname", "client_encoding", NULL };
    const char * const values[] = { "10", uri, "UTF8", NULL };

    self->conn = ond_pq ()->PQconnectdbParams (keywords, values, TRUE);
  }
  if (self->conn != NULL && ond_pq ()->PQstatus (self->conn) != CONNECTION_OK
      && ond_pq ()->PQconnectionNeedsPassword (self->conn))
    {
      /* Translators: %s names the database and server. */
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONNECTION,
                   _("The server database %s asks for a password. Give it in “Connect to "
                     "Team Server”, or in the file ~/.pgpass."), display);
      return NULL;
    }
  if (self->conn != NULL && ond_pq ()->PQstatus (self->conn) != CONNECTION_OK
      && ond_pq ()->PQconnectionUsedPassword (self->conn))
    {
      /* A password was sent and the server refused the connection: in all likelihood the
       * password (the server tells no more, so as not to help a guesser). */
      g_autofree char *reason = trimmed_message (ond_pq ()->PQerrorMessage (self->conn));

      /* Translators: the first %s names the database and server, the second is the
       * server's reason. */
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONNECTION,
                   _("The server database %s did not accept the user name and password. Check "
                     "them and try again. (%s)"), display, reason);
      return NULL;
    }
  if (self->conn == NULL || ond_pq ()->PQstatus (self->conn) != CONNECTION_OK)
    {
      g_autofree char *reason = trimmed_message (self->conn != NULL
                                                 ? ond_pq ()->PQerrorMessage (self->conn)
                                                 : NULL);

      /* Translators: the first %s names the database and server, the second is the
       * server's or the network's reason. */
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONNECTION,
                   _("Could not connect to the server database %s: %s"), display, reason);
      return NULL;
    }
  ond_pq ()->PQsetNoticeProcessor (self->conn, notice_cb, NULL);
  self->user = g_strdup (ond_pq ()->PQuser (self->conn));
  self->outside_changes = 1;
  if (!ond_pg_exec (self, "LISTEN " CHANGES_CHANNEL, _("Listening for changes by others"),
                    error))
    return NULL;
  return g_steal_pointer (&self);
}

void
ond_pg_free (OndPg *self)
{
  if (self == NULL)
    return;
  if (self->conn != NULL)
    ond_pq ()->PQfinish (self->conn);
  g_free (self->user);
  g_free (self);
}

PGconn *
ond_pg_get_conn (OndPg *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->conn;
}

const char *
ond_pg_get_user (OndPg *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->user;
}

gboolean
ond_pg_exec (OndPg       *self,
             const char  *sql,
             const char  *what,
             GError     **error)
{
  PGresult *result;
  ExecStatusType status;

  g_return_val_if_fail (self != NULL, FALSE);

  result = ond_pq ()->PQexec (self->conn, sql);
  status = ond_pq ()->PQresultStatus (result);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
    {
      ond_pg_set_error (error, self->conn, result, what);
      ond_pq ()->PQclear (result);
      return FALSE;
    }
  ond_pq ()->PQclear (result);
  return TRUE;
}

gboolean
ond_pg_notify_change (OndPg   *self,
                      GError **error)
{
  return ond_pg_exec (self, "NOTIFY " CHANGES_CHANNEL, _("Telling others of a change"), error);
}

/* A connection that was lost is made again, with its LISTEN: whatever others changed in the
 * meantime counts as one outside change, so the views read again. */
static void
reconnect_if_lost (OndPg *self)
{
  if (ond_pq ()->PQstatus (self->conn) == CONNECTION_OK)
    return;
  ond_pq ()->PQreset (self->conn);
  if (ond_pq ()->PQstatus (self->conn) != CONNECTION_OK)
    {
      g_debug ("Still no connection to the team server: %s",
               ond_pq ()->PQerrorMessage (self->conn));
      return;
    }
  if (!ond_pg_exec (self, "LISTEN " CHANGES_CHANNEL, _("Listening for changes by others"),
                    NULL))
    return;
  g_debug ("Connected to the team server again");
  self->outside_changes++;
}

gint64
ond_pg_poll_outside_changes (OndPg *self)
{
  PGnotify *notify;
  int own_pid;

  g_return_val_if_fail (self != NULL, -1);

  reconnect_if_lost (self);
  /* Still lost: no news; the next query says what happened. */
  if (ond_pq ()->PQstatus (self->conn) != CONNECTION_OK)
    return self->outside_changes;
  /* A notification reaches this connection when the server next talks to it: one round trip
   * first (the server sends what waits before it answers), so that a commit that returned
   * before this call is always counted. */
  ond_pq ()->PQclear (ond_pq ()->PQexec (self->conn, ""));
  if (ond_pq ()->PQconsumeInput (self->conn) == 0)
    return self->outside_changes;
  own_pid = ond_pq ()->PQbackendPID (self->conn);
  while ((notify = ond_pq ()->PQnotifies (self->conn)) != NULL)
    {
      if (notify->be_pid != own_pid && g_strcmp0 (notify->relname, CHANGES_CHANNEL) == 0)
        self->outside_changes++;
      ond_pq ()->PQfreemem (notify);
    }
  return self->outside_changes;
}

gboolean
ond_pg_is_connected (OndPg *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return ond_pq ()->PQstatus (self->conn) == CONNECTION_OK;
}

gboolean
ond_pg_in_transaction (OndPg *self)
{
  PGTransactionStatusType status;

  g_return_val_if_fail (self != NULL, FALSE);
  status = ond_pq ()->PQtransactionStatus (self->conn);
  return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

static int
code_for_sqlstate (const char *state)
{
  if (state == NULL)
    return OND_STORE_ERROR_CONNECTION;
  if (g_str_has_prefix (state, "08") || g_str_has_prefix (state, "57P"))
    return OND_STORE_ERROR_CONNECTION;
  if (g_str_has_prefix (state, "23") || g_str_has_prefix (state, "22"))
    return OND_STORE_ERROR_INVALID;
  if (strcmp (state, "42501") == 0)
    return OND_STORE_ERROR_PERMISSION;
  if (strcmp (state, "40001") == 0 || strcmp (state, "40P01") == 0 ||
      strcmp (state, "55P03") == 0)
    return OND_STORE_ERROR_BUSY;
  if (strcmp (state, "53100") == 0)
    return OND_STORE_ERROR_DISK_FULL;
  if (strcmp (state, "25006") == 0)
    return OND_STORE_ERROR_READ_ONLY;
  return OND_STORE_ERROR_FAILED;
}

void
ond_pg_set_error (GError         **error,
                  PGconn          *conn,
                  const PGresult  *result,
                  const char      *what)
{
  const OndPq *pq = ond_pq ();
  const char *state = result != NULL ? pq->PQresultErrorField (result, PG_DIAG_SQLSTATE) : NULL;
  g_autofree char *detail = NULL;
  int code;

  if (result != NULL && pq->PQresultErrorField (result, PG_DIAG_MESSAGE_PRIMARY) != NULL)
    detail = trimmed_message (pq->PQresultErrorField (result, PG_DIAG_MESSAGE_PRIMARY));
  else
    detail = trimmed_message (conn != NULL ? pq->PQerrorMessage (conn) : NULL);

  /* No SQLSTATE: libpq itself failed, which means the connection went. */
  code = code_for_sqlstate (state);
  if (code == OND_STORE_ERROR_CONNECTION && conn != NULL && pq->PQstatus (conn) == CONNECTION_OK &&
      state == NULL)
    code = OND_STORE_ERROR_FAILED;

  switch (code)
    {
    case OND_STORE_ERROR_CONNECTION:
      g_set_error (error, OND_STORE_ERROR, code,
                   _("The connection to the team server was lost (%s). Nothing of this change "
                     "was written."), detail);
      break;
    case OND_STORE_ERROR_PERMISSION:
      g_set_error (error, OND_STORE_ERROR, code,
                   _("Your role on the team server does not allow this (%s). Nothing was "
                     "changed."), detail);
      break;
    case OND_STORE_ERROR_BUSY:
      g_set_error_literal (error, OND_STORE_ERROR, code,
                           _("Someone else changed the same data at the same moment. Nothing "
                             "was changed; try again."));
      break;
    case OND_STORE_ERROR_DISK_FULL:
      g_set_error_literal (error, OND_STORE_ERROR, code,
                           _("The team server’s disk is full. Nothing was changed; ask its "
                             "administrator to make room."));
      break;
    default:
      /* Translators: the first %s says what was being done, the second is the server's
       * own message. */
      g_set_error (error, OND_STORE_ERROR, code, _("%s failed: %s"), what, detail);
      break;
    }
  g_debug ("%s failed (SQLSTATE %s): %s", what, state != NULL ? state : "none", detail);
}

char *
ond_pg_translate_sql (const char *sql,
                      int        *n_params)
{
  GString *out = g_string_sized_new (strlen (sql) + 16);
  int n = 0;

  for (const char *p = sql; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '"')
        {
          /* A literal or a quoted name, copied as it is ('' and "" escape the quote). */
          char quote = *p;

          g_string_append_c (out, *p);
          for (p++; *p != '\0'; p++)
            {
              g_string_append_c (out, *p);
              if (*p == quote)
                {
                  if (p[1] != quote)
                    break;
                  p++;
                  g_string_append_c (out, *p);
                }
            }
          if (*p == '\0')
            break;
        }
      else if (*p == '-' && p[1] == '-')
        {
          for (; *p != '\0' && *p != '\n'; p++)
            g_string_append_c (out, *p);
          if (*p == '\0')
            break;
          g_string_append_c (out, *p);
        }
      else if (*p == '?' && g_ascii_isdigit (p[1]))
        {
          /* ?NNN names its parameter; a plain ? after it takes the largest so far plus one,
           * as in SQLite. */
          int index = 0;

          for (p++; g_ascii_isdigit (*p); p++)
            index = index * 10 + (*p - '0');
          p--;
          n = MAX (n, index);
          g_string_append_printf (out, "$%d", index);
        }
      else if (*p == '?')
        g_string_append_printf (out, "$%d", ++n);
      else
        g_string_append_c (out, *p);
    }
  if (n_params != NULL)
    *n_params = n;
  return g_string_free (out, FALSE);
}
