/* ond-window-restore.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Restoring an automatic backup from the main window (the core is ond-store-restore.c):
 *
 *   win.restore-backup   the main menu's "Restore from Backup…": a dialog lists the automatic
 *                        backups of the file, newest first by their local time, the newest
 *                        chosen; "Restore" (destructive) closes the database, puts the backup
 *                        in its place (the current file is kept aside), opens it again in a
 *                        new main window in place of this one, and says where the replaced
 *                        file was kept.
 *
 * Not on a read-only file: that would replace a file the user may not change. The window
 * that goes makes no automatic backup: the file it had open is kept aside whole, and a new
 * backup could push the one chosen out of the last ten. */

#define G_LOG_DOMAIN "ond-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-backup.h"
#include "ond-store-watch.h"
#include "ond-window-private.h"

/* "2026-11-29 20:15:03", local time; the file's name when it does not say when. */
static char *
backup_title (const char *path)
{
  g_autoptr(GDateTime) utc = ond_store_backup_get_time (path);
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_filename_display_basename (path);
  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%Y-%m-%d %H:%M:%S");
}

static void
show_message (GtkWindow  *parent,
              const char *heading,
              const char *body)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Puts @backup_path in place of the window's file and shows it in a new window in place of
 * @self. */
static void
restore (OndWindow  *self,
         const char *backup_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) open_error = NULL;
  g_autofree char *db_path = g_strdup (ond_store_get_path (self->store));
  g_autofree char *kept = NULL;
  g_autoptr(OndStore) store = NULL;
  g_autoptr(GSettings) settings = NULL;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GtkWindow *window;
  guint n_removed_again = 0;
  gboolean restored;
  /* The application's window holds the file and watches it (ond-store-watch.h); the new
   * one takes that over. */
  gboolean claimed = ond_store_has_window_claim (self->store);

  if (self->settings != NULL)
    settings = g_object_ref (self->settings);
  ond_store_close (self->store);
  restored = ond_store_restore_backup (db_path, backup_path, &kept, &n_removed_again, &error);
  /* The backup when it was restored, else the file as it was. */
  store = ond_store_open (db_path, &open_error);
  if (store == NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s\n%s",
                                                  error != NULL ? error->message : "",
                                                  open_error->message);

      show_message (GTK_WINDOW (self), _("Restore Failed"), g_strstrip (message));
      return;
    }

  if (claimed)
    {
      g_autoptr(GError) claim_error = NULL;

      if (!ond_store_claim_window (store, &claim_error))
        g_warning ("The restored file could not be claimed: %s", claim_error->message);
      ond_store_watch_outside_changes (store, OND_STORE_WATCH_INTERVAL_MS);
    }

  self->backup_on_close = FALSE;
  window = GTK_WINDOW (ond_window_new (app, store, settings));
  gtk_window_present (window);
  gtk_window_destroy (GTK_WINDOW (self));

  if (!restored)
    show_message (window, _("Restore Failed"), error->message);
  else
    {
      g_autofree char *name = kept != NULL ? g_filename_display_name (kept) : NULL;
      g_autoptr(GString) body = g_string_new (NULL);

      if (name != NULL)
        /* Translators: %s is the path of the file that the backup replaced. */
        g_string_append_printf (body, _("The file it replaced was kept as “%s”."), name);
      if (n_removed_again > 0)
        {
          if (body->len > 0)
            g_string_append_c (body, ' ');
          g_string_append_printf (body,
                                  ngettext ("%u case of the backup was removed again: it "
                                            "had been erased on request or removed after "
                                            "its retention period since.",
                                            "%u cases of the backup were removed again: "
                                            "they had been erased on request or removed "
                                            "after their retention period since.",
                                            n_removed_again),
                                  n_removed_again);
        }
      show_message (window, _("Backup Restored"), body->len > 0 ? body->str : NULL);
    }
}

typedef struct
{
  OndWindow *self;
  char      *backup_path;
} RestoreRequest;

/* After the dialog's response is over: the window and its dialog go in restore(). */
static gboolean
restore_idle_cb (gpointer user_data)
{
  RestoreRequest *request = user_data;

  if (request->self->store != NULL && gtk_widget_get_realized (GTK_WIDGET (request->self)))
    restore (request->self, request->backup_path);
  g_object_unref (request->self);
  g_free (request->backup_path);
  g_free (request);
  return G_SOURCE_REMOVE;
}

static void
on_restore_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        OndWindow        *self)
{
  GtkCheckButton *chosen;

  if (g_strcmp0 (response, "restore") != 0 || self->store == NULL)
    return;
  chosen = g_object_get_data (G_OBJECT (dialog), "chosen");
  for (GtkCheckButton *check = chosen; check != NULL;
       check = g_object_get_data (G_OBJECT (check), "next"))
    if (gtk_check_button_get_active (check))
      {
        RestoreRequest *request = g_new0 (RestoreRequest, 1);

        request->self = g_object_ref (self);
        request->backup_path = g_strdup (g_object_get_data (G_OBJECT (check), "path"));
        g_idle_add (restore_idle_cb, request);
        return;
      }
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  OndWindow *self = OND_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  GtkWidget *list;
  GtkCheckButton *first = NULL;
  GtkCheckButton *previous = NULL;
  AdwMessageDialog *dialog;

  if (self->store == NULL || _ond_window_say_backups_are_the_servers (self))
    return;
  if (ond_store_is_read_only (self->store))
    {
      _ond_window_show_toast (self, _("A read-only file cannot be restored from a backup"),
                              FALSE);
      return;
    }
  backups = ond_store_list_backups (ond_store_get_path (self->store), &error);
  if (backups == NULL)
    {
      _ond_window_show_toast (self, error->message, TRUE);
      return;
    }
  if (backups->len == 0)
    {
      _ond_window_show_toast (self, _("There are no backups of this file yet"), FALSE);
      return;
    }

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < backups->len; i++)
    {
      const char *path = g_ptr_array_index (backups, i);
      g_autofree char *title = backup_title (path);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      g_object_set_data_full (G_OBJECT (check), "path", g_strdup (path), g_free);
      if (first == NULL)
        first = GTK_CHECK_BUTTON (check);
      else
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check), first);
      if (previous != NULL)
        g_object_set_data (G_OBJECT (previous), "next", check);
      previous = GTK_CHECK_BUTTON (check);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  gtk_check_button_set_active (first, TRUE);
  /* A lone backup is no choice: without a group its button would show as a check box,
   * which reads as "include this one". It stays chosen, out of sight. */
  if (backups->len == 1)
    gtk_widget_set_visible (GTK_WIDGET (first), FALSE);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    GTK_WINDOW (self), _("Restore from Backup?"),
    _("The file is replaced by the backup chosen; the current file is kept aside under a new "
      "name, and the window opens again on the backup.")));
  adw_message_dialog_set_extra_child (dialog, list);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "chosen", first);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restore_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_ond_window_class_add_restore_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.restore-backup", NULL, restore_action);
}
