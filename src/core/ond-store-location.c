/* ond-store-location.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Where a database may live. SQLite's locking and its write-ahead log need a local file
 * system: on a network share (NFS, SMB/CIFS, AFS, Ceph, 9p...) locks are emulated or
 * missing and the WAL's shared memory cannot be shared, so two users, or one user on two
 * machines, can damage the file without either seeing an error. ond_store_open() therefore
 * refuses a database on such a share, before it reads or writes a byte, and says what to do
 * instead. The file system is asked with statfs(2); the decision is
 * _ond_store_check_filesystem(), kept apart so that tests can give it the kinds of share a
 * test machine cannot mount.
 */

#define G_LOG_DOMAIN "ond-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <sys/vfs.h>

#include "ond-store-private.h"

/* The kinds of file system that are a share on another machine, by statfs's f_type (the
 * kernel's magic numbers, linux/magic.h and the file systems' own headers). */
static const struct
{
  unsigned long type;
  const char   *name;
} network_filesystems[] = {
  { 0x6969UL, "NFS" },
  { 0x517BUL, "SMB" },
  { 0xFF534D42UL, "SMB/CIFS" },
  { 0xFE534D42UL, "SMB2" },
  { 0x5346414FUL, "AFS" },
  { 0x6B414653UL, "AFS" },
  { 0x73757245UL, "Coda" },
  { 0x00C36400UL, "Ceph" },
  { 0x564CUL, "NCP" },
  { 0x01021997UL, "9p" },
  { 0x47504653UL, "GPFS" },
  { 0x0BD00BD0UL, "Lustre" },
};

/**
 * _ond_store_check_filesystem:
 *
 * See ond-store-private.h.
 */
gboolean
_ond_store_check_filesystem (const char     *path,
                             unsigned long   fs_type,
                             GError        **error)
{
  for (gsize i = 0; i < G_N_ELEMENTS (network_filesystems); i++)
    if (network_filesystems[i].type == fs_type)
      {
        g_autofree char *display = g_filename_display_name (path);

        g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NETWORK_SHARE,
                     /* Translators: the first %s is the file, the second the kind of
                      * share (NFS, SMB...). */
                     _("“%s” is on a network share (%s). Ondermijning keeps its database "
                       "on a local disk: a share cannot lock it safely, so it could be "
                       "damaged. Copy the file to a folder on this computer and open that "
                       "copy; for a team, use a team server."),
                     display, network_filesystems[i].name);
        return FALSE;
      }
  return TRUE;
}

/**
 * _ond_store_check_location:
 *
 * See ond-store-private.h.
 */
gboolean
_ond_store_check_location (const char  *path,
                           GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  struct statfs fs;

  /* The file when it exists, else the folder it would be made in. A file system that
   * cannot be asked is left to the open that follows, which says why. */
  if (statfs (path, &fs) != 0 && (errno != ENOENT || statfs (dir, &fs) != 0))
    return TRUE;
  return _ond_store_check_filesystem (path, (unsigned long) fs.f_type, error);
}
