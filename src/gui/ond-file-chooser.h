/* ond-file-chooser.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

char *ond_file_chooser_dup_save_path (GtkNativeDialog *chooser,
                                      int              response,
                                      const char      *suffix) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
