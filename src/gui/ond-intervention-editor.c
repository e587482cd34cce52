/* ond-intervention-editor.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An intervention for a case. The partner list is rebuilt from the menukaart matrix each
 * time another intervention is chosen; the store checks the same rule again. */

#define G_LOG_DOMAIN "ond-intervention-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-case-choices.h"
#include "ond-case-conflict-dialog.h"
#include "ond-date.h"
#include "ond-intervention-editor.h"
#include "ond-intervention.h"
#include "ond-partner.h"
#include "ond-store-cases.h"
#include "ond-store-edit-conflict.h"
#include "ond-store-vocabulary.h"
#include "ond-text.h"

struct _OndInterventionEditor
{
  AdwWindow            parent_instance;

  AdwWindowTitle      *window_title;
  GtkButton           *save_button;
  AdwPreferencesGroup *general_error_group;
  GtkLabel            *general_error_label;
  AdwComboRow         *intervention_row;
  AdwComboRow         *partner_row;
  GtkWidget           *partner_error;
  GtkLabel            *partner_error_label;
  AdwEntryRow         *planned_row;
  GtkWidget           *planned_error;
  GtkLabel            *planned_error_label;
  AdwEntryRow         *follow_up_row;
  GtkWidget           *follow_up_error;
  GtkLabel            *follow_up_error_label;
  AdwComboRow         *status_row;
  AdwEntryRow         *note_row;

  /* What the choices stand for: OndIntervention, OndPartner (all partners, in order), the
   * ids of the partners offered for the chosen intervention, the status vocabulary. */
  GPtrArray           *interventions;
  GListModel          *partners;
  GArray              *partner_ids;
  GPtrArray           *statuses;

  OndStore            *store;
  OndCase             *kase;
  OndCaseIntervention *intervention;
};

enum
{
  PROP_0,
  PROP_STORE,
  PROP_CASE,
  PROP_INTERVENTION,
  N_PROPS,
};

enum
{
  SAVED,
  N_SIGNALS,
};

G_DEFINE_FINAL_TYPE (OndInterventionEditor, ond_intervention_editor, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_row_error (GtkWidget  *row,
               GtkWidget  *message_row,
               GtkLabel   *label,
               const char *message)
{
  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (message_row, message != NULL);
  if (message != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      gtk_widget_grab_focus (row);
    }
  else
    {
      gtk_widget_remove_css_class (row, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
    }
}

static void
show_general_error (OndInterventionEditor *self,
                    const char            *message)
{
  gtk_label_set_label (self->general_error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->general_error_group), TRUE);
}

static void
clear_errors (OndInterventionEditor *self)
{
  set_row_error (GTK_WIDGET (self->partner_row), self->partner_error,
                 self->partner_error_label, NULL);
  set_row_error (GTK_WIDGET (self->planned_row), self->planned_error,
                 self->planned_error_label, NULL);
  set_row_error (GTK_WIDGET (self->follow_up_row), self->follow_up_error,
                 self->follow_up_error_label, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->general_error_group), FALSE);
}

static OndIntervention *
selected_intervention (OndInterventionEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->intervention_row);

  if (selected >= self->interventions->len)
    return NULL;
  return g_ptr_array_index (self->interventions, selected);
}

/* The partners the menukaart marks for the chosen intervention, in the partners' order. */
static void
update_partners (OndInterventionEditor *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  OndIntervention *intervention = selected_intervention (self);
  gint64 current_id = self->intervention != NULL ?
    ond_case_intervention_get_partner_id (self->intervention) : 0;
  guint n = self->partners != NULL ? g_list_model_get_n_items (self->partners) : 0;
  guint chosen = 0;

  g_array_set_size (self->partner_ids, 0);
  for (guint i = 0; intervention != NULL && i < n; i++)
    {
      g_autoptr(OndPartner) partner = g_list_model_get_item (self->partners, i);
      gint64 id = ond_partner_get_id (partner);

      /* The partners the menukaart marks and that take part; a changed one keeps its own
       * partner, even when that one retired or left the menukaart since. */
      if (id != current_id &&
          (!ond_intervention_has_partner (intervention, id) ||
           !ond_partner_is_offered (partner, NULL, 0)))
        continue;
      if (id == current_id)
        chosen = self->partner_ids->len;
      gtk_string_list_append (names, ond_partner_get_name (partner));
      g_array_append_val (self->partner_ids, id);
    }

  adw_combo_row_set_model (self->partner_row, G_LIST_MODEL (names));
  if (self->partner_ids->len > 0)
    adw_combo_row_set_selected (self->partner_row, chosen);
  gtk_widget_set_sensitive (GTK_WIDGET (self->partner_row), self->partner_ids->len > 0);
}

static void
on_intervention_selected_cb (OndInterventionEditor *self,
                             GParamSpec            *pspec,
                             AdwComboRow           *row)
{
  clear_errors (self);
  update_partners (self);
}

/* Reads an optional date row: TRUE with *@iso NULL when it is empty. */
static gboolean
read_date (OndInterventionEditor  *self,
           AdwEntryRow            *row,
           GtkWidget              *message_row,
           GtkLabel               *label,
           char                  **iso)
{
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  *iso = NULL;
  if (ond_text_is_blank (text))
    return TRUE;
  if (ond_date_parse (text, iso, &error))
    return TRUE;

  set_row_error (GTK_WIDGET (row), message_row, label, error->message);
  return FALSE;
}

static gboolean save (OndInterventionEditor *self);
static void load_values (OndInterventionEditor *self);

/* The answer to a refused save (as the case editor's): go on with the intervention as read
 * now, either showing it (their version) or saving the form over it. */
static void
answer_conflict (GtkWindow *form,
                 gpointer   current,
                 gboolean   overwrite)
{
  OndInterventionEditor *self = OND_INTERVENTION_EDITOR (form);

  g_set_object (&self->intervention, current);
  if (overwrite)
    {
      save (self);
      return;
    }
  clear_errors (self);
  load_values (self);
}

/* Someone else changed the intervention after the form was opened: read it again and show
 * what changed, to let the user choose. */
static void
show_conflict (OndInterventionEditor *self,
               gint64                 partner_id,
               const char            *planned,
               const char            *follow_up,
               const char            *status,
               const char            *note)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseIntervention) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *body = NULL;
  g_autofree char *body_unchanged = NULL;
  const char *name = ond_case_intervention_get_intervention_name (self->intervention);
  OndConflictTexts texts;

  current = ond_store_get_case_intervention (self->store, ond_case_get_id (self->kase),
                                             ond_case_intervention_get_id (self->intervention),
                                             &error);
  if (current != NULL)
    changes = ond_store_compare_case_intervention_edit (self->store, self->intervention,
                                                        partner_id, planned, follow_up,
                                                        status, note, current, &error);
  if (changes == NULL)
    {
      show_general_error (self, error->message);
      return;
    }
  /* Translators: “%s” is an intervention of the menukaart, e.g. “BRP controle”. */
  body = g_strdup_printf (_("“%s” was changed after you opened it, so your changes have not "
                            "been saved. This is what changed:"), name);
  /* Translators: “%s” is an intervention of the menukaart, e.g. “BRP controle”. */
  body_unchanged = g_strdup_printf (_("“%s” was changed after you opened it, but not in the "
                                      "fields of this form. Your changes have not been "
                                      "saved."), name);
  texts.heading = _("Someone Else Changed This Intervention");
  texts.body = body;
  texts.body_unchanged = body_unchanged;
  ond_conflict_dialog_ask (GTK_WINDOW (self), &texts, changes, g_steal_pointer (&current),
                           g_object_unref, answer_conflict);
}

static gboolean
save (OndInterventionEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *planned = NULL;
  g_autofree char *follow_up = NULL;
  g_autofree char *note = NULL;
  OndIntervention *intervention = selected_intervention (self);
  const char *status;
  guint partner;
  gboolean saved;

  clear_errors (self);

  if (intervention == NULL)
    return FALSE;
  partner = adw_combo_row_get_selected (self->partner_row);
  if (partner >= self->partner_ids->len)
    {
      set_row_error (GTK_WIDGET (self->partner_row), self->partner_error,
                     self->partner_error_label,
                     _("No partner of the menukaart can carry out this intervention"));
      return FALSE;
    }
  if (!read_date (self, self->planned_row, self->planned_error, self->planned_error_label,
                  &planned) ||
      !read_date (self, self->follow_up_row, self->follow_up_error,
                  self->follow_up_error_label, &follow_up))
    return FALSE;

  status = ond_case_choices_code (self->statuses, adw_combo_row_get_selected (self->status_row));
  note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_row))));

  if (self->intervention == NULL)
    saved = ond_store_add_case_intervention (self->store, ond_case_get_id (self->kase),
                                             ond_intervention_get_id (intervention),
                                             g_array_index (self->partner_ids, gint64, partner),
                                             planned, follow_up, status, note, &error) != 0;
  else
    /* Saved only while nobody else changed it since the form was opened. */
    saved = ond_store_save_case_intervention_edit (self->store, self->intervention,
                                                   g_array_index (self->partner_ids, gint64,
                                                                  partner),
                                                   planned, follow_up, status, note, &error);
  if (!saved)
    {
      g_message ("The intervention was not saved: %s", error->message);
      if (g_error_matches (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT))
        show_conflict (self, g_array_index (self->partner_ids, gint64, partner), planned,
                       follow_up, status, note);
      else
        show_general_error (self, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save_clicked_cb (OndInterventionEditor *self,
                    GtkButton             *button)
{
  save (self);
}

/* Sets the label of a button with a mnemonic, and its accessible name without the
 * underscore (GTK 4.8 would name it "_Save Save"). */
static void
set_button_label (GtkButton  *button,
                  const char *label)
{
  g_autoptr(GString) name = g_string_new (label);

  g_string_replace (name, "_", "", 0);
  gtk_button_set_label (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name->str,
                                  -1);
}

static void
set_date (AdwEntryRow *row,
          const char  *iso)
{
  g_autofree char *text = ond_date_format (iso);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* The values of the intervention being changed (as read when the form opened, or again
 * after someone else changed it) in the form; a new one keeps the defaults. */
static void
load_values (OndInterventionEditor *self)
{
  guint position;

  if (self->intervention != NULL)
    {
      position = ond_case_choices_find (self->statuses,
                                        ond_case_intervention_get_status (self->intervention));
      if (position != GTK_INVALID_LIST_POSITION)
        adw_combo_row_set_selected (self->status_row, position);
      set_date (self->planned_row, ond_case_intervention_get_planned_date (self->intervention));
      set_date (self->follow_up_row,
                ond_case_intervention_get_follow_up_date (self->intervention));
      gtk_editable_set_text (GTK_EDITABLE (self->note_row),
                             ond_case_intervention_get_note (self->intervention));
    }
  update_partners (self);
}

static void
fill_form (OndInterventionEditor *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = NULL;
  g_autoptr(GListModel) interventions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  gint64 current_id = self->intervention != NULL ?
    ond_case_intervention_get_intervention_id (self->intervention) : 0;

  if (self->intervention == NULL)
    {
      adw_window_title_set_title (self->window_title, _("Add Intervention"));
      set_button_label (self->save_button, _("_Add"));
    }
  else
    {
      adw_window_title_set_title (self->window_title, _("Change Intervention"));
      set_button_label (self->save_button, _("_Save"));
    }
  /* Translators: below the title of a form, e.g. "Signal 2026-0001". */
  subtitle = g_strdup_printf (_("Signal %s"), ond_case_get_reference (self->kase));
  adw_window_title_set_subtitle (self->window_title, subtitle);
  /* Translators: the title of a form's window, e.g. "Add Intervention – Signal 2026-0001". */
  title = g_strdup_printf (_("%s – %s"), adw_window_title_get_title (self->window_title),
                           subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);

  self->partners = ond_store_list_partners (self->store, &error);
  if (self->partners != NULL)
    interventions = ond_store_list_interventions (self->store, &error);
  if (interventions != NULL)
    self->statuses = ond_store_list_vocabulary (self->store, "intervention_status", &error);
  if (error != NULL)
    show_general_error (self, error->message);

  /* The interventions still in use; a changed one keeps its own, which cannot change. */
  for (guint i = 0; interventions != NULL && i < g_list_model_get_n_items (interventions); i++)
    {
      g_autoptr(OndIntervention) intervention = g_list_model_get_item (interventions, i);
      gint64 id = ond_intervention_get_id (intervention);

      if (self->intervention != NULL ? id != current_id
                                     : !ond_intervention_is_offered (intervention, 0))
        continue;
      gtk_string_list_append (names, ond_intervention_get_name (intervention));
      g_ptr_array_add (self->interventions, g_object_ref (intervention));
    }
  adw_combo_row_set_model (self->intervention_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->intervention_row, 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->intervention_row), self->intervention == NULL);

  statuses = ond_case_choices_model (self->statuses, NULL);
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  load_values (self);
}

static void
ond_intervention_editor_constructed (GObject *object)
{
  OndInterventionEditor *self = OND_INTERVENTION_EDITOR (object);

  G_OBJECT_CLASS (ond_intervention_editor_parent_class)->constructed (object);

  fill_form (self);
}

static void
ond_intervention_editor_dispose (GObject *object)
{
  OndInterventionEditor *self = OND_INTERVENTION_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_INTERVENTION_EDITOR);

  G_OBJECT_CLASS (ond_intervention_editor_parent_class)->dispose (object);
}

static void
ond_intervention_editor_finalize (GObject *object)
{
  OndInterventionEditor *self = OND_INTERVENTION_EDITOR (object);

  g_clear_pointer (&self->interventions, g_ptr_array_unref);
  g_clear_pointer (&self->partner_ids, g_array_unref);
  g_clear_pointer (&self->statuses, g_ptr_array_unref);
  g_clear_object (&self->partners);
  g_clear_object (&self->intervention);
  g_clear_object (&self->kase);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_intervention_editor_parent_class)->finalize (object);
}

static void
ond_intervention_editor_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  OndInterventionEditor *self = OND_INTERVENTION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_CASE:
      g_value_set_object (value, self->kase);
      break;

    case PROP_INTERVENTION:
      g_value_set_object (value, self->intervention);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_intervention_editor_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  OndInterventionEditor *self = OND_INTERVENTION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_CASE:
      self->kase = g_value_dup_object (value);
      break;

    case PROP_INTERVENTION:
      self->intervention = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_intervention_editor_class_init (OndInterventionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ond_intervention_editor_constructed;
  object_class->dispose = ond_intervention_editor_dispose;
  object_class->finalize = ond_intervention_editor_finalize;
  object_class->get_property = ond_intervention_editor_get_property;
  object_class->set_property = ond_intervention_editor_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL,
                         OND_TYPE_CASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INTERVENTION] =
    g_param_spec_object ("intervention", NULL, NULL,
                         OND_TYPE_CASE_INTERVENTION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OndInterventionEditor::saved:
   * @self: the editor
   *
   * The store took the intervention; the window closes right after.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-intervention-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OndInterventionEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, OndInterventionEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, OndInterventionEditor, general_error_group);
  gtk_widget_class_bind_template_child (widget_class, OndInterventionEditor, general_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndInterventionEditor, intervention_row);
  gtk_widget_class_bind_template_child (widget_class, OndInterventionEditor, partner_row);
  gtk_widget_class_bind_template_child (widget_class, OndInterventionEditor, partner_error);
  gtk_widget_class_bind_template_child (widget_class, OndInterventionEditor, partner_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndInterventionEditor, planned_row);
  gtk_widget_class_bind_template_child (widget_class, OndInterventionEditor, planned_error);
  gtk_widget_class_bind_template_child (widget_class, OndInterventionEditor, planned_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndInterventionEditor, follow_up_row);
  gtk_widget_class_bind_template_child (widget_class, OndInterventionEditor, follow_up_error);
  gtk_widget_class_bind_template_child (widget_class, OndInterventionEditor,
                                        follow_up_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndInterventionEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, OndInterventionEditor, note_row);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_intervention_selected_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ond_intervention_editor_init (OndInterventionEditor *self)
{
  self->interventions = g_ptr_array_new_with_free_func (g_object_unref);
  self->partner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ond_intervention_editor_new:
 * @parent: (nullable): the window the form belongs to
 * @store: the store to write to
 * @kase: the case
 * @intervention: (nullable): the intervention of the case to change, or %NULL to add one
 *
 * Returns: (transfer full): a new form, not yet shown
 */
OndInterventionEditor *
ond_intervention_editor_new (GtkWindow           *parent,
                             OndStore            *store,
                             OndCase             *kase,
                             OndCaseIntervention *intervention)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (OND_IS_CASE (kase), NULL);
  g_return_val_if_fail (intervention == NULL || OND_IS_CASE_INTERVENTION (intervention), NULL);

  return g_object_new (OND_TYPE_INTERVENTION_EDITOR,
                       "transient-for", parent,
                       "store", store,
                       "case", kase,
                       "intervention", intervention,
                       NULL);
}

/**
 * ond_intervention_editor_get_case:
 * @self: an #OndInterventionEditor
 *
 * Returns: (transfer none): the case the intervention is for
 */
OndCase *
ond_intervention_editor_get_case (OndInterventionEditor *self)
{
  g_return_val_if_fail (OND_IS_INTERVENTION_EDITOR (self), NULL);

  return self->kase;
}
