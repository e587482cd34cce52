/* ond-weigh-dialog.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Weighing a signal. The rows for the lead partner and the follow-up date show only for the
 * decisions that need them; what is missing is said below the row, and the store's own
 * refusal at the top. */

#define G_LOG_DOMAIN "ond-weigh-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-case-choices.h"
#include "ond-date.h"
#include "ond-partner.h"
#include "ond-store-cases.h"
#include "ond-store-vocabulary.h"
#include "ond-text.h"
#include "ond-weigh-dialog.h"

struct _OndWeighDialog
{
  AdwWindow            parent_instance;

  AdwWindowTitle      *window_title;
  AdwPreferencesGroup *general_error_group;
  GtkLabel            *general_error_label;
  AdwComboRow         *complexity_row;
  AdwComboRow         *decision_row;
  GtkWidget           *decision_error;
  GtkLabel            *decision_error_label;
  AdwComboRow         *partner_row;
  GtkWidget           *partner_error;
  GtkLabel            *partner_error_label;
  AdwEntryRow         *follow_up_row;
  GtkWidget           *follow_up_error;
  GtkLabel            *follow_up_error_label;
  AdwEntryRow         *reason_row;
  GtkWidget           *reason_error;
  GtkLabel            *reason_error_label;

  /* The ids behind the partner choices, the vocabularies behind the others. */
  GArray              *partner_ids;
  GPtrArray           *complexities;
  GPtrArray           *decisions;

  OndStore            *store;
  OndCase             *kase;
};

enum
{
  PROP_0,
  PROP_STORE,
  PROP_CASE,
  N_PROPS,
};

enum
{
  WEIGHED,
  N_SIGNALS,
};

G_DEFINE_FINAL_TYPE (OndWeighDialog, ond_weigh_dialog, ADW_TYPE_WINDOW)

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
clear_errors (OndWeighDialog *self)
{
  set_row_error (GTK_WIDGET (self->decision_row), self->decision_error,
                 self->decision_error_label, NULL);
  set_row_error (GTK_WIDGET (self->partner_row), self->partner_error,
                 self->partner_error_label, NULL);
  set_row_error (GTK_WIDGET (self->follow_up_row), self->follow_up_error,
                 self->follow_up_error_label, NULL);
  set_row_error (GTK_WIDGET (self->reason_row), self->reason_error,
                 self->reason_error_label, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->general_error_group), FALSE);
}

static gboolean
selected_decision (OndWeighDialog      *self,
                   OndWeighingDecision *decision)
{
  const char *code = ond_case_choices_code (self->decisions,
                                            adw_combo_row_get_selected (self->decision_row));

  return code != NULL && ond_weighing_decision_from_code (code, decision);
}

static void
on_decision_selected_cb (OndWeighDialog *self,
                         GParamSpec     *pspec,
                         AdwComboRow    *row)
{
  OndWeighingDecision decision = OND_WEIGHING_DROP;
  gboolean chosen = selected_decision (self, &decision);

  clear_errors (self);
  gtk_widget_set_visible (GTK_WIDGET (self->partner_row),
                          chosen && decision == OND_WEIGHING_PARTNER);
  gtk_widget_set_visible (GTK_WIDGET (self->follow_up_row),
                          chosen && decision == OND_WEIGHING_RESEARCH);
}

static gboolean
weigh (OndWeighDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *follow_up = NULL;
  OndWeighingDecision decision = OND_WEIGHING_DROP;
  const char *complexity;
  gint64 partner_id = 0;

  clear_errors (self);

  complexity = ond_case_choices_code (self->complexities,
                                      adw_combo_row_get_selected (self->complexity_row));
  if (complexity == NULL)
    return FALSE;
  if (!selected_decision (self, &decision))
    {
      set_row_error (GTK_WIDGET (self->decision_row), self->decision_error,
                     self->decision_error_label, _("Choose a decision"));
      return FALSE;
    }

  if (decision == OND_WEIGHING_PARTNER)
    {
      guint selected = adw_combo_row_get_selected (self->partner_row);

      if (selected >= self->partner_ids->len)
        {
          set_row_error (GTK_WIDGET (self->partner_row), self->partner_error,
                         self->partner_error_label, _("Choose the partner that takes the lead"));
          return FALSE;
        }
      partner_id = g_array_index (self->partner_ids, gint64, selected);
    }

  if (decision == OND_WEIGHING_RESEARCH)
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (self->follow_up_row));

      if (ond_text_is_blank (text))
        {
          set_row_error (GTK_WIDGET (self->follow_up_row), self->follow_up_error,
                         self->follow_up_error_label,
                         _("Further research needs a follow-up date"));
          return FALSE;
        }
      if (!ond_date_parse (text, &follow_up, &error))
        {
          set_row_error (GTK_WIDGET (self->follow_up_row), self->follow_up_error,
                         self->follow_up_error_label, error->message);
          return FALSE;
        }
    }

  reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reason_row))));
  if (reason[0] == '\0')
    {
      set_row_error (GTK_WIDGET (self->reason_row), self->reason_error,
                     self->reason_error_label, _("Give the reason for the decision"));
      return FALSE;
    }

  if (!ond_store_weigh_case (self->store, ond_case_get_id (self->kase),
                             complexity, decision, reason,
                             partner_id, follow_up, &error))
    {
      g_message ("The case was not weighed: %s", error->message);
      gtk_label_set_label (self->general_error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->general_error_group), TRUE);
      return FALSE;
    }

  g_signal_emit (self, signals[WEIGHED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_weigh_clicked_cb (OndWeighDialog *self,
                     GtkButton      *button)
{
  weigh (self);
}

static void
fill_form (OndWeighDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) complexities = NULL;
  g_autoptr(GtkStringList) decisions = NULL;
  g_autoptr(GListModel) partners = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  gint64 lead_id = ond_case_get_lead_partner_id (self->kase);
  guint position;

  /* Translators: below the title of a form, e.g. "Signal 2026-0001". */
  subtitle = g_strdup_printf (_("Signal %s"), ond_case_get_reference (self->kase));
  adw_window_title_set_title (self->window_title, _("Weigh Signal"));
  adw_window_title_set_subtitle (self->window_title, subtitle);
  /* Translators: the title of a form's window, e.g. "Weigh Signal – Signal 2026-0001". */
  title = g_strdup_printf (_("%s – %s"), _("Weigh Signal"), subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);

  partners = ond_store_list_partners (self->store, &error);
  if (partners == NULL)
    {
      gtk_label_set_label (self->general_error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->general_error_group), TRUE);
      g_clear_error (&error);
    }
  for (guint i = 0; partners != NULL && i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(OndPartner) partner = g_list_model_get_item (partners, i);
      gint64 id = ond_partner_get_id (partner);

      if (!ond_partner_is_offered (partner, &lead_id, 1))
        continue;
      gtk_string_list_append (names, ond_partner_get_name (partner));
      g_array_append_val (self->partner_ids, id);
    }
  adw_combo_row_set_model (self->partner_row, G_LIST_MODEL (names));
  for (guint i = 0; i < self->partner_ids->len; i++)
    if (g_array_index (self->partner_ids, gint64, i) == lead_id)
      adw_combo_row_set_selected (self->partner_row, i);

  self->complexities = ond_store_list_vocabulary (self->store, "complexity", &error);
  if (self->complexities != NULL)
    self->decisions = ond_store_list_vocabulary (self->store, "weighing_decision", &error);
  if (error != NULL)
    {
      gtk_label_set_label (self->general_error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->general_error_group), TRUE);
    }
  complexities = ond_case_choices_model (self->complexities, NULL);
  adw_combo_row_set_model (self->complexity_row, G_LIST_MODEL (complexities));
  decisions = ond_case_choices_model (self->decisions, NULL);
  adw_combo_row_set_model (self->decision_row, G_LIST_MODEL (decisions));

  /* Weighing again (after further research) starts from the last weighing. */
  position = ond_case_choices_find (self->complexities, ond_case_get_complexity (self->kase));
  adw_combo_row_set_selected (self->complexity_row,
                              position != GTK_INVALID_LIST_POSITION ? position : 0);
  /* No decision is chosen for the user: dropping a case by accident must not be easy. */
  position = ond_case_choices_find (self->decisions, ond_case_get_decision (self->kase));
  adw_combo_row_set_selected (self->decision_row, position);
  if (ond_case_get_follow_up_date (self->kase) != NULL)
    {
      g_autofree char *date = ond_date_format (ond_case_get_follow_up_date (self->kase));

      gtk_editable_set_text (GTK_EDITABLE (self->follow_up_row), date);
    }
  on_decision_selected_cb (self, NULL, self->decision_row);
}

static void
ond_weigh_dialog_constructed (GObject *object)
{
  OndWeighDialog *self = OND_WEIGH_DIALOG (object);

  G_OBJECT_CLASS (ond_weigh_dialog_parent_class)->constructed (object);

  fill_form (self);
}

static void
ond_weigh_dialog_dispose (GObject *object)
{
  OndWeighDialog *self = OND_WEIGH_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_WEIGH_DIALOG);

  G_OBJECT_CLASS (ond_weigh_dialog_parent_class)->dispose (object);
}

static void
ond_weigh_dialog_finalize (GObject *object)
{
  OndWeighDialog *self = OND_WEIGH_DIALOG (object);

  g_clear_pointer (&self->partner_ids, g_array_unref);
  g_clear_pointer (&self->complexities, g_ptr_array_unref);
  g_clear_pointer (&self->decisions, g_ptr_array_unref);
  g_clear_object (&self->kase);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_weigh_dialog_parent_class)->finalize (object);
}

static void
ond_weigh_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OndWeighDialog *self = OND_WEIGH_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_CASE:
      g_value_set_object (value, self->kase);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_weigh_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OndWeighDialog *self = OND_WEIGH_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_CASE:
      self->kase = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_weigh_dialog_class_init (OndWeighDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ond_weigh_dialog_constructed;
  object_class->dispose = ond_weigh_dialog_dispose;
  object_class->finalize = ond_weigh_dialog_finalize;
  object_class->get_property = ond_weigh_dialog_get_property;
  object_class->set_property = ond_weigh_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL,
                         OND_TYPE_CASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OndWeighDialog::weighed:
   * @self: the dialog
   *
   * The store recorded the weighing; the window closes right after.
   */
  signals[WEIGHED] =
    g_signal_new ("weighed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-weigh-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OndWeighDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, OndWeighDialog, general_error_group);
  gtk_widget_class_bind_template_child (widget_class, OndWeighDialog, general_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndWeighDialog, complexity_row);
  gtk_widget_class_bind_template_child (widget_class, OndWeighDialog, decision_row);
  gtk_widget_class_bind_template_child (widget_class, OndWeighDialog, decision_error);
  gtk_widget_class_bind_template_child (widget_class, OndWeighDialog, decision_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndWeighDialog, partner_row);
  gtk_widget_class_bind_template_child (widget_class, OndWeighDialog, partner_error);
  gtk_widget_class_bind_template_child (widget_class, OndWeighDialog, partner_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndWeighDialog, follow_up_row);
  gtk_widget_class_bind_template_child (widget_class, OndWeighDialog, follow_up_error);
  gtk_widget_class_bind_template_child (widget_class, OndWeighDialog, follow_up_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndWeighDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, OndWeighDialog, reason_error);
  gtk_widget_class_bind_template_child (widget_class, OndWeighDialog, reason_error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_weigh_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_decision_selected_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ond_weigh_dialog_init (OndWeighDialog *self)
{
  self->partner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ond_weigh_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @store: the store to write to
 * @kase: the case to weigh (status nieuw or gewogen)
 *
 * Returns: (transfer full): a new weighing dialog, not yet shown
 */
OndWeighDialog *
ond_weigh_dialog_new (GtkWindow *parent,
                      OndStore  *store,
                      OndCase   *kase)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (OND_IS_CASE (kase), NULL);

  return g_object_new (OND_TYPE_WEIGH_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "case", kase,
                       NULL);
}

/**
 * ond_weigh_dialog_get_case:
 * @self: an #OndWeighDialog
 *
 * Returns: (transfer none): the case weighed
 */
OndCase *
ond_weigh_dialog_get_case (OndWeighDialog *self)
{
  g_return_val_if_fail (OND_IS_WEIGH_DIALOG (self), NULL);

  return self->kase;
}
