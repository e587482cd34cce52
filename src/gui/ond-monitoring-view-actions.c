/* ond-monitoring-view-actions.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the user changes from the Monitoring section: a hand value entered (with its source)
 * or cleared (with an undo toast), and the reporting year closed (after a question that
 * says what it means) or reopened (with a reason). The store checks every rule and its
 * refusal is shown; after each change the section reads the figures again. */

#define G_LOG_DOMAIN "ond-monitoring-view-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-figure-value-dialog.h"
#include "ond-figures.h"
#include "ond-list-export.h"
#include "ond-monitoring-view-private.h"
#include "ond-store-figures.h"
#include "ond-year-reopen-dialog.h"

static GtkWindow *
get_parent_window (OndMonitoringView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

gboolean
_ond_monitoring_view_is_writable (OndMonitoringView *self)
{
  return self->store != NULL && !ond_store_is_read_only (self->store);
}

/* A message with only an OK button: what the store refused, or why it cannot be done. */
static void
show_message (OndMonitoringView *self,
              const char        *heading,
              const char        *body)
{
  GtkWidget *dialog = adw_message_dialog_new (get_parent_window (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "ok", _("_OK"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "ok");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "ok");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Enables what the store and the selection allow: nothing on a read-only file. */
void
_ond_monitoring_view_update_actions (OndMonitoringView *self)
{
  gboolean writable = _ond_monitoring_view_is_writable (self);
  gboolean has_year = self->plan != NULL && self->year > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "monitoring.enter-value",
                                 writable && ond_monitoring_view_get_selected (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "monitoring.clear-value", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "monitoring.close-year",
                                 writable && has_year && !self->year_closed);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "monitoring.reopen-year",
                                 writable && has_year && self->year_closed);
  gtk_widget_set_visible (self->close_button, !self->year_closed);
  gtk_widget_set_visible (self->reopen_button, self->year_closed);
}

/* Hand values. */

static void
on_value_saved_cb (OndMonitoringView    *self,
                   OndFigureValueDialog *dialog)
{
  _ond_monitoring_view_reload (self);
}

static void
enter_value_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  OndMonitoringView *self = OND_MONITORING_VIEW (widget);
  OndFigure *figure = ond_monitoring_view_get_selected (self);
  OndFigureValueDialog *dialog;

  if (figure == NULL || !_ond_monitoring_view_is_writable (self))
    return;

  dialog = ond_figure_value_dialog_new (get_parent_window (self), self->store, figure,
                                        self->year);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_value_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_ond_monitoring_view_forget_undo (OndMonitoringView *self)
{
  g_clear_pointer (&self->undo_code, g_free);
  g_clear_pointer (&self->undo_source, g_free);
  g_clear_object (&self->undo_toast);
}

static void
on_undo_clicked_cb (OndMonitoringView *self,
                    AdwToast          *toast)
{
  g_autoptr(GError) error = NULL;

  if (self->undo_code == NULL || self->store == NULL)
    return;

  if (!ond_store_set_figure_value (self->store, self->undo_code, self->undo_year,
                                   self->undo_value, self->undo_source, &error))
    _ond_monitoring_view_report_error (self, "Could not put the value back", error);
  _ond_monitoring_view_forget_undo (self);
  _ond_monitoring_view_reload (self);
}

static void
on_undo_dismissed_cb (OndMonitoringView *self,
                      AdwToast          *toast)
{
  if (toast == self->undo_toast)
    _ond_monitoring_view_forget_undo (self);
}

/* Clears a hand value at once; the toast offers to put it back. */
static void
clear_value_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  OndMonitoringView *self = OND_MONITORING_VIEW (widget);
  OndFigure *figure = ond_monitoring_view_get_selected (self);
  int year = g_variant_get_int32 (param);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GtkWidget *overlay;
  gint64 value = 0;

  if (figure == NULL || !_ond_monitoring_view_is_writable (self) ||
      ond_figure_get_origin (figure, year) != OND_FIGURE_ORIGIN_MANUAL)
    return;

  ond_figure_get_value (figure, year, &value);
  if (!ond_store_clear_figure_value (self->store, ond_figure_get_code (figure), year, &error))
    {
      show_message (self, _("The Value Was Not Cleared"), error->message);
      return;
    }

  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  _ond_monitoring_view_forget_undo (self);
  self->undo_code = g_strdup (ond_figure_get_code (figure));
  self->undo_year = year;
  self->undo_value = value;
  self->undo_source = g_strdup (ond_figure_get_source (figure, year));

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    {
      /* Translators: a toast after a hand value was cleared, e.g. "Value of 2022
       * cleared". */
      title = g_strdup_printf (_("Value of %d cleared"), year);
      self->undo_toast = adw_toast_new (title);
      adw_toast_set_button_label (self->undo_toast, _("_Undo"));
      g_signal_connect_object (self->undo_toast, "button-clicked",
                               G_CALLBACK (on_undo_clicked_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->undo_toast, "dismissed",
                               G_CALLBACK (on_undo_dismissed_cb), self, G_CONNECT_SWAPPED);
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), g_object_ref (self->undo_toast));
    }

  _ond_monitoring_view_reload (self);
}

/* Closing and reopening the year. */

static void
on_close_year_response_cb (OndMonitoringView *self,
                           const char        *response,
                           AdwMessageDialog  *dialog)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = NULL;
  int year = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "ond-year"));

  if (g_strcmp0 (response, "close") != 0 || self->store == NULL)
    return;

  now = g_date_time_new_now_local ();
  if (!ond_store_close_year (self->store, year, now, &error))
    show_message (self, _("The Year Was Not Closed"), error->message);
  _ond_monitoring_view_reload (self);
}

static void
close_year_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  OndMonitoringView *self = OND_MONITORING_VIEW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (!_ond_monitoring_view_is_writable (self) || self->year <= 0)
    return;

  /* The store refuses it too; saying so before asking spares the user a question. */
  if (ond_figure_year_fraction (self->year, now) < 1.0)
    {
      /* Translators: the heading when a running year cannot be closed, e.g. "2026 Has Not
       * Ended". */
      heading = g_strdup_printf (_("%d Has Not Ended"), self->year);
      body = g_strdup_printf (_("A year can be closed once it has ended: %d can be closed "
                                "from 1 January %d."),
                              self->year, self->year + 1);
      show_message (self, heading, body);
      return;
    }

  /* Translators: the heading of the question before a year is closed, e.g. "Close
   * 2024?". */
  heading = g_strdup_printf (_("Close %d?"), self->year);
  body = g_strdup_printf (_("The figures of %d are frozen as they are counted now: later "
                            "changes to controls, measures, signals or other records of "
                            "%d no longer change them, so the figures already reported "
                            "stay the same. Reopening the year needs a reason and is "
                            "logged."),
                          self->year, self->year);
  dialog = adw_message_dialog_new (get_parent_window (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "close", _("_Close Year"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "close",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "ond-year", GINT_TO_POINTER (self->year));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_year_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_reopen_year_response_cb (OndMonitoringView   *self,
                            const char          *response,
                            OndYearReopenDialog *dialog)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;

  if (g_strcmp0 (response, "reopen") != 0 || self->store == NULL)
    return;

  reason = ond_year_reopen_dialog_dup_reason (dialog);
  if (!ond_store_reopen_year (self->store, ond_year_reopen_dialog_get_year (dialog), reason,
                              &error))
    show_message (self, _("The Year Was Not Reopened"), error->message);
  _ond_monitoring_view_reload (self);
}

static void
reopen_year_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  OndMonitoringView *self = OND_MONITORING_VIEW (widget);
  GtkWidget *dialog;

  if (!_ond_monitoring_view_is_writable (self) || self->year <= 0)
    return;

  dialog = ond_year_reopen_dialog_new (get_parent_window (self), self->year);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reopen_year_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_list_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  ond_list_export_choose (OND_MONITORING_VIEW (widget)->column_view);
}

/**
 * _ond_monitoring_view_class_actions_init:
 * @klass: the class of #OndMonitoringView
 *
 * Installs the section's actions: monitoring.enter-value, monitoring.clear-value (the year,
 * an int32), monitoring.close-year, monitoring.reopen-year and monitoring.export-list
 * (Ctrl+E: the table to a workbook).
 */
void
_ond_monitoring_view_class_actions_init (OndMonitoringViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "monitoring.enter-value", NULL,
                                   enter_value_action);
  gtk_widget_class_install_action (widget_class, "monitoring.clear-value", "i",
                                   clear_value_action);
  gtk_widget_class_install_action (widget_class, "monitoring.close-year", NULL,
                                   close_year_action);
  gtk_widget_class_install_action (widget_class, "monitoring.reopen-year", NULL,
                                   reopen_year_action);
  gtk_widget_class_install_action (widget_class, "monitoring.export-list", NULL,
                                   export_list_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "monitoring.export-list", NULL);
}
