/* ond-planning-view-actions.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The actions of the planning: planning.add-row and planning.edit-row open the form of a row
 * (OndPlanItemEditor: a row that exists is saved from it change by change, the form staying
 * open), planning.fill-slot the form of the first row still to be decided
 * ('N.t.b.'), planning.set-status sets a row's status at once, and planning.delete-row and
 * planning.delete-selected delete a row once the user confirms (ond-delete-undo.c). The
 * toast that follows offers Undo: ond_store_restore_plan_item() puts the row back with its id,
 * place, targets and links. Only the last deletion can be undone. On a read-only file every
 * action that writes is off. */

#define G_LOG_DOMAIN "ond-planning-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-delete-undo.h"
#include "ond-plan-item-editor.h"
#include "ond-planning-view-private.h"
#include "ond-store-plan-items.h"

/* The first row of the planning still to be decided, in the planning's order, or NULL. */
static OndPlanItem *
find_open_slot (OndPlanningView *self)
{
  for (guint i = 0; self->items != NULL && i < g_list_model_get_n_items (self->items); i++)
    {
      g_autoptr(OndPlanItem) item = g_list_model_get_item (self->items, i);

      /* The list holds a reference. */
      if (ond_plan_item_is_to_be_decided (item))
        return item;
    }
  return NULL;
}

void
_ond_planning_view_update_actions (OndPlanningView *self)
{
  gboolean writable = _ond_planning_view_is_writable (self);
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "planning.add-row", writable);
  gtk_widget_action_set_enabled (widget, "planning.edit-row", writable);
  gtk_widget_action_set_enabled (widget, "planning.delete-row", writable);
  gtk_widget_action_set_enabled (widget, "planning.delete-selected", writable);
  gtk_widget_action_set_enabled (widget, "planning.set-status", writable);
  gtk_widget_action_set_enabled (widget, "planning.fill-slot",
                                 writable && find_open_slot (self) != NULL);
}

/* A row added, or a change of an open form saved (that form stays open): the row is shown
 * and selected, without taking the keyboard from the form. Not while the window closes with
 * the form open (the form saves what waits then). */
static void
on_row_saved_cb (OndPlanningView *self,
                 gint64           id)
{
  if (gtk_widget_get_root (GTK_WIDGET (self)) == NULL)
    return;
  _ond_planning_view_reload (self);
  _ond_planning_view_select_item (self, id);
}

/* The shown button under @widget that opens the form of the row @target names (its Edit or
 * Fill In, in the table or on the board), or NULL. */
static GtkWidget *
find_edit_button (GtkWidget *widget,
                  GVariant  *target)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)),
                 "planning.edit-row") == 0)
    {
      GVariant *value = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));

      if (value != NULL && g_variant_equal (value, target))
        return widget;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button = find_edit_button (child, target);

      if (button != NULL)
        return button;
    }
  return NULL;
}

/* The form of a row that exists closed by the user (its last change saved first, and the
 * planning read again): the keyboard goes back to the row's button, where it is shown. */
static gboolean
on_editor_close_cb (OndPlanningView   *self,
                    OndPlanItemEditor *editor)
{
  OndPlanItem *item = ond_plan_item_editor_get_item (editor);
  g_autoptr(GVariant) target = NULL;
  GtkWidget *button;

  if (item == NULL || gtk_widget_get_root (GTK_WIDGET (self)) == NULL)
    return FALSE;
  target = g_variant_ref_sink (g_variant_new_int64 (ond_plan_item_get_id (item)));
  button = find_edit_button (GTK_WIDGET (self), target);
  if (button != NULL)
    gtk_widget_grab_focus (button);
  return FALSE;
}

static void
open_editor (OndPlanningView *self,
             OndPlanItem     *item)
{
  OndPlanItemEditor *editor;

  if (!_ond_planning_view_is_writable (self))
    return;

  editor = ond_plan_item_editor_new (_ond_planning_view_get_window (self), self->store,
                                     self->plan, item, _ond_planning_view_get_year (self));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_row_saved_cb), self,
                           G_CONNECT_SWAPPED);
  /* After the form's own handler, which saves what waits. */
  g_signal_connect_object (editor, "close-request", G_CALLBACK (on_editor_close_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
add_row_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  open_editor (OND_PLANNING_VIEW (widget), NULL);
}

static void
edit_row_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  OndPlanningView *self = OND_PLANNING_VIEW (widget);
  OndPlanItem *item = _ond_planning_view_find_item (self, g_variant_get_int64 (param));

  if (item != NULL)
    open_editor (self, item);
}

static void
fill_slot_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  OndPlanningView *self = OND_PLANNING_VIEW (widget);
  OndPlanItem *item = find_open_slot (self);

  if (item != NULL)
    open_editor (self, item);
}

static void
set_status_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  OndPlanningView *self = OND_PLANNING_VIEW (widget);
  g_autoptr(GError) error = NULL;
  const char *status = NULL;
  gint64 id = 0;

  if (!_ond_planning_view_is_writable (self))
    return;

  g_variant_get (param, "(x&s)", &id, &status);
  if (!ond_store_set_plan_item_status (self->store, id, status, &error))
    _ond_planning_view_report_error (self, error);
  _ond_planning_view_reload (self);
}

/* Deleting, with undo. */

static void
add_toast (OndPlanningView *self,
           AdwToast        *toast)
{
  ond_delete_undo_add_toast (GTK_WIDGET (self), &self->info_toast, self->undo_toast, toast);
}

void
_ond_planning_view_forget_deleted (OndPlanningView *self)
{
  ond_delete_undo_forget (self, &self->undo_toast, &self->deleted);
}

/* Puts the row back as it was: its id, place, fields, targets and links. */
static void
on_undo_clicked_cb (OndPlanningView *self,
                    AdwToast        *toast)
{
  g_autoptr(GObject) deleted = g_steal_pointer (&self->deleted);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (deleted == NULL || !_ond_planning_view_is_writable (self))
    return;

  id = ond_store_restore_plan_item (self->store, OND_PLAN_ITEM_DELETION (deleted), &error);
  if (id == 0)
    _ond_planning_view_report_error (self, error);
  _ond_planning_view_reload (self);
  if (id != 0)
    _ond_planning_view_select_item (self, id);
}

static void
on_undo_dismissed_cb (OndPlanningView *self,
                      AdwToast        *toast)
{
  ond_delete_undo_dropped (toast, &self->undo_toast, &self->deleted);
}

static void
delete_row (gpointer owner,
            gpointer item)
{
  OndPlanningView *self = owner;
  g_autoptr(OndPlanItemDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (!_ond_planning_view_is_writable (self))
    return;

  deletion = ond_store_delete_plan_item (self->store, ond_plan_item_get_id (item), &error);
  if (deletion == NULL)
    {
      /* Gone already: the store says so. Nothing was deleted, so nothing to undo. */
      _ond_planning_view_report_error (self, error);
      _ond_planning_view_reload (self);
      return;
    }

  ond_delete_undo_keep (self, &self->undo_toast, &self->deleted, deletion);
  _ond_planning_view_reload (self);

  /* Translators: a toast after a planning row was deleted, e.g. "“Planning 2024 opstellen”
   * deleted". */
  title = g_markup_printf_escaped (_("“%s” deleted"), ond_plan_item_get_what (item));
  toast = adw_toast_new (title);
  ond_delete_undo_offer (toast, self, G_CALLBACK (on_undo_clicked_cb),
                         G_CALLBACK (on_undo_dismissed_cb), &self->undo_toast);
  add_toast (self, toast);
}

static void
confirm_delete (OndPlanningView *self,
                OndPlanItem     *item)
{
  g_autofree char *body = NULL;

  if (!_ond_planning_view_is_writable (self))
    return;

  /* Translators: the question before a planning row is deleted. */
  body = g_strdup_printf (_("“%s” (%d, %s) is taken out of the planning with its targets. "
                            "Activities and actions linked to it stay, without the link."),
                          ond_plan_item_get_what (item), ond_plan_item_get_year (item),
                          ond_plan_item_get_period_label (item));
  ond_delete_confirm (_ond_planning_view_get_window (self), _("Delete Planning Row?"), body,
                      self, item, delete_row);
}

static void
delete_row_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  OndPlanningView *self = OND_PLANNING_VIEW (widget);
  OndPlanItem *item = _ond_planning_view_find_item (self, g_variant_get_int64 (param));

  if (item != NULL)
    confirm_delete (self, item);
}

static void
delete_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  OndPlanningView *self = OND_PLANNING_VIEW (widget);
  OndPlanItem *item = gtk_single_selection_get_selected_item (self->selection);

  if (item != NULL)
    confirm_delete (self, item);
}

void
_ond_planning_view_class_actions_init (OndPlanningViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "planning.add-row", NULL, add_row_action);
  gtk_widget_class_install_action (widget_class, "planning.edit-row", "x", edit_row_action);
  gtk_widget_class_install_action (widget_class, "planning.fill-slot", NULL, fill_slot_action);
  gtk_widget_class_install_action (widget_class, "planning.set-status", "(xs)",
                                   set_status_action);
  gtk_widget_class_install_action (widget_class, "planning.delete-row", "x", delete_row_action);
  gtk_widget_class_install_action (widget_class, "planning.delete-selected", NULL,
                                   delete_selected_action);
}
