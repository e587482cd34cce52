/* ond-cli-copy.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* --copy-to: copies the database of --database (a file, or a server database) to a server
 * database that was set up and holds no records yet, or to a new file, and says what it
 * copied, table by table.
 */

#define G_LOG_DOMAIN "ond-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-cli-private.h"

/* “file.db”, or the server database “name” on host. */
static char *
describe (const char *location)
{
  g_autofree char *name = ond_store_location_display_name (location);

  if (ond_store_location_is_server (location))
    /* Translators: %s names the database and its server (“name” on host). */
    return g_strdup_printf (_("the server database %s"), name);
  return g_strdup_printf ("“%s”", name);
}

int
_ond_cli_copy_to (GVariantDict *options,
                  const char   *to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *from_display = NULL;
  g_autofree char *to_display = describe (to);
  g_autofree char *total_text = NULL;
  g_autofree char *summary = NULL;
  gint64 total = 0;

  store = _ond_cli_open_existing (options, &missing);
  if (missing != NULL)
    {
      g_autofree char *message = NULL;

      /* Translators: %s is a file name. */
      message = g_strdup_printf (_("“%s” does not exist: there is no database to copy."),
                                 missing);
      g_printerr ("ondermijning: %s\n", message);
      return 1;
    }
  if (store == NULL)
    return 1;
  if (!ond_store_copy_to (store, to, &tables, &error))
    return _ond_cli_fail (error);

  from_display = describe (ond_store_get_path (store));
  /* Translators: the first %s names the database copied, the second where it went. */
  g_print (_("Copied %s to %s:\n"), from_display, to_display);
  for (guint i = 0; i < tables->len; i++)
    {
      const OndStoreCopiedTable *copied = g_ptr_array_index (tables, i);
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, copied->n_rows);
      g_autofree char *rows = NULL;

      /* Translators: %s is a number of rows of a table. */
      rows = g_strdup_printf (ngettext ("%s row", "%s rows", (gulong) copied->n_rows), number);
      g_print ("  %-24s %s\n", copied->table, rows);
      total += copied->n_rows;
    }
  total_text = g_strdup_printf ("%" G_GINT64_FORMAT, total);
  /* Translators: %s is a number of rows, %u a number of tables. */
  summary = g_strdup_printf (ngettext ("%s row in %u tables, each table counted and compared "
                                       "afterwards.",
                                       "%s rows in %u tables, each table counted and compared "
                                       "afterwards.", (gulong) total),
                             total_text, tables->len);
  g_print ("%s\n", summary);
  return 0;
}
