/* ond-file-chooser.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the save dialogs of the application share: the file the user accepted, as a local
 * path, with the file's kind as its suffix. */

#define G_LOG_DOMAIN "ond-file-chooser"

#include "config.h"

#include "ond-file-chooser.h"

/**
 * ond_file_chooser_dup_save_path:
 * @chooser: a #GtkFileChooserNative that saves
 * @response: its response
 * @suffix: the suffix of the kind of file, e.g. ".pdf"
 *
 * Returns: (transfer full) (nullable): the path accepted, with @suffix added unless it ends
 *   in it already (in any case), or %NULL when the user cancelled or chose no local file
 */
char *
ond_file_chooser_dup_save_path (GtkNativeDialog *chooser,
                                int              response,
                                const char      *suffix)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *lower_suffix = NULL;

  g_return_val_if_fail (GTK_IS_FILE_CHOOSER (chooser), NULL);
  g_return_val_if_fail (suffix != NULL, NULL);

  if (response != GTK_RESPONSE_ACCEPT)
    return NULL;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);
  if (path == NULL)
    return NULL;

  lower = g_ascii_strdown (path, -1);
  lower_suffix = g_ascii_strdown (suffix, -1);
  if (g_str_has_suffix (lower, lower_suffix))
    return g_steal_pointer (&path);
  return g_strconcat (path, suffix, NULL);
}
