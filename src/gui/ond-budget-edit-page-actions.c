/* ond-budget-edit-page-actions.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The actions of the budget page: budget.add-line and budget.edit-line open the form of a
 * cost line, budget.change-budget the form of a budget change of the selected line, and
 * budget.delete-line deletes the selected line once the user confirms (ond-delete-undo.c).
 * The store refuses to delete a line in use (bookings, changes, an earmark, an explanation)
 * and says why; a line that was deleted comes back from the toast's Undo as it was
 * (ond_store_restore_budget_line: its id, place, name, ledger code and amounts). Only the
 * last deletion can be undone. On a read-only file every action is off. */

#define G_LOG_DOMAIN "ond-budget-edit-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-budget-change-dialog.h"
#include "ond-budget-edit-page-private.h"
#include "ond-budget-line-dialog.h"
#include "ond-delete-undo.h"
#include "ond-list-export.h"
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
  ond_delete_undo_forget (self, &self->undo_toast, (GObject **) &self->deleted);
}

/* The line of the page's list with @line_id (the page reads again when the store changes),
 * or NULL. */
static OndBudgetLine *
dup_listed_line (OndBudgetEditPage *self,
                 gint64             line_id)
{
  for (guint i = 0; self->lines != NULL && i < g_list_model_get_n_items (self->lines); i++)
    {
      g_autoptr(OndBudgetLine) line = g_list_model_get_item (self->lines, i);

      if (ond_budget_line_get_id (line) == line_id)
        return g_steal_pointer (&line);
    }
  return NULL;
}

/* Puts the line back as it was: its id, place, name, ledger code and amounts. */
static void
on_undo_clicked_cb (OndBudgetEditPage *self,
                    AdwToast          *toast)
{
  g_autoptr(OndBudgetLine) line = g_steal_pointer (&self->deleted);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (line == NULL || !is_writable (self))
    return;

  id = ond_store_restore_budget_line (self->store, ond_plan_get_id (self->plan), line, &error);
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
  ond_delete_undo_dropped (toast, &self->undo_toast, (GObject **) &self->deleted);
}

static void
delete_line (gpointer owner,
             gpointer item)
{
  OndBudgetEditPage *self = owner;
  gint64 line_id = ond_budget_line_get_id (item);
  g_autoptr(OndBudgetLine) line = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (!is_writable (self))
    return;

  /* The line as the page read it last, for Undo: the question may have been open while
   * another window changed it. */
  line = dup_listed_line (self, line_id);
  if (line == NULL)
    line = g_object_ref (item);

  if (!ond_store_delete_budget_line (self->store, line_id, &error))
    {
      /* In use, or gone: the store says why. Nothing was deleted, so nothing to undo. */
      _ond_budget_edit_page_report_error (self, error);
      ond_budget_edit_page_reload (self);
      return;
    }

  ond_delete_undo_keep (self, &self->undo_toast, (GObject **) &self->deleted, line);
  ond_budget_edit_page_reload (self);

  /* Translators: a toast after a cost line was deleted, e.g. "Cost line “Inhuur” deleted". */
  title = g_markup_printf_escaped (_("Cost line “%s” deleted"),
                                   ond_budget_line_get_name (line));
  toast = adw_toast_new (title);
  ond_delete_undo_offer (toast, self, G_CALLBACK (on_undo_clicked_cb),
                         G_CALLBACK (on_undo_dismissed_cb), &self->undo_toast);
  add_toast (self, toast);
}

static void
delete_line_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  OndBudgetEditPage *self = OND_BUDGET_EDIT_PAGE (widget);
  OndBudgetLine *line = ond_budget_edit_page_get_selected (self);
  g_autofree char *body = NULL;

  if (line == NULL || !is_writable (self))
    return;

  /* Translators: the question before a cost line is deleted. */
  body = g_strdup_printf (_("“%s” and its amounts are taken out of the budget. A cost line "
                            "with bookings, budget changes, earmarked funding or an "
                            "explanation for the council cannot be deleted."),
                          ond_budget_line_get_name (line));
  ond_delete_confirm (_ond_budget_edit_page_get_window (self), _("Delete Cost Line?"), body,
                      self, line, delete_line);
}

static void
export_lines_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  ond_list_export_choose (OND_BUDGET_EDIT_PAGE (widget)->lines_view);
}

static void
export_changes_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  ond_list_export_choose (OND_BUDGET_EDIT_PAGE (widget)->changes_view);
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
  /* Exporting changes nothing: the tables export from a read-only file too, so their actions
   * are not among the budget.* actions a read-only file switches off. */
  gtk_widget_class_install_action (widget_class, "budget-lines.export-list", NULL,
                                   export_lines_action);
  gtk_widget_class_install_action (widget_class, "budget-changes.export-list", NULL,
                                   export_changes_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "budget-lines.export-list", NULL);
}
