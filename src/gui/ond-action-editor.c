/* ond-action-editor.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The form of an action: the window and the saving. The rows of its fields, with their
 * choices from the store, are made in ond-action-editor-fields.c. Saving hands every field
 * to the store in one call (ond_store_add_action / ond_store_save_action_edit), which checks
 * them and writes all or nothing; its refusal goes below the field its OND_PLAN_ERROR code
 * names, any other above the form. A change of an action someone else changed since the
 * form read it is refused, and the user chooses (ond-action-editor-conflict.c).
 *
 * A new action is added with the Add button (Cancel adds nothing). An existing action's
 * form has neither: each change is saved by itself (OndAutoSave), a choice at once and
 * typed text after a pause, and what still waits when the window closes, or is destroyed
 * with the main window, is saved then. The form stays open after a save. */

#define G_LOG_DOMAIN "ond-action-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-action-editor-private.h"
#include "ond-store-actions.h"


enum
{
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  PROP_ACTION,
  PROP_PILLAR_ID,
  PROP_THEME_ID,
  PROP_GROUP_HEADING,
  N_PROPS,
};

enum
{
  SAVED,
  N_SIGNALS,
};

G_DEFINE_FINAL_TYPE (OndActionEditor, ond_action_editor, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Messages. */

void
_ond_action_editor_show_general_error (OndActionEditor *self,
                                      const char      *message)
{
  gtk_label_set_label (self->general_error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->general_error_group), message != NULL);
}

static void
clear_errors (OndActionEditor *self)
{
  OndFormField *fields[] = {
    &self->text, &self->heading, &self->pillar, &self->theme, &self->status, &self->owner,
    &self->plan_items,
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    ond_form_field_clear (fields[i]);
  _ond_action_editor_show_general_error (self, NULL);
}

static void
show_refusal (OndActionEditor *self,
              const GError    *error)
{
  OndFormField *field = NULL;

  if (error->domain == OND_PLAN_ERROR)
    switch (error->code)
      {
      case OND_PLAN_ERROR_TEXT:
        field = &self->text;
        break;

      case OND_PLAN_ERROR_PILLAR:
        field = &self->pillar;
        break;

      case OND_PLAN_ERROR_THEME:
        field = &self->theme;
        break;

      case OND_PLAN_ERROR_STATUS:
        field = &self->status;
        break;

      case OND_PLAN_ERROR_OWNER:
        field = &self->owner;
        break;

      case OND_PLAN_ERROR_PLAN_ITEM:
        field = &self->plan_items;
        break;

      default:
        break;
      }

  if (field != NULL && field->field != NULL && self->auto_save != NULL)
    ond_form_field_show_message (field, error->message);
  else if (field != NULL && field->field != NULL)
    {
      /* Add was pressed: the keyboard goes to what is wrong. */
      ond_form_field_show_error (field, error->message);
      /* The row of the text holds a text area: the keyboard goes there. */
      if (field == &self->text)
        gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
    }
  else
    _ond_action_editor_show_general_error (self, error->message);
}

/* Saving. */

static gint64
chosen_id (OndFormField *field,
           GArray       *ids)
{
  guint index = adw_combo_row_get_selected (ADW_COMBO_ROW (field->field));

  return index < ids->len ? g_array_index (ids, gint64, index) : 0;
}

/* Hands every field to the store in one call. Returns the id of the action added or
 * changed, or 0 when the store refused (then the form says why). */
static gint64
write_form (gpointer form)
{
  OndActionEditor *self = form;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint status = adw_combo_row_get_selected (ADW_COMBO_ROW (self->status.field));
  g_autofree char *text = NULL;
  GtkTextIter start, end;
  OndActionFields fields;
  gint64 id;

  clear_errors (self);
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (self->text_view), &start, &end);
  text = gtk_text_buffer_get_text (gtk_text_view_get_buffer (self->text_view), &start, &end,
                                   FALSE);

  for (guint i = 0; i < self->plan_item_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->plan_item_checks, i)))
      g_array_append_val (links, g_array_index (self->plan_item_ids, gint64, i));

  fields = (OndActionFields) {
    chosen_id (&self->pillar, self->pillar_ids),
    chosen_id (&self->theme, self->theme_ids),
    gtk_editable_get_text (GTK_EDITABLE (self->heading.field)),
    text,
    status < self->status_codes->len ? g_ptr_array_index (self->status_codes, status) : "",
    chosen_id (&self->owner, self->owner_ids),
    (const gint64 *) links->data,
    links->len,
  };

  if (self->action != NULL)
    id = _ond_action_editor_save_edit (self, &fields, &error);
  else
    id = ond_store_add_action (self->store, ond_plan_get_id (self->plan), &fields, &error);

  if (id == 0)
    {
      g_message ("The action was not saved: %s", error->message);
      /* A conflict is answered by its own dialog. */
      if (!g_error_matches (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT))
        show_refusal (self, error);
    }
  return id;
}

/* Add, for a new action: the window closes once the store took it. */
static void
on_save_clicked_cb (OndActionEditor *self,
                    GtkButton       *button)
{
  if (self->action == NULL && ond_form_save (GTK_WINDOW (self), write_form))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
build_form (OndActionEditor *self)
{
  g_autoptr(GError) error = NULL;

  ond_form_set_up_header (GTK_WINDOW (self), self->header_bar, self->window_title,
                          self->cancel_button, self->save_button,
                          self->action == NULL ? _("New Action") : _("Edit Action"),
                          self->action != NULL);
  if (self->action == NULL)
    {
      if (!_ond_action_editor_build_fields (self, &error))
        {
          _ond_action_editor_show_general_error (self, error->message);
          gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), FALSE);
        }
      return;
    }

  self->pillar_id = ond_action_get_pillar_id (self->action);
  self->theme_id = ond_action_get_theme_id (self->action);
  g_free (self->group_heading);
  self->group_heading = g_strdup (ond_action_get_group_heading (self->action));
  if (!_ond_action_editor_build_fields (self, &error))
    {
      /* Some choices could not be read: a save would lose the action's own. */
      _ond_action_editor_show_general_error (self, error->message);
      gtk_widget_set_sensitive (GTK_WIDGET (self->group), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->planning_group), FALSE);
      return;
    }
  /* Each change of a field is saved by itself, checked against the action as read. */
  g_set_object (&self->baseline, self->action);
  _ond_action_editor_watch_fields (self);
}

void
_ond_action_editor_watch_fields (OndActionEditor *self)
{
  g_return_if_fail (self->auto_save == NULL);

  self->auto_save = ond_auto_save_new (GTK_WINDOW (self), write_form,
                                       gtk_text_view_get_buffer (self->text_view),
                                       self->heading.field, self->pillar.field,
                                       self->theme.field, self->status.field,
                                       self->owner.field, NULL);
  for (guint i = 0; i < self->plan_item_checks->len; i++)
    ond_auto_save_watch (self->auto_save, g_ptr_array_index (self->plan_item_checks, i));
}

static void
ond_action_editor_constructed (GObject *object)
{
  OndActionEditor *self = OND_ACTION_EDITOR (object);

  G_OBJECT_CLASS (ond_action_editor_parent_class)->constructed (object);

  g_return_if_fail (self->store != NULL && self->plan != NULL);
  build_form (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static void
ond_action_editor_dispose (GObject *object)
{
  OndActionEditor *self = OND_ACTION_EDITOR (object);

  /* What still waits is saved first, while the fields are there to read. */
  g_clear_pointer (&self->auto_save, ond_auto_save_free);
  gtk_widget_dispose_template (GTK_WIDGET (object), OND_TYPE_ACTION_EDITOR);

  G_OBJECT_CLASS (ond_action_editor_parent_class)->dispose (object);
}

static void
ond_action_editor_finalize (GObject *object)
{
  OndActionEditor *self = OND_ACTION_EDITOR (object);

  g_clear_pointer (&self->plan_item_checks, g_ptr_array_unref);
  g_clear_pointer (&self->pillar_ids, g_array_unref);
  g_clear_pointer (&self->theme_ids, g_array_unref);
  g_clear_pointer (&self->owner_ids, g_array_unref);
  g_clear_pointer (&self->plan_item_ids, g_array_unref);
  g_clear_pointer (&self->status_codes, g_ptr_array_unref);
  g_clear_pointer (&self->group_heading, g_free);
  g_clear_object (&self->action);
  g_clear_object (&self->baseline);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_action_editor_parent_class)->finalize (object);
}

static void
ond_action_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OndActionEditor *self = OND_ACTION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_ACTION:
      g_value_set_object (value, self->action);
      break;

    case PROP_PILLAR_ID:
      g_value_set_int64 (value, self->pillar_id);
      break;

    case PROP_THEME_ID:
      g_value_set_int64 (value, self->theme_id);
      break;

    case PROP_GROUP_HEADING:
      g_value_set_string (value, self->group_heading);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_action_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OndActionEditor *self = OND_ACTION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    case PROP_ACTION:
      self->action = g_value_dup_object (value);
      break;

    case PROP_PILLAR_ID:
      self->pillar_id = g_value_get_int64 (value);
      break;

    case PROP_THEME_ID:
      self->theme_id = g_value_get_int64 (value);
      break;

    case PROP_GROUP_HEADING:
      g_free (self->group_heading);
      self->group_heading = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_action_editor_class_init (OndActionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ond_action_editor_constructed;
  object_class->dispose = ond_action_editor_dispose;
  object_class->finalize = ond_action_editor_finalize;
  object_class->get_property = ond_action_editor_get_property;
  object_class->set_property = ond_action_editor_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         OND_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The action changed, or %NULL for a new one. */
  properties[PROP_ACTION] =
    g_param_spec_object ("action", NULL, NULL,
                         OND_TYPE_ACTION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* For a new action: the pillar, theme and group heading chosen at first. */
  properties[PROP_PILLAR_ID] =
    g_param_spec_int64 ("pillar-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_THEME_ID] =
    g_param_spec_int64 ("theme-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GROUP_HEADING] =
    g_param_spec_string ("group-heading", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OndActionEditor::saved:
   * @self: the form
   * @id: the id of the action added or changed
   *
   * The store accepted the form. A new action's window closes right after; an existing
   * action's stays open, and says so after each change saved (the last may come while the
   * window is being destroyed).
   */
  signals[SAVED] = g_signal_new ("saved",
                                 G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-action-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OndActionEditor, header_bar);
  gtk_widget_class_bind_template_child (widget_class, OndActionEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, OndActionEditor, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, OndActionEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, OndActionEditor, general_error_group);
  gtk_widget_class_bind_template_child (widget_class, OndActionEditor, general_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndActionEditor, group);
  gtk_widget_class_bind_template_child (widget_class, OndActionEditor, planning_group);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ond_action_editor_init (OndActionEditor *self)
{
  self->plan_item_checks = g_ptr_array_new ();
  self->pillar_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->theme_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->owner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->plan_item_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->status_codes = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ond_action_editor_new:
 * @parent: (nullable): the window the form belongs to
 * @store: the store to write to
 * @plan: the plan of the action
 * @action: (nullable): the action to change, or %NULL for a new one
 * @pillar_id: for a new action, the pillar chosen at first (0: the first)
 * @theme_id: for a new action, the theme chosen at first (0: none)
 * @group_heading: (nullable): for a new action, its group heading at first
 *
 * Returns: (transfer full): a new form, not yet shown
 */
OndActionEditor *
ond_action_editor_new (GtkWindow  *parent,
                       OndStore   *store,
                       OndPlan    *plan,
                       OndAction  *action,
                       gint64      pillar_id,
                       gint64      theme_id,
                       const char *group_heading)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (OND_IS_PLAN (plan), NULL);
  g_return_val_if_fail (action == NULL || OND_IS_ACTION (action), NULL);

  return g_object_new (OND_TYPE_ACTION_EDITOR,
                       "transient-for", parent,
                       "store", store,
                       "plan", plan,
                       "action", action,
                       "pillar-id", pillar_id,
                       "theme-id", theme_id,
                       "group-heading", group_heading,
                       NULL);
}

/**
 * ond_action_editor_get_action:
 * @self: an #OndActionEditor
 *
 * Returns: (transfer none) (nullable): the action changed, as it was when the form
 *   opened (the changes saved since are in the store), or %NULL for a new one
 */
OndAction *
ond_action_editor_get_action (OndActionEditor *self)
{
  g_return_val_if_fail (OND_IS_ACTION_EDITOR (self), NULL);

  return self->action;
}
