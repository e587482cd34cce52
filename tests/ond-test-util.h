/* ond-test-util.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Helpers the test programs share: a scratch folder, its removal, a file's checksum.
 * GLib only, so that every test (with or without a display) can link it. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *ond_test_make_dir      (const char *prefix);
void  ond_test_remove_db     (const char *path);
void  ond_test_remove_tree   (const char *path);
char *ond_test_file_checksum (const char *path);

G_END_DECLS
