/* ond-booking-import-dialog.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The import of bookings in the window: the file, the preview and the import. The file is
 * read and checked by ond_booking_import_prepare (nothing written); the preview shows its
 * result (ond-booking-import-preview.c) in three tables (rows to add, problems, rows skipped)
 * and the columns page (ond-booking-import-mapping.c), where another mapping reads the file
 * again.
 *
 * The import itself runs on the main thread, because the store's SQLite connection must not
 * be used from two threads at once: the progress callback updates the bar and lets the main
 * loop run a little (at most every 50 ms), so that the window is drawn and its Cancel button
 * works; Cancel cancels the GCancellable the store checks, which rolls everything back. While
 * the import runs the window cannot be closed (closing it cancels the import). */

#define G_LOG_DOMAIN "ond-booking-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-booking-import-dialog-private.h"
#include "ond-form-field.h"

/* How often the import lets the window be drawn and answer the Cancel button. */
#define PROGRESS_INTERVAL (50 * G_TIME_SPAN_MILLISECOND)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  N_PROPS,
};

enum
{
  IMPORTED,
  N_SIGNALS,
};

G_DEFINE_FINAL_TYPE (OndBookingImportDialog, ond_booking_import_dialog, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

void
_ond_booking_import_dialog_prepare (OndBookingImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  OndBookingImport *import;

  if (self->path == NULL || self->store == NULL)
    return;

  import = ond_booking_import_prepare (self->store,
                                       self->plan != NULL ? ond_plan_get_id (self->plan) : 0,
                                       self->path, self->mapping, &error);
  if (import == NULL)
    {
      g_message ("The file %s cannot be read: %s", self->path, error->message);
      _ond_booking_import_dialog_show_unreadable (self, error);
      return;
    }

  g_clear_object (&self->import);
  self->import = import;
  _ond_booking_import_dialog_show_preview (self);
}

/* The import. */

static void
on_progress_cb (guint    done,
                guint    total,
                gpointer user_data)
{
  OndBookingImportDialog *self = user_data;
  gint64 now = g_get_monotonic_time ();
  g_autofree char *text = NULL;

  if (now - self->last_progress < PROGRESS_INTERVAL)
    return;
  self->last_progress = now;

  gtk_progress_bar_set_fraction (self->progress_bar, total > 0 ? (double) done / total : 0.0);
  /* Translators: the progress of an import, e.g. "1200 of 5000 rows". */
  text = g_strdup_printf (ngettext ("%u of %u row", "%u of %u rows", total), done, total);
  gtk_progress_bar_set_text (self->progress_bar, text);

  /* Draw, and answer the Cancel button; a bounded number of events, then back to work. */
  for (guint i = 0; i < 50 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
on_import_clicked_cb (OndBookingImportDialog *self,
                      GtkButton              *button)
{
  g_autoptr(OndBookingImportDialog) keep = NULL;
  g_autoptr(GError) error = NULL;
  guint n_added = 0;
  gboolean ok;

  if (!_ond_booking_import_dialog_can_import (self))
    return;

  keep = g_object_ref (self);
  self->importing = TRUE;
  self->cancellable = g_cancellable_new ();
  self->last_progress = 0;
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_progress_bar_set_text (self->progress_bar, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->stop_button), TRUE);
  gtk_stack_set_visible_child_name (self->main_stack, "progress");
  _ond_booking_import_dialog_update_buttons (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->stop_button));

  ok = ond_store_import_bookings (self->store, self->import, on_progress_cb, self,
                                  self->cancellable, &n_added, &error);

  self->importing = FALSE;
  g_clear_object (&self->cancellable);

  if (ok)
    {
      g_signal_emit (self, signals[IMPORTED], 0, n_added);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  gtk_stack_set_visible_child_name (self->main_stack, "preview");
  _ond_booking_import_dialog_update_buttons (self);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    _ond_booking_import_dialog_set_notice (self, _("The import was cancelled: nothing was added."),
                                           TRUE);
  else
    {
      g_message ("The bookings were not imported: %s", error->message);
      _ond_booking_import_dialog_set_notice (self, error->message, TRUE);
    }
}

static void
on_stop_clicked_cb (OndBookingImportDialog *self,
                    GtkButton              *button)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->stop_button), FALSE);
}

static gboolean
on_close_request_cb (OndBookingImportDialog *self,
                     GtkWindow              *window)
{
  if (!self->importing)
    return FALSE;

  /* Closing while importing cancels the import; the window stays to say so. */
  on_stop_clicked_cb (self, NULL);
  return TRUE;
}

/* Choosing the file. */

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        gpointer         user_data)
{
  g_autoptr(OndBookingImportDialog) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        ond_booking_import_dialog_open_path (self, path);
      else
        {
          g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                                         _("Only a file in a local folder "
                                                           "can be imported"));

          _ond_booking_import_dialog_show_unreadable (self, error);
        }
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
on_choose_clicked_cb (OndBookingImportDialog *self,
                      GtkButton              *button)
{
  ond_booking_import_dialog_choose_file (self);
}

/* The object. */

static void
ond_booking_import_dialog_constructed (GObject *object)
{
  OndBookingImportDialog *self = OND_BOOKING_IMPORT_DIALOG (object);

  G_OBJECT_CLASS (ond_booking_import_dialog_parent_class)->constructed (object);

  _ond_booking_import_dialog_init_mapping (self);
}

static void
ond_booking_import_dialog_dispose (GObject *object)
{
  OndBookingImportDialog *self = OND_BOOKING_IMPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_BOOKING_IMPORT_DIALOG);
  g_clear_object (&self->import);

  G_OBJECT_CLASS (ond_booking_import_dialog_parent_class)->dispose (object);
}

static void
ond_booking_import_dialog_finalize (GObject *object)
{
  OndBookingImportDialog *self = OND_BOOKING_IMPORT_DIALOG (object);

  g_clear_pointer (&self->sources, g_strfreev);
  g_clear_pointer (&self->offered_header, g_strfreev);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->mapping, ond_booking_mapping_free);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_booking_import_dialog_parent_class)->finalize (object);
}

static void
ond_booking_import_dialog_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  OndBookingImportDialog *self = OND_BOOKING_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_booking_import_dialog_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  OndBookingImportDialog *self = OND_BOOKING_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_booking_import_dialog_class_init (OndBookingImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ond_booking_import_dialog_constructed;
  object_class->dispose = ond_booking_import_dialog_dispose;
  object_class->finalize = ond_booking_import_dialog_finalize;
  object_class->get_property = ond_booking_import_dialog_get_property;
  object_class->set_property = ond_booking_import_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         OND_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OndBookingImportDialog::imported:
   * @self: the dialog
   * @n_added: the number of bookings added
   *
   * The bookings of the file were added; the window closes right after.
   */
  signals[IMPORTED] =
    g_signal_new ("imported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-booking-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OndBookingImportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OndBookingImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, OndBookingImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, OndBookingImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, OndBookingImportDialog,
                                        other_file_button);
  gtk_widget_class_bind_template_child (widget_class, OndBookingImportDialog, main_stack);
  gtk_widget_class_bind_template_child (widget_class, OndBookingImportDialog, choose_button);
  gtk_widget_class_bind_template_child (widget_class, OndBookingImportDialog,
                                        start_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndBookingImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, OndBookingImportDialog, notice_label);
  gtk_widget_class_bind_template_child (widget_class, OndBookingImportDialog, view_stack);
  gtk_widget_class_bind_template_child (widget_class, OndBookingImportDialog, rows_page);
  gtk_widget_class_bind_template_child (widget_class, OndBookingImportDialog, problems_page);
  gtk_widget_class_bind_template_child (widget_class, OndBookingImportDialog, skipped_page);
  gtk_widget_class_bind_template_child (widget_class, OndBookingImportDialog, rows_view);
  gtk_widget_class_bind_template_child (widget_class, OndBookingImportDialog, rows_label);
  gtk_widget_class_bind_template_child (widget_class, OndBookingImportDialog, problems_view);
  gtk_widget_class_bind_template_child (widget_class, OndBookingImportDialog, skipped_view);
  gtk_widget_class_bind_template_child (widget_class, OndBookingImportDialog, saved_row);
  gtk_widget_class_bind_template_child (widget_class, OndBookingImportDialog, source_row);
  gtk_widget_class_bind_template_child (widget_class, OndBookingImportDialog,
                                        save_mapping_button);
  gtk_widget_class_bind_template_child (widget_class, OndBookingImportDialog, fields_group);
  gtk_widget_class_bind_template_child (widget_class, OndBookingImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, OndBookingImportDialog, stop_button);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_close_request_cb);
  /* Declared in ond-booking-import-mapping.c. */
  gtk_widget_class_bind_template_callback_full (
    widget_class, "on_save_mapping_clicked_cb",
    G_CALLBACK (_ond_booking_import_dialog_save_mapping));

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ond_booking_import_dialog_init (OndBookingImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  ond_form_set_button_label (self->cancel_button, _("_Cancel"));
  ond_form_set_button_label (self->import_button, _("_Import"));
  ond_form_set_button_label (self->other_file_button, _("_Other File…"));
  ond_form_set_button_label (self->choose_button, _("_Choose File…"));
  ond_form_set_button_label (self->stop_button, _("_Cancel Import"));
  ond_form_set_button_label (self->save_mapping_button, _("_Save Mapping"));

  _ond_booking_import_dialog_add_columns (self);
}

/**
 * ond_booking_import_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @store: the store to import into
 * @plan: (nullable): the plan whose cost lines the rows are matched with
 *
 * Returns: (transfer full): a new dialog, not yet shown, at its start page
 */
OndBookingImportDialog *
ond_booking_import_dialog_new (GtkWindow *parent,
                               OndStore  *store,
                               OndPlan   *plan)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (plan == NULL || OND_IS_PLAN (plan), NULL);

  return g_object_new (OND_TYPE_BOOKING_IMPORT_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "plan", plan,
                       NULL);
}

/**
 * ond_booking_import_dialog_choose_file:
 * @self: an #OndBookingImportDialog
 *
 * Asks the user for a CSV file; one chosen is read and previewed.
 */
void
ond_booking_import_dialog_choose_file (OndBookingImportDialog *self)
{
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  g_return_if_fail (OND_IS_BOOKING_IMPORT_DIALOG (self));

  if (self->importing)
    return;

  chooser = gtk_file_chooser_native_new (_("Import Bookings"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (csv, _("CSV files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);

  /* Both released in on_chooser_response_cb. */
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response_cb),
                    g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * ond_booking_import_dialog_open_path:
 * @self: an #OndBookingImportDialog
 * @path: a file in the file system
 *
 * Reads and checks @path, as when the user chose it, and shows the preview (or, when it
 * cannot be read, why). Nothing is written.
 */
void
ond_booking_import_dialog_open_path (OndBookingImportDialog *self,
                                     const char             *path)
{
  g_return_if_fail (OND_IS_BOOKING_IMPORT_DIALOG (self));
  g_return_if_fail (path != NULL);

  if (self->importing)
    return;

  g_free (self->path);
  self->path = g_strdup (path);
  gtk_widget_set_visible (GTK_WIDGET (self->start_error_label), FALSE);
  _ond_booking_import_dialog_prepare (self);
  if (self->import == NULL)
    return;
  _ond_booking_import_dialog_match_header (self);
  if (ond_booking_import_get_problems (self->import)->len > 0)
    adw_view_stack_set_visible_child_name (self->view_stack, "problems");
  else
    adw_view_stack_set_visible_child_name (self->view_stack, "rows");
}

/**
 * ond_booking_import_dialog_get_import:
 * @self: an #OndBookingImportDialog
 *
 * Returns: (transfer none) (nullable): the import prepared from the file shown
 */
OndBookingImport *
ond_booking_import_dialog_get_import (OndBookingImportDialog *self)
{
  g_return_val_if_fail (OND_IS_BOOKING_IMPORT_DIALOG (self), NULL);

  return self->import;
}
