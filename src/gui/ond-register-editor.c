/* ond-register-editor.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The form of a record of a register: the window and the saving. The rows of the fields
 * are made for the register at hand in ond-register-editor-fields.c; every field the store
 * can refuse has a message row right below it, found by the OndRegisterError code that names
 * the field. The form is read into a new record object and handed to the store, which checks
 * it and writes it, or writes nothing. A date outside the plan period comes back as
 * OND_STORE_ERROR_NEEDS_CONFIRMATION: the user is asked, and the save is repeated with
 * OND_REGISTER_ALLOW_OUTSIDE_PERIOD. A change of a record someone else changed since the
 * form read it comes back as OND_STORE_ERROR_CONFLICT: the user is shown what changed and
 * chooses (ond-register-editor-conflict.c). */

#define G_LOG_DOMAIN "ond-register-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-register-editor-private.h"

enum
{
  PROP_0,
  PROP_KIND,
  PROP_STORE,
  PROP_PLAN,
  PROP_RECORD,
  N_PROPS,
};

enum
{
  SAVED,
  N_SIGNALS,
};

G_DEFINE_FINAL_TYPE (OndRegisterEditor, ond_register_editor, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Messages. */

void
_ond_register_editor_clear_errors (OndRegisterEditor *self)
{
  for (guint i = 0; i < OND_REGISTER_N_FIELDS; i++)
    ond_form_field_clear (&self->fields[i]);
  gtk_widget_set_visible (GTK_WIDGET (self->general_error_group), FALSE);
  gtk_label_set_label (self->general_error_label, "");
}

/* Shows @message below the field of @code, or above the form when there is no such field. */
void
_ond_register_editor_show_field_error (OndRegisterEditor *self,
                                       guint              code,
                                       const char        *message)
{
  OndFormField *field = code < OND_REGISTER_N_FIELDS ? &self->fields[code] : NULL;

  if (field == NULL || field->field == NULL)
    {
      gtk_label_set_label (self->general_error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->general_error_group), TRUE);
      return;
    }

  ond_form_field_show_error (field, message);
}

static void
show_error (OndRegisterEditor *self,
            const GError      *error)
{
  if (error->domain == OND_REGISTER_ERROR)
    _ond_register_editor_show_field_error (self, (guint) error->code, error->message);
  else
    _ond_register_editor_show_field_error (self, OND_REGISTER_N_FIELDS, error->message);
}

/* Saving. */

static void ask_confirmation (OndRegisterEditor *self,
                              const char        *message);

void
_ond_register_editor_save (OndRegisterEditor *self,
                           OndRegisterFlags   flags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) record = NULL;
  gint64 id;

  _ond_register_editor_clear_errors (self);

  record = _ond_register_editor_read_form (self, &error);
  if (record == NULL)
    {
      show_error (self, error);
      return;
    }

  id = ond_register_save (self->store, record, flags, &error);
  if (id == 0)
    {
      if (g_error_matches (error, OND_STORE_ERROR, OND_STORE_ERROR_NEEDS_CONFIRMATION) &&
          (flags & OND_REGISTER_ALLOW_OUTSIDE_PERIOD) == 0)
        {
          ask_confirmation (self, error->message);
          return;
        }
      g_message ("The record was not saved: %s", error->message);
      /* Not while the window goes: its dialog would have no form to go back to. */
      if (g_error_matches (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT) &&
          self->baseline != NULL && !gtk_widget_in_destruction (GTK_WIDGET (self)))
        {
          _ond_register_editor_show_conflict (self, record, flags);
          return;
        }
      show_error (self, error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
save_confirmed_cb (gpointer user_data)
{
  OndRegisterEditor *self = user_data;

  _ond_register_editor_save (self, OND_REGISTER_ALLOW_OUTSIDE_PERIOD);
  return G_SOURCE_REMOVE;
}

static void
on_confirmation_response_cb (OndRegisterEditor *self,
                             const char        *response,
                             AdwMessageDialog  *dialog)
{
  if (g_strcmp0 (response, "save") == 0)
    {
      /* Saved once the question has closed: a save closes this window, which the
       * question still belongs to while it answers. */
      g_idle_add_full (G_PRIORITY_DEFAULT, save_confirmed_cb, g_object_ref (self),
                       g_object_unref);
      return;
    }

  /* Nothing was written; the form stays as it was, saying why. */
  _ond_register_editor_show_field_error (self, OND_REGISTER_ERROR_DATE,
                                         adw_message_dialog_get_body (dialog));
}

static void
ask_confirmation (OndRegisterEditor *self,
                  const char        *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Anyway?"), message);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save Anyway"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirmation_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_save_clicked_cb (OndRegisterEditor *self,
                    GtkButton         *button)
{
  _ond_register_editor_save (self, OND_REGISTER_FLAGS_NONE);
}

static void
build_form (OndRegisterEditor *self)
{
  const OndRegisterTexts *texts = ond_register_kind_get_texts (self->kind);
  const char *title = self->record == NULL ? _(texts->new_title) : _(texts->edit_title);

  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  ond_form_set_button_label (self->cancel_button, _("_Cancel"));
  ond_form_set_button_label (self->save_button, self->record == NULL ? _("_Add") : _("_Save"));
  if (self->record != NULL)
    {
      g_autofree char *what = ond_register_record_describe (self->record);

      adw_window_title_set_subtitle (self->window_title, what);
    }

  _ond_register_editor_build_fields (self);
}

static void
ond_register_editor_constructed (GObject *object)
{
  OndRegisterEditor *self = OND_REGISTER_EDITOR (object);

  G_OBJECT_CLASS (ond_register_editor_parent_class)->constructed (object);

  g_return_if_fail (self->store != NULL);
  g_return_if_fail (self->record == NULL ||
                    ond_register_record_get_kind (self->record) == self->kind);
  build_form (self);
}

static void
ond_register_editor_dispose (GObject *object)
{
  OndRegisterEditor *self = OND_REGISTER_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_REGISTER_EDITOR);
  if (self->partner_checks != NULL)
    g_ptr_array_set_size (self->partner_checks, 0);

  G_OBJECT_CLASS (ond_register_editor_parent_class)->dispose (object);
}

static void
ond_register_editor_finalize (GObject *object)
{
  OndRegisterEditor *self = OND_REGISTER_EDITOR (object);

  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  g_clear_pointer (&self->domains, g_ptr_array_unref);
  g_clear_pointer (&self->area_ids, g_array_unref);
  g_clear_pointer (&self->theme_ids, g_array_unref);
  g_clear_pointer (&self->plan_item_ids, g_array_unref);
  g_clear_pointer (&self->partner_checks, g_ptr_array_unref);
  g_clear_pointer (&self->partner_ids, g_array_unref);
  g_clear_object (&self->baseline);
  g_clear_object (&self->record);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_register_editor_parent_class)->finalize (object);
}

static void
ond_register_editor_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  OndRegisterEditor *self = OND_REGISTER_EDITOR (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_RECORD:
      g_value_set_object (value, self->record);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_register_editor_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  OndRegisterEditor *self = OND_REGISTER_EDITOR (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    case PROP_RECORD:
      self->record = g_value_dup_object (value);
      g_set_object (&self->baseline, self->record);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_register_editor_class_init (OndRegisterEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ond_register_editor_constructed;
  object_class->dispose = ond_register_editor_dispose;
  object_class->finalize = ond_register_editor_finalize;
  object_class->get_property = ond_register_editor_get_property;
  object_class->set_property = ond_register_editor_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       OND_TYPE_REGISTER_KIND, OND_REGISTER_CONTROLS,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         OND_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL,
                         G_TYPE_OBJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OndRegisterEditor::saved:
   * @self: the editor
   * @id: the id of the record added or changed
   *
   * The store accepted the form; the window closes right after.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-register-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OndRegisterEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, OndRegisterEditor, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, OndRegisterEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, OndRegisterEditor, general_error_group);
  gtk_widget_class_bind_template_child (widget_class, OndRegisterEditor, general_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndRegisterEditor, group);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ond_register_editor_init (OndRegisterEditor *self)
{
  self->area_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->theme_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->plan_item_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->partner_checks = g_ptr_array_new ();
  self->partner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ond_register_editor_new:
 * @parent: (nullable): the window the form belongs to
 * @store: the store to write to
 * @plan: (nullable): the plan whose themes and planning rows are offered
 * @kind: the register
 * @record: (nullable): the record to change (of register @kind), or %NULL for a new one
 *
 * Returns: (transfer full): a new form, not yet shown
 */
OndRegisterEditor *
ond_register_editor_new (GtkWindow       *parent,
                         OndStore        *store,
                         OndPlan         *plan,
                         OndRegisterKind  kind,
                         GObject         *record)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (plan == NULL || OND_IS_PLAN (plan), NULL);
  g_return_val_if_fail (record == NULL || G_IS_OBJECT (record), NULL);

  return g_object_new (OND_TYPE_REGISTER_EDITOR,
                       "transient-for", parent,
                       "store", store,
                       "plan", plan,
                       "kind", kind,
                       "record", record,
                       NULL);
}

/**
 * ond_register_editor_get_kind:
 * @self: an #OndRegisterEditor
 *
 * Returns: the register of the form
 */
OndRegisterKind
ond_register_editor_get_kind (OndRegisterEditor *self)
{
  g_return_val_if_fail (OND_IS_REGISTER_EDITOR (self), OND_REGISTER_CONTROLS);

  return self->kind;
}

/**
 * ond_register_editor_get_record:
 * @self: an #OndRegisterEditor
 *
 * Returns: (transfer none) (nullable): the record changed, or %NULL for a new one
 */
GObject *
ond_register_editor_get_record (OndRegisterEditor *self)
{
  g_return_val_if_fail (OND_IS_REGISTER_EDITOR (self), NULL);

  return self->record;
}
