/* ond-plan-item-editor.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The form of a planning row. The choices (the plan's years, the periods and statuses of
 * the vocabularies, the plan's themes) are read when the form opens; every rule is the
 * store's (ond-store-plan-items.h), and its refusal goes below the field its OND_PLAN_ERROR
 * code names: what, year, period, theme or status. Any other refusal goes above the form.
 * An 'N.t.b.' slot opens with an empty what, so that the advisor writes what is planned. */

#define G_LOG_DOMAIN "ond-plan-item-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-form-field.h"
#include "ond-plan-error.h"
#include "ond-plan-item-editor.h"
#include "ond-store-plan-items.h"
#include "ond-store-vocabulary.h"
#include "ond-theme.h"

struct _OndPlanItemEditor
{
  AdwWindow            parent_instance;

  AdwWindowTitle      *window_title;
  GtkButton           *cancel_button;
  GtkButton           *save_button;
  AdwPreferencesGroup *general_error_group;
  GtkLabel            *general_error_label;
  AdwPreferencesGroup *group;

  OndFormField         what;
  OndFormField         who;
  OndFormField         year;
  OndFormField         period;
  OndFormField         theme;
  OndFormField         status;
  GtkSwitch           *recurring;

  GPtrArray           *periods;     /* OndVocabularyEntry, in the vocabulary's order */
  GPtrArray           *statuses;    /* OndVocabularyEntry */
  GArray              *theme_ids;   /* gint64; position 0 is "No theme" (0) */

  OndStore            *store;
  OndPlan             *plan;
  OndPlanItem         *item;
  int                  new_year;    /* the year a new row starts in */
};

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

static void
show_general_error (OndPlanItemEditor *self,
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
  show_general_error (self, NULL);
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
    { OND_PLAN_ERROR_PERIOD, &self->period },
    { OND_PLAN_ERROR_THEME, &self->theme },
    { OND_PLAN_ERROR_STATUS, &self->status },
  };

  if (error->domain == OND_PLAN_ERROR)
    for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
      if ((int) fields[i].code == error->code && fields[i].field->field != NULL)
        {
          ond_form_field_show_error (fields[i].field, error->message);
          return;
        }
  show_general_error (self, error->message);
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

/* The code of the entry of @entries chosen in the combo @field, or NULL. */
static const char *
chosen_code (OndFormField *field,
             GPtrArray    *entries)
{
  guint selected = combo_selected (field);
  OndVocabularyEntry *entry;

  if (entries == NULL || selected >= entries->len)
    return NULL;
  entry = g_ptr_array_index (entries, selected);
  return entry->code;
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

static void
save (OndPlanItemEditor *self)
{
  g_autoptr(GError) error = NULL;
  const char *what = entry_text (&self->what);
  const char *who = entry_text (&self->who);
  const char *period = chosen_code (&self->period, self->periods);
  const char *status = chosen_code (&self->status, self->statuses);
  gboolean recurring = gtk_switch_get_active (self->recurring);
  int year = chosen_year (self);
  gint64 theme = chosen_theme (self);
  gint64 id;

  clear_errors (self);

  if (self->item != NULL)
    {
      id = ond_plan_item_get_id (self->item);
      if (!ond_store_update_plan_item (self->store, id, year, period, what, who, theme, status,
                                       recurring, &error))
        id = 0;
    }
  else
    id = ond_store_add_plan_item (self->store, ond_plan_get_id (self->plan), year, period,
                                  what, who, theme, status, recurring, &error);

  if (id == 0)
    {
      g_message ("The planning row was not saved: %s", error->message);
      show_refusal (self, error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_save_clicked_cb (OndPlanItemEditor *self,
                    GtkButton         *button)
{
  save (self);
}

static AdwEntryRow *
add_entry (OndPlanItemEditor *self,
           OndFormField      *field,
           const char        *title,
           const char        *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  ond_form_field_add (self->group, row, field);
  return ADW_ENTRY_ROW (row);
}

static void
add_combo (OndPlanItemEditor *self,
           OndFormField      *field,
           const char        *title,
           GtkStringList     *choices,
           guint              selected)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  ond_form_field_add (self->group, row, field);
}

/* The labels of a vocabulary, and the place of @code among them (0 when it is none). */
static GtkStringList *
vocabulary_choices (GPtrArray  *entries,
                    const char *code,
                    guint      *selected)
{
  GtkStringList *choices = gtk_string_list_new (NULL);

  *selected = 0;
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      OndVocabularyEntry *entry = g_ptr_array_index (entries, i);

      gtk_string_list_append (choices, entry->label);
      if (g_strcmp0 (entry->code, code) == 0)
        *selected = i;
    }
  return choices;
}

static GtkStringList *
year_choices (OndPlanItemEditor *self,
              int                year,
              guint             *selected)
{
  GtkStringList *choices = gtk_string_list_new (NULL);
  int first = ond_plan_get_first_year (self->plan);

  *selected = 0;
  for (int y = first; y <= ond_plan_get_last_year (self->plan); y++)
    {
      char text[16];

      g_snprintf (text, sizeof text, "%d", y);
      gtk_string_list_append (choices, text);
      if (y == year)
        *selected = (guint) (y - first);
    }
  return choices;
}

/* "No theme" and the plan's themes; the theme ids in the same order. */
static GtkStringList *
theme_choices (OndPlanItemEditor  *self,
               gint64              theme_id,
               guint              *selected,
               GError            **error)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  g_autoptr(GListModel) themes = NULL;
  gint64 none = 0;

  *selected = 0;
  gtk_string_list_append (choices, _("No theme"));
  g_array_append_val (self->theme_ids, none);
  themes = ond_store_list_themes (self->store, ond_plan_get_id (self->plan), error);
  if (themes == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(OndTheme) theme = g_list_model_get_item (themes, i);
      gint64 id = ond_theme_get_id (theme);

      gtk_string_list_append (choices, ond_theme_get_name (theme));
      g_array_append_val (self->theme_ids, id);
      if (id == theme_id)
        *selected = i + 1;
    }
  return g_steal_pointer (&choices);
}

static void
add_recurring_row (OndPlanItemEditor *self,
                   gboolean           active)
{
  GtkWidget *row = adw_action_row_new ();

  self->recurring = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->recurring), GTK_ALIGN_CENTER);
  gtk_switch_set_active (self->recurring, active);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->recurring),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Recurs every year"),
                                  -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Recurs every year"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("A new plan period starts with a copy of this row"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->recurring));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->recurring));
  ond_form_field_add (self->group, row, NULL);
}

static void
build_form (OndPlanItemEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) years = NULL;
  g_autoptr(GtkStringList) periods = NULL;
  g_autoptr(GtkStringList) themes = NULL;
  g_autoptr(GtkStringList) statuses = NULL;
  OndPlanItem *item = self->item;
  gboolean slot = item != NULL && ond_plan_item_is_to_be_decided (item);
  const char *title;
  guint selected;

  if (item == NULL)
    title = _("New Planning Row");
  else if (slot)
    title = _("Fill In Planning Row");
  else
    title = _("Edit Planning Row");
  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  ond_form_set_button_label (self->cancel_button, _("_Cancel"));
  ond_form_set_button_label (self->save_button, _("_Save"));
  if (item != NULL)
    {
      /* Translators: the subtitle of the form of a planning row: its year and period,
       * e.g. "2024 · Q2". */
      g_autofree char *subtitle = g_strdup_printf (_("%d · %s"), ond_plan_item_get_year (item),
                                                   ond_plan_item_get_period_label (item));

      adw_window_title_set_subtitle (self->window_title, subtitle);
    }

  if (slot)
    adw_preferences_group_set_description (self->group,
                                           _("The plan left this period open (N.t.b.): say "
                                             "what is planned and who does it."));

  add_entry (self, &self->what, _("What"), item != NULL && !slot ?
             ond_plan_item_get_what (item) : "");
  add_entry (self, &self->who, _("Who"), item != NULL ? ond_plan_item_get_who (item) : "");

  years = year_choices (self, item != NULL ? ond_plan_item_get_year (item) : self->new_year,
                        &selected);
  add_combo (self, &self->year, _("Year"), years, selected);

  self->periods = ond_store_list_vocabulary (self->store, "period", &error);
  if (self->periods == NULL)
    show_general_error (self, error->message);
  g_clear_error (&error);
  periods = vocabulary_choices (self->periods, item != NULL ? ond_plan_item_get_period (item) :
                                "Q1", &selected);
  add_combo (self, &self->period, _("Period"), periods, selected);

  themes = theme_choices (self, item != NULL ? ond_plan_item_get_theme_id (item) : 0,
                          &selected, &error);
  if (themes == NULL)
    {
      show_general_error (self, error->message);
      g_clear_error (&error);
      themes = gtk_string_list_new (NULL);
      gtk_string_list_append (themes, _("No theme"));
      selected = 0;
    }
  add_combo (self, &self->theme, _("Theme"), themes, selected);

  self->statuses = ond_store_list_vocabulary (self->store, "work_status", &error);
  if (self->statuses == NULL)
    show_general_error (self, error->message);
  g_clear_error (&error);
  statuses = vocabulary_choices (self->statuses, item != NULL ?
                                 ond_plan_item_get_status (item) : "gepland", &selected);
  add_combo (self, &self->status, _("Status"), statuses, selected);

  add_recurring_row (self, item != NULL && ond_plan_item_get_recurring (item));
}

static void
ond_plan_item_editor_constructed (GObject *object)
{
  OndPlanItemEditor *self = OND_PLAN_ITEM_EDITOR (object);

  G_OBJECT_CLASS (ond_plan_item_editor_parent_class)->constructed (object);

  g_return_if_fail (self->store != NULL && self->plan != NULL);
  build_form (self);
  gtk_widget_grab_focus (self->what.field);
}

static void
ond_plan_item_editor_dispose (GObject *object)
{
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
   * The store accepted the form; the window closes right after.
   */
  signals[SAVED] = g_signal_new ("saved",
                                 G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-plan-item-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OndPlanItemEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, OndPlanItemEditor, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, OndPlanItemEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, OndPlanItemEditor, general_error_group);
  gtk_widget_class_bind_template_child (widget_class, OndPlanItemEditor, general_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndPlanItemEditor, group);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);

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
