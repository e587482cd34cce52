/* ond-case-detail-actions.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The steps the user takes from the view of a case: the buttons of the workflow (weigh,
 * start, monitor, resume, and the close and reopen dialogs), editing the intake, deleting
 * (after a confirmation), and adding or changing an intervention. After each change the view
 * reads the case again (_ond_case_detail_refresh); the store logs the change itself. */

#define G_LOG_DOMAIN "ond-case-detail-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-case-choices.h"
#include "ond-case-detail-private.h"
#include "ond-case-editor.h"
#include "ond-case-intervention.h"
#include "ond-intervention-editor.h"
#include "ond-store-cases.h"
#include "ond-text.h"
#include "ond-weigh-dialog.h"

static GtkWindow *
get_parent_window (OndCaseDetail *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
move_to (OndCaseDetail *self,
         OndCaseStatus  to)
{
  g_autoptr(GError) error = NULL;

  if (!ond_store_move_case (self->store, ond_case_get_id (self->kase), to, NULL, &error))
    _ond_case_detail_report_error (self, error);
  _ond_case_detail_refresh (self);
}

static void
on_weigh_clicked_cb (OndCaseDetail *self,
                     GtkButton     *button)
{
  OndWeighDialog *dialog = ond_weigh_dialog_new (get_parent_window (self), self->store,
                                                 self->kase);

  g_signal_connect_object (dialog, "weighed", G_CALLBACK (_ond_case_detail_refresh), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_start_clicked_cb (OndCaseDetail *self,
                     GtkButton     *button)
{
  move_to (self, OND_CASE_STATUS_INTERVENTION);
}

static void
on_monitor_clicked_cb (OndCaseDetail *self,
                       GtkButton     *button)
{
  move_to (self, OND_CASE_STATUS_MONITORING);
}

static void
on_resume_clicked_cb (OndCaseDetail *self,
                      GtkButton     *button)
{
  move_to (self, OND_CASE_STATUS_INTERVENTION);
}

/* The form inside the closing and reopening dialogs. */
typedef struct
{
  OndCaseDetail *self;
  AdwComboRow   *outcome_row;
  AdwEntryRow   *text_row;
} DialogData;

static void
dialog_data_free (gpointer  data,
                  GClosure *closure)
{
  DialogData *dialog_data = data;

  g_object_unref (dialog_data->self);
  g_free (dialog_data);
}

static GtkWidget *
create_form (GtkWidget *first,
             GtkWidget *second)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  if (first != NULL)
    gtk_list_box_append (GTK_LIST_BOX (list), first);
  gtk_list_box_append (GTK_LIST_BOX (list), second);
  return list;
}

static void
on_close_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      DialogData       *data)
{
  OndCaseDetail *self = data->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  const char *outcome;

  if (g_strcmp0 (response, "close") != 0 || self->kase == NULL)
    return;

  outcome = ond_case_choices_code (self->outcomes,
                                   adw_combo_row_get_selected (data->outcome_row));
  note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (data->text_row))));
  if (!ond_store_close_case (self->store, ond_case_get_id (self->kase), outcome, note, &error))
    _ond_case_detail_report_error (self, error);
  _ond_case_detail_refresh (self);
}

static void
on_close_clicked_cb (OndCaseDetail *self,
                     GtkButton     *button)
{
  g_autoptr(GtkStringList) outcomes = ond_case_choices_model (self->outcomes, NULL);
  g_autofree char *heading = NULL;
  DialogData *data = g_new0 (DialogData, 1);
  GtkWidget *dialog;

  /* Translators: e.g. "Close Case 2026-0001?". */
  heading = g_strdup_printf (_("Close Case %s?"), ond_case_get_reference (self->kase));
  dialog = adw_message_dialog_new (get_parent_window (self), heading,
                                   _("Record how the case ended. A closed case can be "
                                     "reopened later, with a reason."));

  data->self = g_object_ref (self);
  data->outcome_row = g_object_new (ADW_TYPE_COMBO_ROW,
                                    "title", _("Outcome"),
                                    "model", outcomes,
                                    NULL);
  data->text_row = g_object_new (ADW_TYPE_ENTRY_ROW,
                                 "title", _("Note"),
                                 NULL);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog),
                                      create_form (GTK_WIDGET (data->outcome_row),
                                                   GTK_WIDGET (data->text_row)));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "close", _("_Close Case"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "close",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_close_response_cb),
                         data, dialog_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_reason_changed_cb (GtkEditable      *row,
                      AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "reopen",
                                           !ond_text_is_blank (gtk_editable_get_text (row)));
}

static void
on_reopen_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       DialogData       *data)
{
  OndCaseDetail *self = data->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;

  if (g_strcmp0 (response, "reopen") != 0 || self->kase == NULL)
    return;

  reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (data->text_row))));
  if (!ond_store_move_case (self->store, ond_case_get_id (self->kase),
                            OND_CASE_STATUS_MONITORING, reason, &error))
    _ond_case_detail_report_error (self, error);
  _ond_case_detail_refresh (self);
}

static void
on_reopen_clicked_cb (OndCaseDetail *self,
                      GtkButton     *button)
{
  g_autofree char *heading = NULL;
  DialogData *data = g_new0 (DialogData, 1);
  GtkWidget *dialog;

  /* Translators: e.g. "Reopen Case 2026-0001?". */
  heading = g_strdup_printf (_("Reopen Case %s?"), ond_case_get_reference (self->kase));
  dialog = adw_message_dialog_new (get_parent_window (self), heading,
                                   _("The case goes back to monitoring. Say why: the reason "
                                     "is kept in its history."));

  data->self = g_object_ref (self);
  data->text_row = g_object_new (ADW_TYPE_ENTRY_ROW,
                                 "title", _("Reason"),
                                 NULL);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog),
                                      create_form (NULL, GTK_WIDGET (data->text_row)));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reopen", _("_Reopen"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reopen",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "reopen", FALSE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (data->text_row, "changed", G_CALLBACK (on_reason_changed_cb),
                           dialog, 0);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_reopen_response_cb),
                         data, dialog_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_edit_clicked_cb (OndCaseDetail *self,
                    GtkButton     *button)
{
  OndCaseEditor *editor;

  if (self->kase == NULL)
    return;

  editor = ond_case_editor_new (get_parent_window (self), self->store, self->plan, self->kase);
  g_signal_connect_object (editor, "saved", G_CALLBACK (_ond_case_detail_refresh), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       OndCaseDetail    *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCase) kase = NULL;

  if (g_strcmp0 (response, "delete") != 0 || self->kase == NULL)
    return;

  kase = g_object_ref (self->kase);
  if (!ond_store_delete_case (self->store, ond_case_get_id (kase), &error))
    {
      _ond_case_detail_report_error (self, error);
      return;
    }

  _ond_case_detail_emit_deleted (self, ond_case_get_id (kase), ond_case_get_reference (kase));
}

static void
on_delete_clicked_cb (OndCaseDetail *self,
                      GtkButton     *button)
{
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (self->kase == NULL)
    return;

  /* Translators: e.g. "Delete Signal 2026-0001?". */
  heading = g_strdup_printf (_("Delete Signal %s?"), ond_case_get_reference (self->kase));
  dialog = adw_message_dialog_new (get_parent_window (self), heading,
                                   _("The case is removed with its history and its "
                                     "interventions. Its reference is never handed out again. "
                                     "You can undo this right after."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_intervention_editor (OndCaseDetail       *self,
                          OndCaseIntervention *intervention)
{
  OndInterventionEditor *editor;

  editor = ond_intervention_editor_new (get_parent_window (self), self->store, self->kase,
                                        intervention);
  g_signal_connect_object (editor, "saved", G_CALLBACK (_ond_case_detail_refresh), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_add_intervention_clicked_cb (OndCaseDetail *self,
                                GtkButton     *button)
{
  if (self->kase != NULL)
    open_intervention_editor (self, NULL);
}

static void
on_intervention_activated_cb (OndCaseDetail *self,
                              GtkListBoxRow *row,
                              GtkListBox    *list)
{
  g_autoptr(OndCaseIntervention) intervention = NULL;

  if (self->interventions == NULL || !gtk_list_box_row_get_activatable (row))
    return;

  intervention = g_list_model_get_item (self->interventions,
                                        (guint) gtk_list_box_row_get_index (row));
  if (intervention != NULL)
    open_intervention_editor (self, intervention);
}

void
_ond_case_detail_class_actions_init (OndCaseDetailClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_callback (widget_class, on_weigh_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_start_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_monitor_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_resume_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_close_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reopen_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_edit_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_intervention_clicked_cb);
}

void
_ond_case_detail_actions_init (OndCaseDetail *self)
{
  g_signal_connect_object (self->interventions_list, "row-activated",
                           G_CALLBACK (on_intervention_activated_cb), self, G_CONNECT_SWAPPED);
}
