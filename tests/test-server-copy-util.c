/* test-server-copy-util.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "test-case-util.h"
#include "test-server-copy-util.h"

/* The tables of a file, from its own catalogue (sqlite_sequence apart). */
GStrv
file_tables (const char *path)
{
  g_autofree char *names = sql_list (path, "SELECT name FROM sqlite_master WHERE type = 'table'"
                                           " AND name <> 'sqlite_sequence' ORDER BY name",
                                     0, ",");

  return g_strsplit (names, ",", -1);
}

/* Every row of every table of @location is as @before says. */
void
assert_unchanged (const char *location,
                  const char *before)
{
  g_autofree char *now = dump_all_tables (location);

  g_assert_cmpstr (now, ==, before);
}
