/* ond-intervention-name-dialog.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The form of an intervention's name. The rules (not blank, not a name the menukaart has
 * already apart from case and accents) are the store's; its OND_PLAN_ERROR_NAME goes below
 * the name, any other refusal above it. */

#define G_LOG_DOMAIN "ond-intervention-name-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-form-field.h"
#include "ond-intervention-name-dialog.h"
#include "ond-case-conflict-dialog.h"
#include "ond-store-form-conflict.h"
#include "ond-store-partners.h"

struct _OndInterventionNameDialog
{
  AdwWindow            parent_instance;

  AdwWindowTitle      *window_title;
  GtkButton           *cancel_button;
  GtkButton           *save_button;
  AdwPreferencesGroup *general_error_group;
  GtkLabel            *general_error_label;
  AdwPreferencesGroup *group;

  OndFormField         name;

  OndStore            *store;
  OndIntervention     *intervention;
};

enum
{
  PROP_0,
  PROP_STORE,
  PROP_INTERVENTION,
  N_PROPS,
};

enum
{
  SAVED,
  N_SIGNALS,
};

G_DEFINE_FINAL_TYPE (OndInterventionNameDialog, ond_intervention_name_dialog, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
show_general_error (OndInterventionNameDialog *self,
                    const char                *message)
{
  gtk_label_set_label (self->general_error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->general_error_group), message != NULL);
}

static void save (OndInterventionNameDialog *self);

/* The intervention as read now becomes the baseline (self->intervention, with its row
 * version); the name is saved over it, or the form shows its name. */
static void
answer_conflict (GtkWindow *form,
                 gpointer   current,
                 gboolean   overwrite)
{
  OndInterventionNameDialog *self = OND_INTERVENTION_NAME_DIALOG (form);

  g_set_object (&self->intervention, current);
  if (overwrite)
    {
      save (self);
      return;
    }
  ond_form_field_clear (&self->name);
  show_general_error (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->name.field),
                         ond_intervention_get_name (self->intervention));
}

/* Someone else changed the intervention after the form read it (ond-store-migration-12.c):
 * reads it again and asks with what changed. */
static void
show_conflict (OndInterventionNameDialog *self,
               const char                *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndIntervention) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  const OndConflictTexts texts = {
    _("Someone Else Changed This Intervention"),
    _("The intervention was changed after you opened it, so your changes have not been "
      "saved. This is what changed:"),
    _("The intervention was changed after you opened it, but not in the fields of this "
      "form. Your changes have not been saved."),
  };

  current = ond_store_get_intervention (self->store,
                                        ond_intervention_get_id (self->intervention), &error);
  if (current == NULL)
    {
      show_general_error (self, error->message);
      return;
    }
  changes = ond_store_compare_intervention_edit (self->intervention, name, current);
  ond_conflict_dialog_ask (GTK_WINDOW (self), &texts, changes, g_steal_pointer (&current),
                           g_object_unref, answer_conflict);
}

static void
save (OndInterventionNameDialog *self)
{
  g_autoptr(GError) error = NULL;
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name.field));
  gint64 version;
  gint64 id;

  ond_form_field_clear (&self->name);
  show_general_error (self, NULL);
  if (self->intervention != NULL)
    {
      id = ond_intervention_get_id (self->intervention);
      version = ond_intervention_get_row_version (self->intervention);
      if (!ond_store_rename_intervention_edit (self->store, id, &version, name, &error))
        id = 0;
    }
  else
    id = ond_store_add_intervention (self->store, name, &error);

  if (id == 0 && g_error_matches (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT))
    {
      show_conflict (self, name);
      return;
    }
  if (id == 0)
    {
      g_message ("The intervention was not saved: %s", error->message);
      if (g_error_matches (error, OND_PLAN_ERROR, OND_PLAN_ERROR_NAME))
        ond_form_field_show_error (&self->name, error->message);
      else
        show_general_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_save_clicked_cb (OndInterventionNameDialog *self,
                    GtkButton                 *button)
{
  save (self);
}

static void
ond_intervention_name_dialog_constructed (GObject *object)
{
  OndInterventionNameDialog *self = OND_INTERVENTION_NAME_DIALOG (object);
  const char *title;
  GtkWidget *row;

  G_OBJECT_CLASS (ond_intervention_name_dialog_parent_class)->constructed (object);

  g_return_if_fail (self->store != NULL);
  title = self->intervention == NULL ? _("New Intervention") : _("Rename Intervention");
  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  ond_form_set_button_label (self->cancel_button, _("_Cancel"));
  ond_form_set_button_label (self->save_button,
                             self->intervention == NULL ? _("_Add") : _("_Rename"));

  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Name"));
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  if (self->intervention != NULL)
    {
      adw_window_title_set_subtitle (self->window_title,
                                     ond_intervention_get_name (self->intervention));
      gtk_editable_set_text (GTK_EDITABLE (row), ond_intervention_get_name (self->intervention));
    }
  ond_form_field_add (self->group, row, &self->name);
  gtk_widget_grab_focus (row);
}

static void
ond_intervention_name_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OND_TYPE_INTERVENTION_NAME_DIALOG);

  G_OBJECT_CLASS (ond_intervention_name_dialog_parent_class)->dispose (object);
}

static void
ond_intervention_name_dialog_finalize (GObject *object)
{
  OndInterventionNameDialog *self = OND_INTERVENTION_NAME_DIALOG (object);

  g_clear_object (&self->intervention);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_intervention_name_dialog_parent_class)->finalize (object);
}

static void
ond_intervention_name_dialog_get_property (GObject    *object,
                                           guint       prop_id,
                                           GValue     *value,
                                           GParamSpec *pspec)
{
  OndInterventionNameDialog *self = OND_INTERVENTION_NAME_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_INTERVENTION:
      g_value_set_object (value, self->intervention);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_intervention_name_dialog_set_property (GObject      *object,
                                           guint         prop_id,
                                           const GValue *value,
                                           GParamSpec   *pspec)
{
  OndInterventionNameDialog *self = OND_INTERVENTION_NAME_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_INTERVENTION:
      self->intervention = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_intervention_name_dialog_class_init (OndInterventionNameDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ond_intervention_name_dialog_constructed;
  object_class->dispose = ond_intervention_name_dialog_dispose;
  object_class->finalize = ond_intervention_name_dialog_finalize;
  object_class->get_property = ond_intervention_name_dialog_get_property;
  object_class->set_property = ond_intervention_name_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INTERVENTION] =
    g_param_spec_object ("intervention", NULL, NULL,
                         OND_TYPE_INTERVENTION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OndInterventionNameDialog::saved:
   * @self: the form
   * @id: the id of the intervention added or renamed
   *
   * The store accepted the name; the window closes right after.
   */
  signals[SAVED] = g_signal_new ("saved",
                                 G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE
                                               "/ui/ond-intervention-name-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OndInterventionNameDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, OndInterventionNameDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, OndInterventionNameDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, OndInterventionNameDialog,
                                        general_error_group);
  gtk_widget_class_bind_template_child (widget_class, OndInterventionNameDialog,
                                        general_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndInterventionNameDialog, group);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ond_intervention_name_dialog_init (OndInterventionNameDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ond_intervention_name_dialog_new:
 * @parent: (nullable): the window the form belongs to
 * @store: the store to write to
 * @intervention: (nullable): the intervention to rename, or %NULL for a new one
 *
 * Returns: (transfer full): a new form, not yet shown
 */
OndInterventionNameDialog *
ond_intervention_name_dialog_new (GtkWindow       *parent,
                                  OndStore        *store,
                                  OndIntervention *intervention)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (intervention == NULL || OND_IS_INTERVENTION (intervention), NULL);

  return g_object_new (OND_TYPE_INTERVENTION_NAME_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "intervention", intervention,
                       NULL);
}
