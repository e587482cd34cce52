/* fuzz-booking-import.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target: any bytes given to the booking import's reading and checking
 * (ond_booking_import_prepare_data) on a seeded database in a scratch folder, with the
 * default format and with a mapping read from the bytes themselves. The import must never
 * crash or read out of bounds; what it finds is looked at as the window would (problems,
 * skipped rows, the preview's bookings). Nothing is written to the database.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ond-booking-import.h"
#include "ond-booking.h"
#include "ond-plan.h"
#include "ond-store-bookings.h"
#include "ond-store.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static OndStore *store;
static gint64 plan_id;
static char *dir;

static void
clean_up (void)
{
  const char *names[] = { "fuzz.db", "fuzz.db-wal", "fuzz.db-shm", NULL };

  g_clear_object (&store);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
  g_clear_pointer (&dir, g_free);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = NULL;
  g_autofree char *path = NULL;

  dir = g_dir_make_tmp ("fuzz-booking-import-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "fuzz.db", NULL);
  store = ond_store_open (path, &error);
  g_assert_no_error (error);
  plan = ond_store_dup_current_plan (store, &error);
  g_assert_no_error (error);
  plan_id = ond_plan_get_id (plan);
  atexit (clean_up);
  return 0;
}

/* Reads what a window would show of @import. */
static void
look_at (OndBookingImport *import)
{
  const char * const *header = ond_booking_import_get_header (import);
  GPtrArray *problems = ond_booking_import_get_problems (import);
  GPtrArray *skipped = ond_booking_import_get_skipped (import);
  GPtrArray *bookings = ond_booking_import_get_bookings (import);
  gsize total = 0;

  for (guint i = 0; header != NULL && header[i] != NULL; i++)
    total += strlen (header[i]);
  for (guint i = 0; i < problems->len; i++)
    {
      const OndImportProblem *problem = g_ptr_array_index (problems, i);

      g_assert_true (g_utf8_validate (problem->message, -1, NULL));
      g_assert_true (problem->column == NULL || g_utf8_validate (problem->column, -1, NULL));
      total += strlen (problem->message);
    }
  for (guint i = 0; i < skipped->len; i++)
    total += ((const OndImportProblem *) g_ptr_array_index (skipped, i))->line;
  for (guint i = 0; i < bookings->len; i++)
    {
      OndBooking *booking = g_ptr_array_index (bookings, i);

      /* What is offered follows the rules. */
      g_assert_cmpint (ond_booking_get_amount (booking), !=, 0);
      g_assert_cmpint (ond_booking_get_amount (booking), <=, OND_BOOKING_MAX_AMOUNT);
      g_assert_cmpint (ond_booking_get_amount (booking), >=, -OND_BOOKING_MAX_AMOUNT);
      g_assert_true (g_utf8_validate (ond_booking_get_description (booking), -1, NULL));
      total += strlen (ond_booking_get_search_text (booking));
      total += ond_booking_import_get_line (import, i);
    }
  (void) total;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(OndBookingImport) import = NULL;
  g_autoptr(OndBookingImport) mapped = NULL;
  g_autoptr(OndBookingMapping) mapping = NULL;
  g_autofree char *text = g_strndup ((const char *) data, size);
  const char *newline;

  import = ond_booking_import_prepare_data (store, plan_id, "fuzz.csv", (const char *) data,
                                            size, NULL);
  look_at (import);

  /* The first line as a saved mapping, the rest as the file. */
  newline = strchr (text, '\n');
  if (newline != NULL)
    {
      g_autofree char *first = g_strndup (text, newline - text);

      mapping = ond_booking_mapping_from_string (first, NULL);
      if (mapping != NULL)
        {
          g_autofree char *again = ond_booking_mapping_to_string (mapping);
          gsize offset = (newline + 1) - text;

          mapped = ond_booking_import_prepare_data (store, plan_id, "fuzz.csv",
                                                    (const char *) data + offset,
                                                    size - offset, mapping);
          look_at (mapped);
          g_assert_nonnull (again);
        }
    }
  return 0;
}
