/* ond-application-copy-in.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* "Copy a File In…", the second choice of a team database that is set up but holds no data
 * yet (ond-application.c): the user chooses the Ondermijning file they worked in, which is
 * copied whole into the server database (ond_store_copy_to, one transaction: on any failure
 * nothing is written), and the server database then opens in a window.
 *
 * The copy runs in the main loop, not in a thread: a dialog says it is busy (drawn before
 * the copy starts) and the application does not answer until it is done. */

#define G_LOG_DOMAIN "ond-application"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-application-private.h"
#include "ond-store.h"

typedef struct
{
  OndApplication *app;
  char           *uri;
  char           *path;
  GtkWidget      *busy;
} CopyIn;

static void
copy_in_free (CopyIn *copy)
{
  g_application_release (G_APPLICATION (copy->app));
  g_object_unref (copy->app);
  g_free (copy->uri);
  g_free (copy->path);
  g_free (copy);
}

static void
show_failure (OndApplication *app,
              const GError   *error)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, _("The File Could Not Be Copied In"),
                                                       NULL));
  /* Translators: %s is the reason. */
  adw_message_dialog_format_body (dialog, _("%s Nothing was written to the team database."),
                                  error->message);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
copy_cb (gpointer user_data)
{
  CopyIn *copy = user_data;
  g_autoptr(OndStore) file = NULL;
  g_autoptr(GError) error = NULL;
  gboolean copied = FALSE;

  /* Opening a path that does not exist would make a new file. */
  if (!g_file_test (copy->path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *display = g_filename_display_name (copy->path);

      g_set_error (&error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                   _("The file “%s” does not exist."), display);
    }
  else
    file = ond_store_open (copy->path, &error);
  if (file != NULL)
    {
      copied = ond_store_copy_to (file, copy->uri, NULL, &error);
      ond_store_close (file);
    }

  gtk_window_destroy (GTK_WINDOW (copy->busy));
  if (copied)
    _ond_application_open (copy->app, copy->uri, NULL);
  else
    {
      g_message ("Could not copy the file in: %s", error->message);
      show_failure (copy->app, error);
    }
  copy_in_free (copy);
  return G_SOURCE_REMOVE;
}

/* The busy dialog has been drawn: the copy may hold up the main loop now. */
static void
on_busy_painted_cb (GdkFrameClock *clock,
                    CopyIn        *copy)
{
  g_signal_handlers_disconnect_by_func (clock, on_busy_painted_cb, copy);
  g_idle_add_full (G_PRIORITY_LOW, copy_cb, copy, NULL);
}

static void
on_busy_mapped_cb (GtkWidget *busy,
                   CopyIn    *copy)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (busy);

  g_signal_handlers_disconnect_by_func (busy, on_busy_mapped_cb, copy);
  if (clock == NULL)
    g_idle_add_full (G_PRIORITY_LOW, copy_cb, copy, NULL);
  else
    g_signal_connect (clock, "after-paint", G_CALLBACK (on_busy_painted_cb), copy);
}

static void
start_copy (CopyIn *copy)
{
  g_autofree char *name = g_filename_display_basename (copy->path);
  g_autofree char *display = ond_store_location_display_name (copy->uri);
  AdwMessageDialog *busy;

  /* No response: it goes when the copy is done. */
  busy = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, _("Copying the File In…"), NULL));
  /* Translators: the first %s is a file name, the second names the server database. */
  adw_message_dialog_format_body (busy, _("“%s” is being copied into the server database %s "
                                          "and checked table by table. The team database "
                                          "opens when it is done."), name, display);
  gtk_window_set_deletable (GTK_WINDOW (busy), FALSE);
  gtk_window_set_application (GTK_WINDOW (busy), GTK_APPLICATION (copy->app));
  gtk_widget_set_cursor_from_name (GTK_WIDGET (busy), "wait");
  copy->busy = GTK_WIDGET (busy);
  g_signal_connect (busy, "map", G_CALLBACK (on_busy_mapped_cb), copy);
  gtk_window_present (GTK_WINDOW (busy));
}

static void
on_file_chosen_cb (GtkNativeDialog *chooser,
                   int              response,
                   CopyIn          *copy)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    copy->path = g_file_get_path (file);
  g_object_unref (chooser);

  if (copy->path != NULL)
    start_copy (copy);
  else
    copy_in_free (copy);
}

void
_ond_application_copy_file_in (OndApplication *self,
                               const char     *uri)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;
  CopyIn *copy;

  g_return_if_fail (OND_IS_APPLICATION (self));
  g_return_if_fail (uri != NULL);

  copy = g_new0 (CopyIn, 1);
  copy->app = g_object_ref (self);
  copy->uri = g_strdup (uri);
  /* No window may be open yet: the application waits for the choice and the copy. */
  g_application_hold (G_APPLICATION (self));

  chooser = gtk_file_chooser_native_new (_("Copy a File In"), NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Copy In"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Databases"));
  gtk_file_filter_add_suffix (filter, "db");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen_cb), copy);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
