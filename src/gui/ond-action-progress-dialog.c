/* ond-action-progress-dialog.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A new progress note of an action. The date starts as today (dd-mm-jjjj); the store checks
 * it (a real day, 2000 up to today) and the note (not blank), and its refusal goes below
 * that field. The notes written before are listed below the form, newest first. */

#define G_LOG_DOMAIN "ond-action-progress-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-action-progress-dialog.h"
#include "ond-date.h"
#include "ond-form-field.h"
#include "ond-store-actions.h"

struct _OndActionProgressDialog
{
  AdwWindow            parent_instance;

  AdwWindowTitle      *window_title;
  GtkButton           *cancel_button;
  GtkButton           *save_button;
  AdwPreferencesGroup *general_error_group;
  GtkLabel            *general_error_label;
  AdwPreferencesGroup *group;
  AdwPreferencesGroup *earlier_group;
  GtkListBox          *earlier_list;

  OndFormField         date;
  OndFormField         note;

  OndStore            *store;
  OndAction           *action;
  GListModel          *earlier;
};

enum
{
  PROP_0,
  PROP_STORE,
  PROP_ACTION,
  N_PROPS,
};

enum
{
  SAVED,
  N_SIGNALS,
};

G_DEFINE_FINAL_TYPE (OndActionProgressDialog, ond_action_progress_dialog, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
show_general_error (OndActionProgressDialog *self,
                    const char              *message)
{
  gtk_label_set_label (self->general_error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->general_error_group), message != NULL);
}

static void
save (OndActionProgressDialog *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  ond_form_field_clear (&self->date);
  ond_form_field_clear (&self->note);
  show_general_error (self, NULL);

  id = ond_store_add_action_progress (self->store, ond_action_get_id (self->action),
                                      gtk_editable_get_text (GTK_EDITABLE (self->date.field)),
                                      gtk_editable_get_text (GTK_EDITABLE (self->note.field)),
                                      &error);
  if (id == 0)
    {
      g_message ("The progress note was not saved: %s", error->message);
      if (g_error_matches (error, OND_PLAN_ERROR, OND_PLAN_ERROR_DATE))
        ond_form_field_show_error (&self->date, error->message);
      else if (g_error_matches (error, OND_PLAN_ERROR, OND_PLAN_ERROR_NOTE))
        ond_form_field_show_error (&self->note, error->message);
      else
        show_general_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_save_clicked_cb (OndActionProgressDialog *self,
                    GtkButton               *button)
{
  save (self);
}

static GtkWidget *
add_entry (OndActionProgressDialog *self,
           OndFormField            *field,
           const char              *title,
           const char              *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  ond_form_field_add (self->group, row, field);
  return row;
}

static GtkWidget *
create_note_row (gpointer item,
                 gpointer user_data)
{
  OndActionProgress *note = item;
  g_autofree char *date = ond_date_format (ond_action_progress_get_date (note));
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  if (*ond_action_progress_get_who (note) != '\0')
    /* Translators: under an earlier progress note: its date and who wrote it. */
    subtitle = g_strdup_printf (_("%s · %s"), date, ond_action_progress_get_who (note));
  else
    subtitle = g_steal_pointer (&date);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ond_action_progress_get_note (note));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

static void
build_form (OndActionProgressDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%d-%m-%Y");
  const char *title = _("New Progress Note");

  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  ond_form_set_button_label (self->cancel_button, _("_Cancel"));
  ond_form_set_button_label (self->save_button, _("_Add"));
  adw_preferences_group_set_description (self->group, ond_action_get_text (self->action));

  add_entry (self, &self->date, _("Date"), today);
  add_entry (self, &self->note, _("Note"), "");

  self->earlier = ond_store_list_action_progress (self->store, ond_action_get_id (self->action),
                                                  &error);
  if (self->earlier == NULL)
    {
      show_general_error (self, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->earlier_group), FALSE);
      return;
    }
  gtk_list_box_bind_model (self->earlier_list, self->earlier, create_note_row, NULL, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->earlier_group),
                          g_list_model_get_n_items (self->earlier) > 0);
}

static void
ond_action_progress_dialog_constructed (GObject *object)
{
  OndActionProgressDialog *self = OND_ACTION_PROGRESS_DIALOG (object);

  G_OBJECT_CLASS (ond_action_progress_dialog_parent_class)->constructed (object);

  g_return_if_fail (self->store != NULL && self->action != NULL);
  build_form (self);
  gtk_widget_grab_focus (self->note.field);
}

static void
ond_action_progress_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OND_TYPE_ACTION_PROGRESS_DIALOG);

  G_OBJECT_CLASS (ond_action_progress_dialog_parent_class)->dispose (object);
}

static void
ond_action_progress_dialog_finalize (GObject *object)
{
  OndActionProgressDialog *self = OND_ACTION_PROGRESS_DIALOG (object);

  g_clear_object (&self->earlier);
  g_clear_object (&self->action);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_action_progress_dialog_parent_class)->finalize (object);
}

static void
ond_action_progress_dialog_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  OndActionProgressDialog *self = OND_ACTION_PROGRESS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_ACTION:
      g_value_set_object (value, self->action);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_action_progress_dialog_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  OndActionProgressDialog *self = OND_ACTION_PROGRESS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_ACTION:
      self->action = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_action_progress_dialog_class_init (OndActionProgressDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ond_action_progress_dialog_constructed;
  object_class->dispose = ond_action_progress_dialog_dispose;
  object_class->finalize = ond_action_progress_dialog_finalize;
  object_class->get_property = ond_action_progress_dialog_get_property;
  object_class->set_property = ond_action_progress_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The action the note is about. */
  properties[PROP_ACTION] =
    g_param_spec_object ("action", NULL, NULL,
                         OND_TYPE_ACTION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OndActionProgressDialog::saved:
   * @self: the dialog
   * @id: the id of the note written
   *
   * The store accepted the note; the window closes right after.
   */
  signals[SAVED] = g_signal_new ("saved",
                                 G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-action-progress-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OndActionProgressDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, OndActionProgressDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, OndActionProgressDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, OndActionProgressDialog,
                                        general_error_group);
  gtk_widget_class_bind_template_child (widget_class, OndActionProgressDialog,
                                        general_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndActionProgressDialog, group);
  gtk_widget_class_bind_template_child (widget_class, OndActionProgressDialog, earlier_group);
  gtk_widget_class_bind_template_child (widget_class, OndActionProgressDialog, earlier_list);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ond_action_progress_dialog_init (OndActionProgressDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ond_action_progress_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @store: the store to write to
 * @action: the action the note is about
 *
 * Returns: (transfer full): a new dialog, not yet shown
 */
OndActionProgressDialog *
ond_action_progress_dialog_new (GtkWindow *parent,
                                OndStore  *store,
                                OndAction *action)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (OND_IS_ACTION (action), NULL);

  return g_object_new (OND_TYPE_ACTION_PROGRESS_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "action", action,
                       NULL);
}

gint64
ond_action_progress_dialog_get_action_id (OndActionProgressDialog *self)
{
  g_return_val_if_fail (OND_IS_ACTION_PROGRESS_DIALOG (self), 0);

  return ond_action_get_id (self->action);
}
