/* ond-store-watch.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One window per file, and a window that notices what others wrote (ond-store-watch.h).
 *
 * A window claims its database file: an exclusive flock () on a lock file beside it,
 * "<database>.lock", which the kernel releases when the store closes or the process ends
 * (also when it is killed), so a claim never outlives its window. A second window on the
 * same file, in this process or another, is refused with a clear message. Headless commands
 * (imports, exports, backups) claim nothing: they may run beside a window. The lock file
 * stays beside the database (removing it could let two windows each lock a file of their
 * own); where it cannot be made (a read-only folder), the window opens without a claim.
 *
 * What another connection commits is seen through PRAGMA data_version, which changes when
 * another connection has committed since this one last looked (never for this connection's
 * own commits). On a team server a store LISTENs, and every commit NOTIFYs the others
 * (ond-pg.c): the count of their commits takes data_version's place. A watching store looks
 * every few seconds and then emits ::changed, so the views that are shown read again. A team
 * server's database is not claimed: many windows may show it at once.
 *
 * Each look on a team server also finds out whether the connection is still there (a lost
 * one is made again then, ond_pg_poll_outside_changes): OndStore:connected turns FALSE when
 * a look finds it lost and TRUE again when a later look made it again, so that a window can
 * say so meanwhile. The store refuses every change while it has no connection.
 */

#define G_LOG_DOMAIN "ond-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ond-statement.h"
#include "ond-store-private.h"
#include "ond-store-watch.h"

/**
 * ond_store_claim_window:
 * @self: an open #OndStore on a file
 * @error: return location for an error
 *
 * Claims the store's file for a window: fails with %OND_STORE_ERROR_BUSY while another
 * window (of this process or another) has it. The claim ends when the store closes. Claiming
 * twice is a no-op.
 *
 * Returns: %TRUE when the window may show the file
 */
gboolean
ond_store_claim_window (OndStore  *self,
                        GError   **error)
{
  OndStoreWatch *watch;
  g_autofree char *lock_path = NULL;
  int fd;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* One window per file: a team server's database is for many windows at once. */
  if (ond_store_is_server (self))
    return TRUE;
  watch = _ond_store_get_watch (self);
  if (watch->lock_fd >= 0)
    return TRUE;

  lock_path = g_strconcat (ond_store_get_path (self), ".lock", NULL);
  fd = g_open (lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      /* A folder the user cannot write to: the file is opened read-only, and two windows
       * that can change nothing cannot undo each other's work. */
      g_debug ("No window claim on %s: %s", lock_path, g_strerror (errno));
      return TRUE;
    }

  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (ond_store_get_path (self));

      close (fd);
      if (saved_errno == EWOULDBLOCK)
        g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_BUSY,
                     _("“%s” is already open in another window of Ondermijning. Use that "
                       "window, or close it first."), display);
      else
        g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_FAILED,
                     _("Cannot claim “%s” for this window: %s"), display,
                     g_strerror (saved_errno));
      return FALSE;
    }

  watch->lock_fd = fd;
  return TRUE;
}

/**
 * ond_store_has_window_claim:
 * @self: an #OndStore
 *
 * Returns: whether @self holds the window claim on its file
 */
gboolean
ond_store_has_window_claim (OndStore *self)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);

  return _ond_store_get_watch (self)->lock_fd >= 0;
}

/**
 * _ond_store_read_data_version:
 *
 * See ond-store-private.h.
 */
gint64
_ond_store_read_data_version (OndStore *self)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;
  gboolean has_row = FALSE;
  gint64 version = -1;

  /* On a team server: the commits of other connections that were notified (LISTEN). */
  if (ond_store_is_server (self))
    return ond_pg_poll_outside_changes (_ond_store_get_pg (self));
  stmt = _ond_store_prepare (self, "PRAGMA data_version", &error);
  if (stmt != NULL && ond_statement_step (stmt, &has_row, &error) && has_row)
    version = ond_statement_get_int64 (stmt, 0);
  if (error != NULL)
    g_debug ("Could not read the data version: %s", error->message);
  return version;
}

/**
 * ond_store_check_outside_changes:
 * @self: an open #OndStore
 *
 * Looks whether another connection (another process: an import, a restore, a second
 * program) committed since the last look, and if so schedules ::changed.
 *
 * Returns: whether something was changed by another connection
 */
gboolean
ond_store_check_outside_changes (OndStore *self)
{
  OndStoreWatch *watch;
  gint64 version;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);

  watch = _ond_store_get_watch (self);
  version = _ond_store_read_data_version (self);
  if (ond_store_is_server (self) &&
      watch->lost == ond_pg_is_connected (_ond_store_get_pg (self)))
    {
      watch->lost = !watch->lost;
      g_debug (watch->lost ? "The connection to the team server is lost"
                           : "The connection to the team server is back");
      g_object_notify (G_OBJECT (self), "connected");
    }
  if (version < 0)
    return FALSE;
  if (watch->data_version == 0 || version == watch->data_version)
    {
      watch->data_version = version;
      return FALSE;
    }
  watch->data_version = version;
  _ond_store_schedule_changed (self);
  return TRUE;
}

/**
 * ond_store_get_connected:
 * @self: an #OndStore
 *
 * Returns: %FALSE when the last look for outside changes found the connection to the team
 *   server lost (and could not make it again); %TRUE for a file
 */
gboolean
ond_store_get_connected (OndStore *self)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);

  return !_ond_store_get_watch (self)->lost;
}

static gboolean
watch_cb (gpointer user_data)
{
  ond_store_check_outside_changes (user_data);
  return G_SOURCE_CONTINUE;
}

/**
 * ond_store_watch_outside_changes:
 * @self: an open #OndStore
 * @interval_ms: how often to look, in milliseconds (OND_STORE_WATCH_INTERVAL_MS for a window)
 *
 * From now on, looks every @interval_ms in the main loop whether another connection changed
 * the database, and emits ::changed when it did (ond_store_check_outside_changes). Stops when
 * the store closes. No reference is held.
 */
void
ond_store_watch_outside_changes (OndStore *self,
                                 guint     interval_ms)
{
  OndStoreWatch *watch;

  g_return_if_fail (OND_IS_STORE (self));
  g_return_if_fail (interval_ms > 0);

  watch = _ond_store_get_watch (self);
  g_clear_handle_id (&watch->source, g_source_remove);
  ond_store_check_outside_changes (self);
  watch->source = g_timeout_add (interval_ms, watch_cb, self);
}

void
_ond_store_watch_clear (OndStore *self)
{
  OndStoreWatch *watch = _ond_store_get_watch (self);

  g_clear_handle_id (&watch->source, g_source_remove);
  if (watch->lock_fd >= 0)
    {
      /* Closing the file releases the lock. */
      close (watch->lock_fd);
      watch->lock_fd = -1;
    }
}
