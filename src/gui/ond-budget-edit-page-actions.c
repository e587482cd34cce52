/* ond-budget-edit-page-actions.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The actions of the budget page: budget.add-line and budget.edit-line open the form of a
 * cost line, budget.change-budget the form of a budget change of the selected line, and
 * budget.delete-line deletes the selected line once the user confirms. The store refuses to
 * delete a line in use (bookings, changes, an earmark) and says why; a line that was
 * deleted can be brought back from the toast (with its name, ledger code and amounts: it
 * had no changes, so its budget was its original amount). On a read-only file every action
 * is off. */

#define G_LOG_DOMAIN "ond-budget-edit-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-budget-change-dialog.h"
#include "ond-budget-edit-page-private.h"
#include "ond-budget-line-dialog.h"
#include "ond-store-budget.h"

static gboolean
is_writable (OndBudgetEditPage *self)
{
  return self->store != NULL && self->plan != NULL && !ond_store_is_read_only (self->store);
}

void
_ond_budget_edit_page_update_actions (OndBudgetEditPage *self)
{
  gboolean writable = is_writable (self);
  gboolean selected = ond_budget_edit_page_get_selected (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "budget.add-line", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "budget.edit-line", writable && selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "budget.delete-line",
                                 writable && selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "budget.change-budget",
                                 writable && selected);
}

static void
on_line_saved_cb (OndBudgetEditPage *self,
                  gint64             line_id)
{
  ond_budget_edit_page_reload (self);
  ond_budget_edit_page_select_line (self, line_id);
}

static void
open_line_dialog (OndBudgetEditPage *self,
                  OndBudgetLine     *line)
{
  OndBudgetLineDialog *dialog;

  if (!is_writable (self))
    return;

  dialog = ond_budget_line_dialog_new (_ond_budget_edit_page_get_window (self), self->store,
                                       self->plan, line);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_line_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_line_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  open_line_dialog (OND_BUDGET_EDIT_PAGE (widget), NULL);
}

static void
edit_line_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  OndBudgetEditPage *self = OND_BUDGET_EDIT_PAGE (widget);
  OndBudgetLine *line = ond_budget_edit_page_get_selected (self);

  if (line != NULL)
    open_line_dialog (self, line);
}

static void
change_budget_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  OndBudgetEditPage *self = OND_BUDGET_EDIT_PAGE (widget);
  OndBudgetLine *line = ond_budget_edit_page_get_selected (self);
  OndBudgetChangeDialog *dialog;

  if (!is_writable (self) || line == NULL)
    return;

  dialog = ond_budget_change_dialog_new (_ond_budget_edit_page_get_window (self), self->store,
                                         self->plan, ond_budget_line_get_id (line));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (ond_budget_edit_page_reload), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Deleting, with undo. */

static void
add_toast (OndBudgetEditPage *self,
           AdwToast          *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay == NULL)
    {
      g_object_unref (toast);
      return;
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

void
_ond_budget_edit_page_forget_deleted (OndBudgetEditPage *self)
{
  if (self->undo_toast != NULL)
    g_signal_handlers_disconnect_by_data (self->undo_toast, self);
  g_clear_object (&self->undo_toast);
  g_clear_object (&self->deleted);
}

/* Adds the line again, as it was: its amounts were its original ones. */
static void
on_undo_clicked_cb (OndBudgetEditPage *self,
                    AdwToast          *toast)
{
  g_autoptr(OndBudgetLine) line = g_steal_pointer (&self->deleted);
  g_autoptr(GError) error = NULL;
  g_autofree gint64 *amounts = NULL;
  int first_year;
  guint n_years;
  gint64 id;

  if (line == NULL || !is_writable (self))
    return;

  first_year = ond_plan_get_first_year (self->plan);
  n_years = (guint) (ond_plan_get_last_year (self->plan) - first_year + 1);
  amounts = g_new0 (gint64, n_years);
  for (guint i = 0; i < n_years; i++)
    amounts[i] = ond_budget_line_get_amount (line, first_year + (int) i);

  id = ond_store_add_budget_line (self->store, ond_plan_get_id (self->plan),
                                  ond_budget_line_get_name (line),
                                  ond_budget_line_get_ledger_code (line),
                                  amounts, n_years, &error);
  if (id == 0)
    _ond_budget_edit_page_report_error (self, error);
  ond_budget_edit_page_reload (self);
  if (id != 0)
    ond_budget_edit_page_select_line (self, id);
}

static void
on_undo_dismissed_cb (OndBudgetEditPage *self,
                      AdwToast          *toast)
{
  if (toast != self->undo_toast)
    return;

  g_clear_object (&self->undo_toast);
  g_clear_object (&self->deleted);
}

static void
delete_line (OndBudgetEditPage *self,
             OndBudgetLine     *line)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (!ond_store_delete_budget_line (self->store, ond_budget_line_get_id (line), &error))
    {
      /* In use: the store says by what. Nothing was deleted, so there is nothing to undo. */
      _ond_budget_edit_page_report_error (self, error);
      return;
    }

  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  _ond_budget_edit_page_forget_deleted (self);
  self->deleted = g_object_ref (line);
  ond_budget_edit_page_reload (self);

  /* Translators: a toast after a cost line was deleted, e.g. "Cost line “Inhuur” deleted". */
  title = g_markup_printf_escaped (_("Cost line “%s” deleted"),
                                   ond_budget_line_get_name (line));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_undo_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  self->undo_toast = g_object_ref (toast);
  add_toast (self, toast);
}

typedef struct
{
  OndBudgetEditPage *page;
  OndBudgetLine     *line;
} PendingDelete;

static void
pending_delete_free (gpointer  data,
                     GClosure *closure)
{
  PendingDelete *pending = data;

  g_object_unref (pending->page);
  g_object_unref (pending->line);
  g_free (pending);
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       PendingDelete    *pending)
{
  if (g_strcmp0 (response, "delete") == 0 && is_writable (pending->page))
    delete_line (pending->page, pending->line);
}

static void
delete_line_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  OndBudgetEditPage *self = OND_BUDGET_EDIT_PAGE (widget);
  OndBudgetLine *line = ond_budget_edit_page_get_selected (self);
  g_autofree char *body = NULL;
  PendingDelete *pending;
  GtkWidget *dialog;

  if (line == NULL || !is_writable (self))
    return;

  /* Translators: the question before a cost line is deleted. */
  body = g_strdup_printf (_("“%s” and its amounts are taken out of the budget. A cost line "
                            "with bookings, budget changes or earmarked funding cannot be "
                            "deleted."),
                          ond_budget_line_get_name (line));
  dialog = adw_message_dialog_new (_ond_budget_edit_page_get_window (self),
                                   _("Delete Cost Line?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  pending = g_new0 (PendingDelete, 1);
  pending->page = g_object_ref (self);
  pending->line = g_object_ref (line);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_delete_response_cb), pending,
                         pending_delete_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_ond_budget_edit_page_class_actions_init (OndBudgetEditPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "budget.add-line", NULL, add_line_action);
  gtk_widget_class_install_action (widget_class, "budget.edit-line", NULL, edit_line_action);
  gtk_widget_class_install_action (widget_class, "budget.delete-line", NULL,
                                   delete_line_action);
  gtk_widget_class_install_action (widget_class, "budget.change-budget", NULL,
                                   change_budget_action);
}
