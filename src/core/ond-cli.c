/* ond-cli.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ond-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-booking-import.h"
#include "ond-case-import.h"
#include "ond-cli-private.h"
#include "ond-cli.h"
#include "ond-plan.h"
#include "ond-report-export.h"
#include "ond-store-backup.h"
#include "ond-store.h"
#include "ond-xlsx-export.h"

int
_ond_cli_fail (const GError *error)
{
  g_printerr ("ondermijning: %s\n", error->message);
  return 1;
}

static int
fail (const GError *error)
{
  return _ond_cli_fail (error);
}

/* The store of --database FILE, else the default one. */
static OndStore *
open_store (GVariantDict  *options,
            GError       **error)
{
  const char *database = NULL;

  if (g_variant_dict_lookup (options, "database", "^&ay", &database) && database[0] != '\0')
    return ond_store_open (database, error);
  return ond_store_open_default (error);
}

/* The council workbook, recorded as a council report; a read-only database gives the file,
 * not recorded. */
static int
export_xlsx (GVariantDict *options,
             const char   *out,
             int           year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *display = g_filename_display_name (out);
  gboolean recorded = FALSE;

  store = open_store (options, &error);
  if (store == NULL)
    return fail (error);

  if (!ond_report_export_xlsx (store, 0, year, out, now, &recorded, &error))
    return fail (error);

  if (recorded)
    /* Translators: %s is a file name. */
    g_print (_("Workbook written to %s and recorded.\n"), display);
  else if (ond_store_is_read_only (store))
    /* Translators: %s is a file name. */
    g_print (_("Workbook written to %s; it could not be recorded: the database is "
               "read-only.\n"), display);
  else
    /* Translators: %s is a file name. */
    g_print (_("Workbook written to %s; it could not be recorded.\n"), display);
  return 0;
}

/* The progress report as a PDF, recorded as a council report; a read-only database gives
 * the file, not recorded. */
static int
export_pdf (GVariantDict *options,
            const char   *out,
            int           year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *display = g_filename_display_name (out);
  gboolean recorded = FALSE;

  store = open_store (options, &error);
  if (store == NULL)
    return fail (error);

  if (!ond_report_export_pdf (store, 0, year, out, now, &recorded, &error))
    return fail (error);

  if (recorded)
    /* Translators: %s is a file name. */
    g_print (_("Progress report written to %s and recorded.\n"), display);
  else if (ond_store_is_read_only (store))
    /* Translators: %s is a file name. */
    g_print (_("Progress report written to %s; it could not be recorded: the database is "
               "read-only.\n"), display);
  else
    /* Translators: %s is a file name. */
    g_print (_("Progress report written to %s; it could not be recorded.\n"), display);
  return 0;
}

/* See ond-cli-private.h. */
OndStore *
_ond_cli_open_existing (GVariantDict  *options,
                        char         **missing)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  const char *database = NULL;
  OndStore *store;

  *missing = NULL;
  if (g_variant_dict_lookup (options, "database", "^&ay", &database) && database[0] != '\0')
    path = g_strdup (database);
  else
    path = ond_store_default_path ();
  /* A server database is never created by opening it: ond_store_open() says when it was not
   * set up. */
  if (!ond_store_location_is_server (path) && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      *missing = g_filename_display_name (path);
      return NULL;
    }

  store = ond_store_open (path, &error);
  if (store == NULL)
    fail (error);
  return store;
}

/* A copy of the database, made while other processes may use it. The database must exist:
 * a backup never creates (and seeds) one. */
static int
backup (GVariantDict *options,
        const char   *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autofree char *display = g_filename_display_name (out);
  g_autofree char *missing = NULL;

  store = _ond_cli_open_existing (options, &missing);
  if (missing != NULL)
    {
      g_autofree char *message = NULL;

      /* Translators: %s is a file name. */
      message = g_strdup_printf (_("“%s” does not exist: there is no database to back up."),
                                 missing);
      g_printerr ("ondermijning: %s\n", message);
      return 1;
    }
  if (store == NULL)
    return 1;
  if (!ond_store_backup (store, out, &error))
    return fail (error);

  /* Translators: %s is a file name. */
  g_print (_("Backup written to %s.\n"), display);
  return 0;
}

/* Prints each problem of @import as "ondermijning: FILE:LINE: COLUMN: message". */
static void
print_problems (const char *display,
                GPtrArray  *problems)
{
  for (guint i = 0; i < problems->len; i++)
    {
      const OndImportProblem *problem = g_ptr_array_index (problems, i);

      if (problem->line == 0)
        g_printerr ("ondermijning: %s: %s\n", display, problem->message);
      else if (problem->column == NULL)
        g_printerr ("ondermijning: %s:%u: %s\n", display, problem->line, problem->message);
      else
        g_printerr ("ondermijning: %s:%u: %s: %s\n", display, problem->line, problem->column,
                    problem->message);
    }
}

/* Imports the signals of a CSV file: all of them, or with any problem none. */
static int
import_cases (GVariantDict *options,
              const char   *in)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autoptr(OndCaseImport) import = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *display = g_filename_display_name (in);
  g_autofree char *done = NULL;
  GPtrArray *problems;
  guint n_added = 0;

  store = open_store (options, &error);
  if (store == NULL)
    return fail (error);

  import = ond_case_import_prepare (store, in, today, &error);
  if (import == NULL)
    return fail (error);

  problems = ond_case_import_get_problems (import);
  if (problems->len > 0)
    {
      g_autofree char *summary = NULL;

      print_problems (display, problems);
      /* Translators: %s is a file name. */
      summary = g_strdup_printf (ngettext ("%s: %u problem; nothing was imported",
                                           "%s: %u problems; nothing was imported",
                                           problems->len),
                                 display, problems->len);
      g_printerr ("ondermijning: %s\n", summary);
      return 1;
    }

  if (!ond_store_import_cases (store, import, &n_added, &error))
    return fail (error);

  /* Translators: %u is a number of signals (meldingen), %s a file name. */
  done = g_strdup_printf (ngettext ("%u signal imported from %s",
                                    "%u signals imported from %s", n_added),
                          n_added, display);
  g_print ("%s\n", done);
  return 0;
}

/* The bookings of a CSV file for the current plan: all of them, or with any problem none.
 * Rows already in the database are skipped and listed. */
static int
import_bookings (GVariantDict *options,
                 const char   *in,
                 const char   *source)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autoptr(OndPlan) plan = NULL;
  g_autoptr(OndBookingMapping) mapping = NULL;
  g_autoptr(OndBookingImport) import = NULL;
  g_autofree char *display = g_filename_display_name (in);
  g_autofree char *done = NULL;
  GPtrArray *problems;
  GPtrArray *skipped;
  guint n_added = 0;

  store = open_store (options, &error);
  if (store == NULL)
    return fail (error);
  plan = ond_store_dup_current_plan (store, &error);
  if (plan == NULL)
    return fail (error);
  if (source != NULL)
    {
      mapping = ond_store_load_booking_mapping (store, source, &error);
      if (mapping == NULL)
        return fail (error);
    }

  import = ond_booking_import_prepare (store, ond_plan_get_id (plan), in, mapping, &error);
  if (import == NULL)
    return fail (error);

  problems = ond_booking_import_get_problems (import);
  if (problems->len > 0)
    {
      g_autofree char *summary = NULL;

      print_problems (display, problems);
      /* Translators: %s is a file name. */
      summary = g_strdup_printf (ngettext ("%s: %u problem; nothing was imported",
                                           "%s: %u problems; nothing was imported",
                                           problems->len),
                                 display, problems->len);
      g_printerr ("ondermijning: %s\n", summary);
      return 1;
    }

  if (!ond_store_import_bookings (store, import, NULL, NULL, NULL, &n_added, &error))
    return fail (error);

  /* Translators: %u is a number of bookings, %s a file name. */
  done = g_strdup_printf (ngettext ("%u booking imported from %s",
                                    "%u bookings imported from %s", n_added),
                          n_added, display);
  g_print ("%s\n", done);
  skipped = ond_booking_import_get_skipped (import);
  for (guint i = 0; i < skipped->len; i++)
    {
      const OndImportProblem *row = g_ptr_array_index (skipped, i);

      g_print ("%s:%u: %s\n", display, row->line, row->message);
    }
  return 0;
}

int
ond_cli_handle_options (GVariantDict *options)
{
  const char *xlsx = NULL;
  const char *pdf = NULL;
  const char *cases = NULL;
  const char *bookings = NULL;
  const char *source = NULL;
  const char *backup_out = NULL;
  const char *copy_to = NULL;
  gint32 year = 0;
  gboolean has_year;

  g_return_val_if_fail (options != NULL, 1);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("ondermijning %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "copy-to", "^&ay", &copy_to))
    {
      if (copy_to[0] == '\0')
        {
          g_printerr ("ondermijning: %s\n",
                      _("--copy-to needs a new file name or the address of a server "
                        "database."));
          return 2;
        }
      if (g_variant_dict_contains (options, "init-server") ||
          g_variant_dict_contains (options, "retention") ||
          g_variant_dict_contains (options, "apply-retention") ||
          g_variant_dict_contains (options, "year") ||
          g_variant_dict_contains (options, "export-pdf") ||
          g_variant_dict_contains (options, "export-xlsx") ||
          g_variant_dict_contains (options, "import-cases") ||
          g_variant_dict_contains (options, "import-bookings") ||
          g_variant_dict_contains (options, "mapping") ||
          g_variant_dict_contains (options, "backup"))
        {
          g_printerr ("ondermijning: %s\n", _("Give --copy-to on its own, with --database."));
          return 2;
        }
      return _ond_cli_copy_to (options, copy_to);
    }

  if (g_variant_dict_contains (options, "init-server"))
    {
      if (g_variant_dict_contains (options, "retention") ||
          g_variant_dict_contains (options, "apply-retention") ||
          g_variant_dict_contains (options, "year") ||
          g_variant_dict_contains (options, "export-pdf") ||
          g_variant_dict_contains (options, "export-xlsx") ||
          g_variant_dict_contains (options, "import-cases") ||
          g_variant_dict_contains (options, "import-bookings") ||
          g_variant_dict_contains (options, "mapping") ||
          g_variant_dict_contains (options, "backup"))
        {
          g_printerr ("ondermijning: %s\n",
                      _("Give --init-server on its own, with --database."));
          return 2;
        }
      return _ond_cli_init_server (options);
    }

  has_year = g_variant_dict_lookup (options, "year", "i", &year);
  if (has_year && (year < 2000 || year > 2100))
    {
      g_printerr ("ondermijning: %s\n", _("--year must be a year such as 2024."));
      return 2;
    }

  if (g_variant_dict_contains (options, "retention") ||
      g_variant_dict_contains (options, "apply-retention"))
    {
      gboolean apply = g_variant_dict_contains (options, "apply-retention");

      if (apply && g_variant_dict_contains (options, "retention"))
        {
          g_printerr ("ondermijning: %s\n",
                      _("Give --retention (list what is due) or --apply-retention (remove "
                        "it), not both."));
          return 2;
        }
      if (has_year || g_variant_dict_contains (options, "export-pdf") ||
          g_variant_dict_contains (options, "export-xlsx") ||
          g_variant_dict_contains (options, "import-cases") ||
          g_variant_dict_contains (options, "import-bookings") ||
          g_variant_dict_contains (options, "mapping") ||
          g_variant_dict_contains (options, "backup"))
        {
          g_printerr ("ondermijning: %s\n",
                      apply ? _("Give --apply-retention on its own, without an export, import "
                                "or backup.")
                            : _("Give --retention on its own, without an export, import or "
                                "backup."));
          return 2;
        }
      return _ond_cli_retention (options, apply);
    }

  if (g_variant_dict_lookup (options, "backup", "^&ay", &backup_out))
    {
      if (backup_out[0] == '\0')
        {
          g_printerr ("ondermijning: %s\n", _("--backup needs a file name."));
          return 2;
        }
      if (has_year || g_variant_dict_contains (options, "export-pdf") ||
          g_variant_dict_contains (options, "export-xlsx") ||
          g_variant_dict_contains (options, "import-cases") ||
          g_variant_dict_contains (options, "import-bookings") ||
          g_variant_dict_contains (options, "mapping"))
        {
          g_printerr ("ondermijning: %s\n",
                      _("Give --backup on its own, without an export or import."));
          return 2;
        }
      return backup (options, backup_out);
    }

  if (g_variant_dict_lookup (options, "export-pdf", "^&ay", &pdf))
    {
      if (pdf[0] == '\0')
        {
          g_printerr ("ondermijning: %s\n", _("--export-pdf needs a file name."));
          return 2;
        }
      if (g_variant_dict_contains (options, "export-xlsx"))
        {
          g_printerr ("ondermijning: %s\n",
                      _("Give --export-pdf and --export-xlsx one at a time."));
          return 2;
        }
      return export_pdf (options, pdf, year);
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

  g_variant_dict_lookup (options, "mapping", "&s", &source);
  if (source != NULL && !g_variant_dict_contains (options, "import-bookings"))
    {
      g_printerr ("ondermijning: %s\n", _("--mapping only applies to --import-bookings."));
      return 2;
    }

  if (g_variant_dict_lookup (options, "import-cases", "^&ay", &cases))
    {
      if (cases[0] == '\0')
        {
          g_printerr ("ondermijning: %s\n", _("--import-cases needs a file name."));
          return 2;
        }
      return import_cases (options, cases);
    }

  if (g_variant_dict_lookup (options, "import-bookings", "^&ay", &bookings))
    {
      if (bookings[0] == '\0')
        {
          g_printerr ("ondermijning: %s\n", _("--import-bookings needs a file name."));
          return 2;
        }
      if (source != NULL && source[0] == '\0')
        {
          g_printerr ("ondermijning: %s\n", _("--mapping needs the name of a source."));
          return 2;
        }
      return import_bookings (options, bookings, source);
    }

  return -1;
}
