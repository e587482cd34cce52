/* test-areas.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The areas of signals are a list the user can extend: adding an area, and the names that
 * are refused (blank, or already there apart from case and accents) without writing anything.
 */

#define G_LOG_DOMAIN "test-areas"

#include "config.h"

#include <glib/gstdio.h>

#include "ond-area.h"
#include "ond-store.h"
#include "ond-test-pg.h"
#include "ond-test-util.h"
#include "test-case-util.h"

/* The fixture (a fresh database: a file, or a server database in the PostgreSQL run) is
 * test-case-util.c's. */

/* Counts the rows of the area table with plain SQLite (or libpq), beside the store. */
static gint64
count_areas (Fixture *f)
{
  return sql_int (f->path, "SELECT count(*) FROM area", 0);
}

static OndArea *
last_area (Fixture *f)
{
  g_autoptr(GListModel) areas = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  areas = ond_store_list_areas (f->store, &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (areas);
  g_assert_cmpuint (n, >, 0);
  return g_list_model_get_item (areas, n - 1);
}

static void
test_add (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndArea) before = NULL;
  g_autoptr(OndArea) added = NULL;
  g_autoptr(OndArea) second = NULL;
  gint64 n = count_areas (f);
  gint64 id;
  gint64 id2;

  before = last_area (f);
  id = ond_store_add_area (f->store, "  Wielwijk Noord \t", TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (count_areas (f), ==, n + 1);

  /* The new area comes last in the list, its name trimmed. */
  added = last_area (f);
  g_assert_cmpint (ond_area_get_id (added), ==, id);
  g_assert_cmpstr (ond_area_get_name (added), ==, "Wielwijk Noord");
  g_assert_cmpstr (ond_area_get_district (added), ==, "");
  g_assert_true (ond_area_get_aandachtsgebied (added));
  g_assert_false (ond_area_get_retired (added));
  g_assert_cmpint (ond_area_get_position (added), >, ond_area_get_position (before));

  id2 = ond_store_add_area (f->store, "Sterrenburg-Oost", FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id2, !=, id);
  second = last_area (f);
  g_assert_cmpint (ond_area_get_id (second), ==, id2);
  g_assert_false (ond_area_get_aandachtsgebied (second));
  g_assert_cmpint (ond_area_get_position (second), ==, ond_area_get_position (added) + 1);
  g_assert_cmpint (count_areas (f), ==, n + 2);
}

static void
test_blank (Fixture       *f,
            gconstpointer  data)
{
  const char *names[] = { "", "   ", " \t\n " };
  gint64 n = count_areas (f);

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (ond_store_add_area (f->store, names[i], FALSE, &error), ==, 0);
      g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
      g_assert_cmpint (count_areas (f), ==, n);
    }
}

static void
test_duplicate (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndArea) seeded = NULL;
  g_autofree char *upper = NULL;
  g_autofree char *lower = NULL;
  gint64 n;

  /* A seeded name in another case. */
  seeded = last_area (f);
  upper = g_utf8_strup (ond_area_get_name (seeded), -1);
  lower = g_strdup_printf (" %s ", ond_area_get_name (seeded));
  n = count_areas (f);
  g_assert_cmpint (ond_store_add_area (f->store, upper, FALSE, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (ond_store_add_area (f->store, lower, TRUE, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count_areas (f), ==, n);

  /* Accents and case do not make a new name. */
  g_assert_cmpint (ond_store_add_area (f->store, "Crème Kwartier", FALSE, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (ond_store_add_area (f->store, "creme kwartier", FALSE, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (ond_store_add_area (f->store, "CRÈME  KWARTIER", FALSE, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_assert_cmpint (count_areas (f), ==, n + 1);
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 n;

  /* A read-only file: a server database has no file to protect (its roles do that). */
  if (ond_test_pg_wanted ())
    {
      g_test_skip ("A read-only file is about a file, not a server database");
      return;
    }
  n = count_areas (f);
  g_clear_object (&f->store);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  before = ond_test_file_checksum (f->path);
  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_is_read_only (f->store));

  g_assert_cmpint (ond_store_add_area (f->store, "Nieuw gebied", FALSE, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY);
  g_clear_object (&f->store);
  after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (count_areas (f), ==, n);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/ond/areas/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("add", test_add);
  ADD ("blank", test_blank);
  ADD ("duplicate", test_duplicate);
  ADD ("read-only", test_read_only);

#undef ADD

  return g_test_run ();
}
