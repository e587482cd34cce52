/* ond-list-export-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of the list export share: ond-list-export.c sets a list up, collects its
 * rows and writes them; ond-list-export-save.c asks where, and tells how it went. */

#pragma once

#include "ond-list-export.h"

G_BEGIN_DECLS

/* The start of the file name ond_list_export_setup () was given, or NULL. */
const char *_ond_list_export_get_file_name (GtkColumnView *view);

G_END_DECLS
