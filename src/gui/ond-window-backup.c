/* ond-window-backup.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Backups from the main window (the core is ond-store-backup.c):
 *
 *   win.back-up   the main menu's "Back Up…": asks where (a file chooser proposing
 *                 "<database>-backup-YYYY-MM-DD.db") and writes a copy of the database there;
 *                 a toast says so, a dialog shows why it failed.
 *
 * And the automatic backup when the window goes (its dispose, before it lets go of the
 * store): one in "<database>-backups", the last ten kept. Not for a read-only file: that
 * window changed nothing, and the file is often someone else's or on a share or medium where
 * a folder of ours beside it is unwanted or cannot be made. A failure is logged and does not
 * hold the window back. */

#define G_LOG_DOMAIN "ond-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ond-file-chooser.h"
#include "ond-store-backup.h"
#include "ond-window-private.h"

/* "plan-backup-2026-11-29.db" for "/x/plan.db", with today's local date. */
static char *
suggested_name (OndWindow *self)
{
  g_autofree char *base = g_path_get_basename (ond_store_get_path (self->store));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *display = NULL;

  if (g_str_has_suffix (base, ".db") && strlen (base) > 3)
    base[strlen (base) - 3] = '\0';
  display = g_filename_display_name (base);
  /* Translators: the file name proposed for a backup: the database's name, then the date. */
  return g_strdup_printf (_("%s-backup-%s.db"), display, date);
}

static void
show_failure (OndWindow  *self,
              const char *message)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Backup Failed"), message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * ond_window_back_up:
 * @self: a window
 * @path: the file to write (replaced whole when it exists)
 *
 * Writes a copy of the window's database to @path (ond_store_backup(), mode 0600), as the
 * main menu's "Back Up…" does once the file is chosen: a toast says so, or a dialog shows the
 * reason it failed (and nothing is written).
 *
 * Returns: %TRUE when @path holds the copy
 */
gboolean
ond_window_back_up (OndWindow  *self,
                    const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (OND_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->store == NULL || !ond_store_backup (self->store, path, &error))
    {
      show_failure (self, error != NULL ? error->message
                                        : _("There is no database to back up"));
      return FALSE;
    }

  name = g_filename_display_basename (path);
  /* Translators: %s is the name of the backup file. */
  message = g_strdup_printf (_("Backup saved as “%s”"), name);
  _ond_window_show_toast (self, message, FALSE);
  return TRUE;
}

static void
on_save_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     OndWindow       *self)
{
  g_autofree char *path = ond_file_chooser_dup_save_path (chooser, response, ".db");

  if (path != NULL)
    ond_window_back_up (self, path);

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

/* See ond-window-private.h. */
gboolean
_ond_window_say_backups_are_the_servers (OndWindow *self)
{
  GtkWidget *dialog;

  if (self->store == NULL || !ond_store_is_server (self->store))
    return FALSE;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Backups Are Made on the Server"),
                                   _("This database is on a team server. Its administrator "
                                     "makes the backups there (pg_dump) and restores them; "
                                     "Ondermijning makes no copies of it."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* Also on a read-only file: a backup only reads the database. */
static void
back_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  OndWindow *self = OND_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (self->store == NULL || _ond_window_say_backups_are_the_servers (self))
    return;

  chooser = gtk_file_chooser_native_new (_("Back Up Database"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Databases"));
  gtk_file_filter_add_suffix (filter, "db");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  name = suggested_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  /* Both released in on_save_response_cb. */
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_response_cb),
                    g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_ond_window_back_up_on_close (OndWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  /* A team server's database is backed up by its administrator. */
  if (self->store == NULL || !self->backup_on_close || ond_store_is_read_only (self->store) ||
      ond_store_is_server (self->store))
    return;

  path = ond_store_backup_auto (self->store, &error);
  if (path == NULL)
    g_warning ("No automatic backup of %s: %s", ond_store_get_path (self->store),
               error->message);
  else
    g_debug ("Automatic backup: %s", path);
}

void
_ond_window_class_add_backup_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.back-up", NULL, back_up_action);
}
