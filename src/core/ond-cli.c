/* ond-cli.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ond-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-cli.h"
#include "ond-store.h"
#include "ond-xlsx-export.h"

static int
fail (const GError *error)
{
  g_printerr ("ondermijning: %s\n", error->message);
  return 1;
}

static int
export_xlsx (GVariantDict *options,
             const char   *out,
             int           year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  const char *database = NULL;

  if (g_variant_dict_lookup (options, "database", "^&ay", &database) && database[0] != '\0')
    store = ond_store_open (database, &error);
  else
    store = ond_store_open_default (&error);
  if (store == NULL)
    return fail (error);

  if (!ond_xlsx_export_write (store, 0, year, out, &error))
    return fail (error);

  return 0;
}

int
ond_cli_handle_options (GVariantDict *options)
{
  const char *xlsx = NULL;
  gint32 year = 0;
  gboolean has_year;

  g_return_val_if_fail (options != NULL, 1);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("ondermijning %s\n", PACKAGE_VERSION);
      return 0;
    }

  has_year = g_variant_dict_lookup (options, "year", "i", &year);
  if (has_year && (year < 2000 || year > 2100))
    {
      g_printerr ("ondermijning: %s\n", _("--year must be a year such as 2024."));
      return 2;
    }

  if (g_variant_dict_lookup (options, "export-xlsx", "^&ay", &xlsx))
    {
      if (xlsx[0] == '\0')
        {
          g_printerr ("ondermijning: %s\n", _("--export-xlsx needs a file name."));
          return 2;
        }
      return export_xlsx (options, xlsx, year);
    }

  if (has_year)
    {
      g_printerr ("ondermijning: %s\n", _("--year only applies to an export."));
      return 2;
    }

  return -1;
}
