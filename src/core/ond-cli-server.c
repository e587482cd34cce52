/* ond-cli-server.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* --init-server: sets up an empty database on a team server for Ondermijning (the schema and
 * the roles, without data), or says that it was set up already and changes nothing, or that
 * it was of an older version and has been brought up to date (as opening it does).
 */

#define G_LOG_DOMAIN "ond-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-cli-private.h"

int
_ond_cli_init_server (GVariantDict *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  const char *database = NULL;
  int found = 0;

  if (!g_variant_dict_lookup (options, "database", "^&ay", &database) ||
      !ond_store_location_is_server (database))
    {
      g_printerr ("ondermijning: %s\n",
                  _("--init-server needs --database with the address of a server database, "
                    "such as postgresql://server/ondermijning."));
      return 2;
    }

  display = ond_store_location_display_name (database);
  if (!ond_store_init_server (database, &found, &error))
    return _ond_cli_fail (error);

  if (found == OND_STORE_SCHEMA_VERSION)
    /* Translators: %s names the database and its server. */
    g_print (_("The server database %s is set up for Ondermijning already; nothing was "
               "changed.\n"), display);
  else if (found > 0)
    /* Translators: %s names the database and its server; %d are schema versions. */
    g_print (_("The server database %s was set up for Ondermijning already, with version %d of "
               "its tables: they have been brought up to version %d. Its data was kept.\n"),
             display, found, OND_STORE_SCHEMA_VERSION);
  else
    /* Translators: %s names the database and its server. */
    g_print (_("The server database %s is set up for Ondermijning, with the roles casework, "
               "budget and reporting. It holds no data yet: open it in the application to "
               "start with the plan, or copy a file in with --copy-to. Give each person one "
               "role (GRANT casework TO name).\n"), display);
  return 0;
}
