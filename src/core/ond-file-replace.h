/* ond-file-replace.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Replacing a file whole (ond-file-replace.c): the exports write to a temporary file beside
 * their destination and rename it over the destination once it is complete and on disk. */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * OndFileReplaceMode:
 * @OND_FILE_REPLACE_KEEP_MODE: the new file gets the permissions of the file it replaces,
 *   or 0666 less the umask when there is none
 * @OND_FILE_REPLACE_PRIVATE: the new file is readable and writable by its owner only (0600),
 *   from the first byte and whatever the umask says: for personal data
 *
 * The permissions of the file that ond_file_replace_begin() makes.
 */
typedef enum
{
  OND_FILE_REPLACE_KEEP_MODE,
  OND_FILE_REPLACE_PRIVATE,
} OndFileReplaceMode;

typedef struct _OndFileReplace OndFileReplace;

OndFileReplace *ond_file_replace_begin         (const char         *path,
                                                OndFileReplaceMode  mode,
                                                GError            **error)
                                                G_GNUC_WARN_UNUSED_RESULT;
int             ond_file_replace_get_fd        (OndFileReplace     *self);
const char     *ond_file_replace_get_temp_path (OndFileReplace     *self);
gboolean        ond_file_replace_commit        (OndFileReplace     *self,
                                                GError            **error);
void            ond_file_replace_free          (OndFileReplace     *self);

void            ond_file_replace_set_error     (GError            **error,
                                                const char         *path,
                                                int                 saved_errno);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OndFileReplace, ond_file_replace_free)

G_END_DECLS
