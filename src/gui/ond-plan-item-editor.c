/* ond-plan-item-editor.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The form of a planning row. The choices (the plan's years, the periods and statuses of
 * the vocabularies, the plan's themes) are read when the form opens; every rule is the
 * store's (ond-store-plan-items.h), and its refusal goes below the field its OND_PLAN_ERROR
 * code names: what, year (also PLAN_PERIOD), period, theme or status. Any other refusal goes
 * above the form. An 'N.t.b.' slot opens with an empty what, so that the advisor writes what
 * is planned.
 *
 * A new row has Cancel and Add: Add writes it and closes the form. The form of a row that
 * exists has neither: each change is saved by itself (OndAutoSave), a choice at once and
 * typed text after a pause, and what waits is saved when the form closes (also with the
 * main window). A refused change writes nothing: the row keeps its last saved state, and
 * the message shows below the field without taking the keyboard from where the user types.
 * A change saved over someone else's opens the conflict dialog instead
 * (ond-plan-item-editor-conflict.c). */

#define G_LOG_DOMAIN "ond-plan-item-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-case-choices.h"
#include "ond-plan-error.h"
#include "ond-plan-item-editor-private.h"
#include "ond-store-plan-items.h"

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  PROP_ITEM,
  PROP_YEAR,
  N_PROPS,
};

enum
{
  SAVED,
  N_SIGNALS,
};

G_DEFINE_FINAL_TYPE (OndPlanItemEditor, ond_plan_item_editor, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

void
_ond_plan_item_editor_show_general_error (OndPlanItemEditor *self,
                                          const char        *message)
{
  gtk_label_set_label (self->general_error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->general_error_group), message != NULL);
}

static void
clear_errors (OndPlanItemEditor *self)
{
  OndFormField *fields[] = {
    &self->what, &self->who, &self->year, &self->period, &self->theme, &self->status,
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    ond_form_field_clear (fields[i]);
  _ond_plan_item_editor_show_general_error (self, NULL);
}

/* Shows the store's refusal below the field its code names, else above the form. */
static void
show_refusal (OndPlanItemEditor *self,
              const GError      *error)
{
  const struct
  {
    OndPlanError  code;
    OndFormField *field;
  } fields[] = {
    { OND_PLAN_ERROR_TEXT, &self->what },
    { OND_PLAN_ERROR_YEAR, &self->year },
    { OND_PLAN_ERROR_PLAN_PERIOD, &self->year },
    { OND_PLAN_ERROR_PERIOD, &self->period },
    { OND_PLAN_ERROR_THEME, &self->theme },
    { OND_PLAN_ERROR_STATUS, &self->status },
  };

  if (error->domain == OND_PLAN_ERROR)
    for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
      if ((int) fields[i].code == error->code && fields[i].field->field != NULL)
        {
          if (self->auto_save != NULL)
            ond_form_field_show_message (fields[i].field, error->message);
          else
            /* Add was pressed: the keyboard goes to what is wrong. */
            ond_form_field_show_error (fields[i].field, error->message);
          return;
        }
  _ond_plan_item_editor_show_general_error (self, error->message);
}

static const char *
entry_text (OndFormField *field)
{
  return gtk_editable_get_text (GTK_EDITABLE (field->field));
}

static guint
combo_selected (OndFormField *field)
{
  return adw_combo_row_get_selected (ADW_COMBO_ROW (field->field));
}

static int
chosen_year (OndPlanItemEditor *self)
{
  guint selected = combo_selected (&self->year);
  int first = ond_plan_get_first_year (self->plan);
  int last = ond_plan_get_last_year (self->plan);

  if (selected == GTK_INVALID_LIST_POSITION || first + (int) selected > last)
    return 0;
  return first + (int) selected;
}

static gint64
chosen_theme (OndPlanItemEditor *self)
{
  guint selected = combo_selected (&self->theme);

  if (self->theme_ids == NULL || selected >= self->theme_ids->len)
    return 0;
  return g_array_index (self->theme_ids, gint64, selected);
}

/* Hands every field to the store in one call: adds the row or changes it. Returns its id,
 * or 0 when the store refused (then the form says why). */
static gint64
write_form (gpointer form)
{
  OndPlanItemEditor *self = form;
  g_autoptr(GError) error = NULL;
  OndPlanItemFields fields = {
    chosen_year (self),
    ond_case_choices_code (self->periods, combo_selected (&self->period)),
    entry_text (&self->what),
    entry_text (&self->who),
    chosen_theme (self),
    ond_case_choices_code (self->statuses, combo_selected (&self->status)),
    gtk_switch_get_active (self->recurring),
  };
  gint64 id;

  clear_errors (self);

  if (self->item != NULL)
    id = _ond_plan_item_editor_save_edit (self, &fields, &error);
  else
    id = ond_store_add_plan_item (self->store, ond_plan_get_id (self->plan), fields.year,
                                  fields.period, fields.what, fields.who, fields.theme_id,
                                  fields.status, fields.recurring, &error);

  if (id == 0)
    {
      g_message ("The planning row was not saved: %s", error->message);
      /* A conflict is answered by its own dialog. */
      if (!g_error_matches (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT))
        show_refusal (self, error);
    }
  return id;
}

/* Add, for a new row: the form closes once the store took it. */
static void
on_add_clicked_cb (OndPlanItemEditor *self,
                   GtkButton         *button)
{
  if (self->item == NULL && ond_form_save (GTK_WINDOW (self), write_form))
    gtk_window_destroy (GTK_WINDOW (self));
}

void
_ond_plan_item_editor_watch_fields (OndPlanItemEditor *self)
{
  g_return_if_fail (self->auto_save == NULL);

  self->auto_save = ond_auto_save_new (GTK_WINDOW (self), write_form, self->what.field,
                                       self->who.field, self->year.field, self->period.field,
                                       self->theme.field, self->status.field,
                                       self->recurring, NULL);
}

static void
ond_plan_item_editor_constructed (GObject *object)
{
  OndPlanItemEditor *self = OND_PLAN_ITEM_EDITOR (object);
  const char *title;

  G_OBJECT_CLASS (ond_plan_item_editor_parent_class)->constructed (object);

  g_return_if_fail (self->store != NULL && self->plan != NULL);
  if (self->item == NULL)
    title = _("New Planning Row");
  else if (ond_plan_item_is_to_be_decided (self->item))
    title = _("Fill In Planning Row");
  else
    title = _("Edit Planning Row");
  ond_form_set_up_header (GTK_WINDOW (self), self->header_bar, self->window_title,
                          self->cancel_button, self->add_button, title, self->item != NULL);
  if (self->item == NULL)
    _ond_plan_item_editor_build_fields (self);
  else if (_ond_plan_item_editor_build_fields (self))
    {
      /* A row that exists: each change of a field is saved by itself, against the row as
       * the form read it. */
      self->baseline = g_object_ref (self->item);
      _ond_plan_item_editor_watch_fields (self);
    }
  else
    /* A save would lose the row's own choice that could not be read. */
    gtk_widget_set_sensitive (GTK_WIDGET (self->group), FALSE);
  ond_form_field_focus_end (self->what.field);
}

static void
ond_plan_item_editor_dispose (GObject *object)
{
  OndPlanItemEditor *self = OND_PLAN_ITEM_EDITOR (object);

  /* Saves what waits, while the fields are still there to read. */
  g_clear_pointer (&self->auto_save, ond_auto_save_free);
  gtk_widget_dispose_template (GTK_WIDGET (object), OND_TYPE_PLAN_ITEM_EDITOR);

  G_OBJECT_CLASS (ond_plan_item_editor_parent_class)->dispose (object);
}

static void
ond_plan_item_editor_finalize (GObject *object)
{
  OndPlanItemEditor *self = OND_PLAN_ITEM_EDITOR (object);

  g_clear_pointer (&self->periods, g_ptr_array_unref);
  g_clear_pointer (&self->statuses, g_ptr_array_unref);
  g_clear_pointer (&self->theme_ids, g_array_unref);
  g_clear_object (&self->baseline);
  g_clear_object (&self->item);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_plan_item_editor_parent_class)->finalize (object);
}

static void
ond_plan_item_editor_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  OndPlanItemEditor *self = OND_PLAN_ITEM_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->new_year);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_plan_item_editor_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  OndPlanItemEditor *self = OND_PLAN_ITEM_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    case PROP_ITEM:
      self->item = g_value_dup_object (value);
      break;

    case PROP_YEAR:
      self->new_year = g_value_get_int (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_plan_item_editor_class_init (OndPlanItemEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ond_plan_item_editor_constructed;
  object_class->dispose = ond_plan_item_editor_dispose;
  object_class->finalize = ond_plan_item_editor_finalize;
  object_class->get_property = ond_plan_item_editor_get_property;
  object_class->set_property = ond_plan_item_editor_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         OND_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         OND_TYPE_PLAN_ITEM,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OndPlanItemEditor::saved:
   * @self: the form
   * @id: the id of the row added or changed
   *
   * The store accepted the form. The form of a new row closes right after; the form of a
   * row that exists stays open (each change is saved, and emits this, by itself).
   */
  signals[SAVED] = g_signal_new ("saved",
                                 G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-plan-item-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OndPlanItemEditor, header_bar);
  gtk_widget_class_bind_template_child (widget_class, OndPlanItemEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, OndPlanItemEditor, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, OndPlanItemEditor, add_button);
  gtk_widget_class_bind_template_child (widget_class, OndPlanItemEditor, general_error_group);
  gtk_widget_class_bind_template_child (widget_class, OndPlanItemEditor, general_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndPlanItemEditor, group);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ond_plan_item_editor_init (OndPlanItemEditor *self)
{
  self->theme_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ond_plan_item_editor_new:
 * @parent: (nullable): the window the form belongs to
 * @store: the store to write to
 * @plan: the plan whose planning it is
 * @item: (nullable): the row to change, or %NULL for a new one
 * @year: the year a new row starts in; 0 for the plan's first year
 *
 * Returns: (transfer full): a new form, not yet shown
 */
OndPlanItemEditor *
ond_plan_item_editor_new (GtkWindow   *parent,
                          OndStore    *store,
                          OndPlan     *plan,
                          OndPlanItem *item,
                          int          year)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (OND_IS_PLAN (plan), NULL);
  g_return_val_if_fail (item == NULL || OND_IS_PLAN_ITEM (item), NULL);

  if (year == 0)
    year = ond_plan_get_first_year (plan);
  return g_object_new (OND_TYPE_PLAN_ITEM_EDITOR,
                       "transient-for", parent,
                       "store", store,
                       "plan", plan,
                       "item", item,
                       "year", year,
                       NULL);
}

/**
 * ond_plan_item_editor_get_item:
 * @self: an #OndPlanItemEditor
 *
 * Returns: (transfer none) (nullable): the row changed, or %NULL for a new one
 */
OndPlanItem *
ond_plan_item_editor_get_item (OndPlanItemEditor *self)
{
  g_return_val_if_fail (OND_IS_PLAN_ITEM_EDITOR (self), NULL);

  return self->item;
}
