/* ond-pq.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libpq loaded on first use: see ond-pq.h. */

#define G_LOG_DOMAIN "ond-pq"

#include "config.h"

#include <glib/gi18n.h>
#include <gmodule.h>
#include <string.h>

#include "ond-pq.h"
#include "ond-store.h"

/* The library's file name with its ABI version: what the package libpq5 installs. */
#define LIBPQ_NAME "libpq.so.5"

#define SYMBOL(name) { #name, G_STRUCT_OFFSET (OndPq, name) }

static const struct
{
  const char *name;
  glong       offset;
} symbols[] = {
  SYMBOL (PQbackendPID),
  SYMBOL (PQclear),
  SYMBOL (PQcmdTuples),
  SYMBOL (PQconnectdbParams),
  SYMBOL (PQconnectionNeedsPassword),
  SYMBOL (PQconnectionUsedPassword),
  SYMBOL (PQconninfoFree),
  SYMBOL (PQconninfoParse),
  SYMBOL (PQconsumeInput),
  SYMBOL (PQerrorMessage),
  SYMBOL (PQexec),
  SYMBOL (PQexecParams),
  SYMBOL (PQfinish),
  SYMBOL (PQfreemem),
  SYMBOL (PQgetisnull),
  SYMBOL (PQgetvalue),
  SYMBOL (PQnfields),
  SYMBOL (PQnotifies),
  SYMBOL (PQntuples),
  SYMBOL (PQreset),
  SYMBOL (PQresultErrorField),
  SYMBOL (PQresultStatus),
  SYMBOL (PQsetNoticeProcessor),
  SYMBOL (PQstatus),
  SYMBOL (PQtransactionStatus),
  SYMBOL (PQuser),
};

/* Every member of OndPq is filled. */
G_STATIC_ASSERT (G_N_ELEMENTS (symbols) * sizeof (void (*) (void)) == sizeof (OndPq));

static OndPq functions;
/* Why the load failed (g_module_error ()), set once by load (). */
static char *load_error;

static gpointer
load (gpointer data)
{
  const char *name = g_getenv ("OND_LIBPQ");
  GModule *module;

  if (name == NULL || *name == '\0')
    name = LIBPQ_NAME;
  module = g_module_open (name, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  if (module == NULL)
    {
      load_error = g_strdup (g_module_error ());
      return NULL;
    }
  for (gsize i = 0; i < G_N_ELEMENTS (symbols); i++)
    {
      gpointer *slot = G_STRUCT_MEMBER_P (&functions, symbols[i].offset);

      if (!g_module_symbol (module, symbols[i].name, slot) || *slot == NULL)
        {
          load_error = g_module_error () != NULL ? g_strdup (g_module_error ())
                                                 : g_strdup (symbols[i].name);
          memset (&functions, 0, sizeof functions);
          g_module_close (module);
          return NULL;
        }
    }
  /* Kept for the rest of the process: connections may live until its end. */
  g_module_make_resident (module);
  g_debug ("Loaded %s", g_module_name (module));
  return &functions;
}

gboolean
ond_pq_load (GError **error)
{
  static GOnce once = G_ONCE_INIT;

  if (g_once (&once, load, NULL) != NULL)
    return TRUE;
  /* Translators: %s is the system's reason (the library file not found, say). */
  g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONNECTION,
               _("The team server cannot be reached from this computer: its client library "
                 "libpq (package libpq5) is not installed or too old (%s)."), load_error);
  return FALSE;
}

const OndPq *
ond_pq (void)
{
  /* Every caller holds a connection (or its options) made after ond_pq_load () succeeded. */
  g_assert (functions.PQuser != NULL);
  return &functions;
}
