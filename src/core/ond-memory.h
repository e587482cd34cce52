/* ond-memory.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Large buffers for the imports: a file of 100,000 rows takes tens of megabytes, and on
 * Linux each 4 KiB page of a fresh buffer costs a page fault when it is first written. A
 * large buffer asks for transparent huge pages (2 MiB a fault) where the system offers them
 * on request; elsewhere it is plain g_malloc() memory. Free with g_free().
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gpointer  ond_memory_alloc_large  (gsize          size) G_GNUC_WARN_UNUSED_RESULT;
/* Reads the whole file @path into a large buffer with a NUL after its bytes. */
gboolean  ond_memory_read_file    (const char    *path,
                                   char         **contents,
                                   gsize         *length,
                                   GError       **error);

G_END_DECLS
