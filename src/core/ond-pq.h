/* ond-pq.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libpq, loaded when a server database is first opened rather than at every start: the
 * program does not link it, so someone who only opens a SQLite file never loads it (nor the
 * libraries it needs: OpenSSL, Kerberos, LDAP...). ond_pq_load () loads it once (from any
 * thread); then ond_pq () holds the libpq functions the store calls, under their own names:
 * ond_pq ()->PQexec (conn, sql). Only libpq's header is used at build time.
 * Private to ond-pg.c and ond-pg-statement.c.
 */

#pragma once

#include <glib.h>
#include <libpq-fe.h>

G_BEGIN_DECLS

/* Each member has the type of the libpq function of its name (from libpq-fe.h). A function
 * added here must be added to the list in ond-pq.c as well (a static assertion there says
 * when it is not). */
typedef struct _OndPq
{
  __typeof__ (PQbackendPID)              *PQbackendPID;
  __typeof__ (PQclear)                   *PQclear;
  __typeof__ (PQcmdTuples)               *PQcmdTuples;
  __typeof__ (PQconnectdbParams)         *PQconnectdbParams;
  __typeof__ (PQconnectionNeedsPassword) *PQconnectionNeedsPassword;
  __typeof__ (PQconnectionUsedPassword)  *PQconnectionUsedPassword;
  __typeof__ (PQconninfoFree)            *PQconninfoFree;
  __typeof__ (PQconninfoParse)           *PQconninfoParse;
  __typeof__ (PQconsumeInput)            *PQconsumeInput;
  __typeof__ (PQerrorMessage)            *PQerrorMessage;
  __typeof__ (PQexec)                    *PQexec;
  __typeof__ (PQexecParams)              *PQexecParams;
  __typeof__ (PQfinish)                  *PQfinish;
  __typeof__ (PQfreemem)                 *PQfreemem;
  __typeof__ (PQgetisnull)               *PQgetisnull;
  __typeof__ (PQgetvalue)                *PQgetvalue;
  __typeof__ (PQnfields)                 *PQnfields;
  __typeof__ (PQnotifies)                *PQnotifies;
  __typeof__ (PQntuples)                 *PQntuples;
  __typeof__ (PQreset)                   *PQreset;
  __typeof__ (PQresultErrorField)        *PQresultErrorField;
  __typeof__ (PQresultStatus)            *PQresultStatus;
  __typeof__ (PQsetNoticeProcessor)      *PQsetNoticeProcessor;
  __typeof__ (PQstatus)                  *PQstatus;
  __typeof__ (PQtransactionStatus)       *PQtransactionStatus;
  __typeof__ (PQuser)                    *PQuser;
} OndPq;

/* Loads libpq (libpq.so.5, or the file the environment variable OND_LIBPQ names: for tests)
 * the first time; later calls return what the first found. When it cannot be loaded, or
 * lacks a function, fails with OND_STORE_ERROR_CONNECTION saying so. */
gboolean     ond_pq_load (GError **error);

/* The functions, once ond_pq_load () succeeded (calling it before is a programming error). */
const OndPq *ond_pq      (void);

G_END_DECLS
