/* ond-application-copy-in.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* "Copy a File In…", the second choice of a team database that is set up but holds no data
 * yet (ond-application.c): the user chooses the Ondermijning file they worked in, which is
 * copied whole into the server database (ond_store_copy_to_with_progress, one transaction:
 * on any failure nothing is written), and the server database then opens in a window.
 *
 * The copy runs in a worker thread (a GTask), which opens the file in a store of its own;
 * the copy opens its own connection to the server. The thread has a main context of its
 * own for that time, so that nothing of those stores reaches the main loop. A dialog shows
 * how far it is (a progress bar: the table, then the rows of the whole file), updated from
 * the main loop through an idle source, never from the thread; its Cancel cancels the copy,
 * which then ends as a failed one does (nothing written, no window) but without an error
 * dialog: the team database is opened again, so that its choices (start with the plan,
 * copy a file in) are offered again. The application is held until the copy is done. */

#define G_LOG_DOMAIN "ond-application"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-application-private.h"
#include "ond-store.h"

/* The share of the bar the copying of the rows takes; the rest is the check afterwards,
 * which reads every row on both sides again, much faster than each row is written. */
#define COPYING_SHARE 0.85
/* The thread tells the main loop at most this often, besides each new table. */
#define UPDATE_INTERVAL_US (100 * G_TIME_SPAN_MILLISECOND)

typedef struct
{
  OndApplication    *app;
  char              *uri;
  char              *path;
  GtkWidget         *busy;
  GtkProgressBar    *bar;
  GCancellable      *cancellable;
  gboolean           running;
  /* Only the thread reads or writes these. */
  gint64             last_update;
  guint              last_table;
  OndStoreCopyStage  last_stage;
} CopyIn;

/* One state of the copy, from the thread to the main loop. */
typedef struct
{
  GtkProgressBar       *bar;
  GCancellable         *cancellable;
  OndStoreCopyProgress  progress;
  char                 *table;
} Update;

static void
copy_in_free (CopyIn *copy)
{
  g_application_release (G_APPLICATION (copy->app));
  g_object_unref (copy->app);
  g_clear_object (&copy->bar);
  g_clear_object (&copy->cancellable);
  g_free (copy->uri);
  g_free (copy->path);
  g_free (copy);
}

static void
update_free (Update *update)
{
  g_object_unref (update->bar);
  g_object_unref (update->cancellable);
  g_free (update->table);
  g_free (update);
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

/* In the main loop: the bar shows the state the thread sent, unless the user cancelled. */
static gboolean
apply_update_cb (gpointer user_data)
{
  Update *update = user_data;
  const OndStoreCopyProgress *progress = &update->progress;
  double part = progress->rows_total > 0
                  ? (double) progress->rows_done / (double) progress->rows_total : 1.0;
  g_autofree char *text = NULL;

  if (g_cancellable_is_cancelled (update->cancellable))
    return G_SOURCE_REMOVE;
  if (progress->stage == OND_STORE_COPY_COPYING)
    {
      gtk_progress_bar_set_fraction (update->bar, COPYING_SHARE * part);
      /* Translators: copying table 12 of 61; the last %s is the table's name in the
       * database (case_file), shown as it is. */
      text = g_strdup_printf (_("Table %u of %u: %s"), progress->table_index,
                              progress->n_tables, update->table);
    }
  else
    {
      gtk_progress_bar_set_fraction (update->bar, COPYING_SHARE + (1 - COPYING_SHARE) * part);
      /* Translators: comparing table 12 of 61 with the original; the last %s is the
       * table's name in the database (case_file), shown as it is. */
      text = g_strdup_printf (_("Checking table %u of %u: %s"), progress->table_index,
                              progress->n_tables, update->table);
    }
  gtk_progress_bar_set_text (update->bar, text);
  return G_SOURCE_REMOVE;
}

/* In the thread: a new table or stage at once, else at most every UPDATE_INTERVAL_US. */
static void
on_progress (const OndStoreCopyProgress *progress,
             gpointer                    user_data)
{
  CopyIn *copy = user_data;
  gint64 now = g_get_monotonic_time ();
  g_autoptr(GSource) source = NULL;
  Update *update;

  if (progress->table_index == copy->last_table && progress->stage == copy->last_stage &&
      progress->rows_done < progress->rows_total && now - copy->last_update < UPDATE_INTERVAL_US)
    return;
  copy->last_update = now;
  copy->last_table = progress->table_index;
  copy->last_stage = progress->stage;

  update = g_new0 (Update, 1);
  update->bar = g_object_ref (copy->bar);
  update->cancellable = g_object_ref (copy->cancellable);
  update->progress = *progress;
  update->table = g_strdup (progress->table);
  update->progress.table = NULL;
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, apply_update_cb, update, (GDestroyNotify) update_free);
  g_source_set_static_name (source, "[ond] copy-in progress");
  g_source_attach (source, g_main_context_default ());
}

static void
copy_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  CopyIn *copy = task_data;
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(GError) error = NULL;
  OndStore *file = NULL;
  gboolean copied = FALSE;

  /* The file's store is made here: it tells its changes to this context, not the main
   * loop's. */
  g_main_context_push_thread_default (context);
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
      copied = ond_store_copy_to_with_progress (file, copy->uri, on_progress, copy, cancellable,
                                                NULL, &error);
      ond_store_close (file);
      g_object_unref (file);
    }
  g_main_context_pop_thread_default (context);

  if (copied)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
on_copied_cb (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  CopyIn *copy = user_data;
  g_autoptr(GError) error = NULL;

  copy->running = FALSE;
  gtk_window_destroy (GTK_WINDOW (copy->busy));
  if (g_task_propagate_boolean (G_TASK (result), &error))
    _ond_application_open (copy->app, copy->uri, NULL);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* The user's own choice: no error, and back to the choices of the empty database. */
      g_message ("The copy-in was cancelled: nothing was written to the team database");
      _ond_application_open (copy->app, copy->uri, NULL);
    }
  else
    {
      g_message ("Could not copy the file in: %s", error->message);
      show_failure (copy->app, error);
    }
  copy_in_free (copy);
}

/* Cancel, or Escape: the copy stops at its next row and rolls back; the dialog stays until
 * it has. */
static void
cancel_copy (CopyIn *copy)
{
  if (!copy->running || g_cancellable_is_cancelled (copy->cancellable))
    return;
  g_cancellable_cancel (copy->cancellable);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (copy->busy), "cancel", FALSE);
  gtk_progress_bar_set_text (copy->bar, _("Cancelling…"));
}

static gboolean
on_busy_close_request_cb (GtkWindow *busy,
                          CopyIn    *copy)
{
  cancel_copy (copy);
  return copy->running;
}

static void
on_busy_response_cb (AdwMessageDialog *busy,
                     const char       *response,
                     CopyIn           *copy)
{
  cancel_copy (copy);
}

static void
start_copy (CopyIn *copy)
{
  g_autofree char *name = g_filename_display_basename (copy->path);
  g_autofree char *display = ond_store_location_display_name (copy->uri);
  g_autoptr(GTask) task = NULL;
  AdwMessageDialog *busy;
  GtkWidget *bar;

  busy = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, _("Copying the File In…"), NULL));
  /* Translators: the first %s is a file name, the second names the server database. */
  adw_message_dialog_format_body (busy, _("“%s” is being copied into the server database %s "
                                          "and checked table by table. The team database "
                                          "opens when it is done."), name, display);
  bar = gtk_progress_bar_new ();
  gtk_progress_bar_set_show_text (GTK_PROGRESS_BAR (bar), TRUE);
  gtk_progress_bar_set_text (GTK_PROGRESS_BAR (bar), _("Opening the file…"));
  adw_message_dialog_set_extra_child (busy, bar);
  adw_message_dialog_add_response (busy, "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (busy, "cancel");
  gtk_window_set_application (GTK_WINDOW (busy), GTK_APPLICATION (copy->app));
  g_signal_connect (busy, "close-request", G_CALLBACK (on_busy_close_request_cb), copy);
  g_signal_connect (busy, "response", G_CALLBACK (on_busy_response_cb), copy);
  copy->busy = GTK_WIDGET (busy);
  copy->bar = GTK_PROGRESS_BAR (g_object_ref (bar));
  copy->cancellable = g_cancellable_new ();
  copy->running = TRUE;
  gtk_window_present (GTK_WINDOW (busy));

  task = g_task_new (NULL, copy->cancellable, on_copied_cb, copy);
  g_task_set_source_tag (task, start_copy);
  g_task_set_task_data (task, copy, NULL);
  /* A copy that was committed before the cancel came is done: it opens. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, copy_thread);
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
