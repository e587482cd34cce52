/* test-server-copy-util.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the two programs of --copy-to share (test-server-copy.c, test-server-copy-progress.c):
 * the tables of a file, and the proof that a refused or cancelled copy wrote nothing. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The tables of a file, from its own catalogue (sqlite_sequence apart). */
GStrv        file_tables       (const char *path);
/* Every row of every table of @location is as @before (dump_all_tables) says. */
void         assert_unchanged  (const char *location,
                                const char *before);

G_END_DECLS
