/* ond-action-editing.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The changes of actions that the pillar views and the themes view share. Each change goes
 * to the store at once; the store's ::changed makes the owner read its lists again, and the
 * action changed gets the keyboard focus back there (ond_action_editing_take_focus). A
 * delete is confirmed first; the copy of the action that Undo puts back (with its progress
 * notes and links) is read just before the delete, and only the last delete can be
 * undone. */

#define G_LOG_DOMAIN "ond-action-editing"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-action-editing.h"
#include "ond-action-editor.h"
#include "ond-action-progress-dialog.h"
#include "ond-delete-undo.h"
#include "ond-plan-item.h"
#include "ond-store-actions.h"
#include "ond-store-vocabulary.h"

struct _OndActionEditing
{
  GObject        parent_instance;

  GtkWidget     *owner;          /* weak */
  OndStore      *store;
  OndPlan       *plan;
  GtkStringList *status_labels;
  GPtrArray     *status_codes;   /* char * */
  GListModel    *plan_items;
  gint64         focus_id;

  AdwToast      *undo_toast;
  AdwToast      *info_toast;
  GObject       *deleted;        /* the OndAction Undo puts back */
};

G_DEFINE_FINAL_TYPE (OndActionEditing, ond_action_editing, G_TYPE_OBJECT)

static GtkWindow *
get_window (OndActionEditing *self)
{
  GtkRoot *root = self->owner != NULL ? gtk_widget_get_root (self->owner) : NULL;

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static gboolean
can_write (OndActionEditing *self)
{
  return self->store != NULL && self->plan != NULL && !ond_store_is_read_only (self->store);
}

static void
report_error (OndActionEditing *self,
              const GError     *error)
{
  g_message ("The action was not changed: %s", error->message);
  if (self->owner != NULL)
    gtk_widget_activate_action (self->owner, "win.show-error", "s", error->message);
}

/* The start of an action's text, for a toast or a question. */
static char *
short_text (OndAction *action)
{
  const char *text = ond_action_get_text (action);
  g_autofree char *start = NULL;

  if (g_utf8_strlen (text, -1) <= 60)
    return g_strdup (text);
  start = g_utf8_substring (text, 0, 57);
  return g_strconcat (start, "…", NULL);
}

static void
add_toast (OndActionEditing *self,
           AdwToast         *toast)
{
  if (self->owner == NULL)
    {
      g_object_unref (toast);
      return;
    }
  ond_delete_undo_add_toast (self->owner, &self->info_toast, self->undo_toast, toast);
}

static AdwToast *
new_toast (const char *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  return adw_toast_new (escaped);
}

/* A new action's editor closes after it says "saved"; an existing action's stays open and
 * says it after each change it saved by itself. Either way the view reads the store again
 * and gives its action row the focus of the main window: the editor, a window of its own,
 * keeps the keyboard while it is open, and the row has it when the editor closes. */
static void
on_saved_cb (OndActionEditing *self,
             gint64            id)
{
  self->focus_id = id;
}

static void
on_progress_saved_cb (OndActionEditing        *self,
                      gint64                   note_id,
                      OndActionProgressDialog *dialog)
{
  self->focus_id = ond_action_progress_dialog_get_action_id (dialog);
  add_toast (self, new_toast (_("Progress note added")));
}

static void
ond_action_editing_dispose (GObject *object)
{
  OndActionEditing *self = OND_ACTION_EDITING (object);

  ond_action_editing_forget_deleted (self);
  g_clear_object (&self->info_toast);
  g_clear_weak_pointer (&self->owner);

  G_OBJECT_CLASS (ond_action_editing_parent_class)->dispose (object);
}

static void
ond_action_editing_finalize (GObject *object)
{
  OndActionEditing *self = OND_ACTION_EDITING (object);

  g_clear_object (&self->status_labels);
  g_clear_pointer (&self->status_codes, g_ptr_array_unref);
  g_clear_object (&self->plan_items);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_action_editing_parent_class)->finalize (object);
}

static void
ond_action_editing_class_init (OndActionEditingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ond_action_editing_dispose;
  object_class->finalize = ond_action_editing_finalize;
}

static void
ond_action_editing_init (OndActionEditing *self)
{
  self->status_labels = gtk_string_list_new (NULL);
  self->status_codes = g_ptr_array_new_with_free_func (g_free);
}

/**
 * ond_action_editing_new:
 * @owner: the view the changes are made from
 *
 * Returns: (transfer full): a new #OndActionEditing, without a store until
 *   ond_action_editing_load ()
 */
OndActionEditing *
ond_action_editing_new (GtkWidget *owner)
{
  OndActionEditing *self;

  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);

  self = g_object_new (OND_TYPE_ACTION_EDITING, NULL);
  g_set_weak_pointer (&self->owner, owner);
  return self;
}

/**
 * ond_action_editing_get_store:
 * @self: an #OndActionEditing
 *
 * Returns: (transfer none) (nullable): the store the changes go to
 */
OndStore *
ond_action_editing_get_store (OndActionEditing *self)
{
  g_return_val_if_fail (OND_IS_ACTION_EDITING (self), NULL);

  return self->store;
}

/**
 * ond_action_editing_get_plan:
 * @self: an #OndActionEditing
 *
 * Returns: (transfer none) (nullable): the plan whose actions are changed
 */
OndPlan *
ond_action_editing_get_plan (OndActionEditing *self)
{
  g_return_val_if_fail (OND_IS_ACTION_EDITING (self), NULL);

  return self->plan;
}

static gboolean
load_statuses (OndActionEditing  *self,
               GError           **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  guint n_labels = g_list_model_get_n_items (G_LIST_MODEL (self->status_labels));

  if (n_labels > 0)
    return TRUE;
  entries = ond_store_list_vocabulary (self->store, "work_status", error);
  if (entries == NULL)
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    {
      OndVocabularyEntry *entry = g_ptr_array_index (entries, i);

      gtk_string_list_append (self->status_labels, entry->label);
      g_ptr_array_add (self->status_codes, g_strdup (entry->code));
    }
  return TRUE;
}

/**
 * ond_action_editing_load:
 * @self: an #OndActionEditing
 * @store: (nullable): the store the owner shows
 * @plan: (nullable): the plan it shows
 * @error: return location for an error
 *
 * Sets the store and plan, and reads the statuses and the plan's planning rows (for the
 * rows' descriptions of the linked ones). A delete from another store or plan can no
 * longer be undone.
 *
 * Returns: %FALSE with @error set when they could not be read
 */
gboolean
ond_action_editing_load (OndActionEditing  *self,
                         OndStore          *store,
                         OndPlan           *plan,
                         GError           **error)
{
  g_return_val_if_fail (OND_IS_ACTION_EDITING (self), FALSE);

  if (self->store != store || self->plan != plan)
    ond_action_editing_forget_deleted (self);
  g_set_object (&self->store, store);
  g_set_object (&self->plan, plan);
  g_clear_object (&self->plan_items);
  if (store == NULL || plan == NULL)
    return TRUE;

  if (!load_statuses (self, error))
    return FALSE;
  self->plan_items = ond_store_list_plan_items (store, ond_plan_get_id (plan), error);
  return self->plan_items != NULL;
}

gboolean
ond_action_editing_get_read_only (OndActionEditing *self)
{
  g_return_val_if_fail (OND_IS_ACTION_EDITING (self), TRUE);

  return !can_write (self);
}

/**
 * ond_action_editing_get_status_labels:
 * @self: an #OndActionEditing
 *
 * Returns: (transfer none): the labels of the statuses (a #GtkStringList), in their order
 */
GListModel *
ond_action_editing_get_status_labels (OndActionEditing *self)
{
  g_return_val_if_fail (OND_IS_ACTION_EDITING (self), NULL);

  return G_LIST_MODEL (self->status_labels);
}

/**
 * ond_action_editing_find_status:
 * @self: an #OndActionEditing
 * @code: a work_status code
 *
 * Returns: the index of @code among the statuses, or %GTK_INVALID_LIST_POSITION
 */
guint
ond_action_editing_find_status (OndActionEditing *self,
                                const char       *code)
{
  g_return_val_if_fail (OND_IS_ACTION_EDITING (self), GTK_INVALID_LIST_POSITION);

  for (guint i = 0; i < self->status_codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->status_codes, i), code) == 0)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

/**
 * ond_action_editing_get_status_code:
 * @self: an #OndActionEditing
 * @index: the index of a status
 *
 * Returns: (nullable): the code of the status at @index
 */
const char *
ond_action_editing_get_status_code (OndActionEditing *self,
                                    guint             index)
{
  g_return_val_if_fail (OND_IS_ACTION_EDITING (self), NULL);

  return index < self->status_codes->len ? g_ptr_array_index (self->status_codes, index) : NULL;
}

/**
 * ond_action_editing_get_plan_items:
 * @self: an #OndActionEditing
 *
 * Returns: (transfer none) (nullable): the planning rows of the plan (#OndPlanItem)
 */
GListModel *
ond_action_editing_get_plan_items (OndActionEditing *self)
{
  g_return_val_if_fail (OND_IS_ACTION_EDITING (self), NULL);

  return self->plan_items;
}

/**
 * ond_action_editing_describe_plan_item:
 * @self: an #OndActionEditing
 * @plan_item_id: the id of a planning row of the plan
 *
 * Returns: (transfer full) (nullable): "2023 Q2 · what it says", or %NULL when the plan has
 *   no such row
 */
char *
ond_action_editing_describe_plan_item (OndActionEditing *self,
                                       gint64            plan_item_id)
{
  g_return_val_if_fail (OND_IS_ACTION_EDITING (self), NULL);

  for (guint i = 0; self->plan_items != NULL &&
                    i < g_list_model_get_n_items (self->plan_items); i++)
    {
      g_autoptr(OndPlanItem) item = g_list_model_get_item (self->plan_items, i);

      if (ond_plan_item_get_id (item) == plan_item_id)
        /* Translators: a planning row: its year, its period and what it says, e.g.
         * "2023 Q2 · Controle garageboxen". */
        return g_strdup_printf (_("%d %s · %s"), ond_plan_item_get_year (item),
                                ond_plan_item_get_period_label (item),
                                ond_plan_item_get_what (item));
    }
  return NULL;
}

gint64
ond_action_editing_take_focus (OndActionEditing *self)
{
  gint64 id;

  g_return_val_if_fail (OND_IS_ACTION_EDITING (self), 0);

  id = self->focus_id;
  self->focus_id = 0;
  return id;
}

static void
open_editor (OndActionEditing *self,
             OndAction        *action,
             gint64            pillar_id,
             gint64            theme_id,
             const char       *group_heading)
{
  OndActionEditor *editor;

  if (!can_write (self))
    return;

  editor = ond_action_editor_new (get_window (self), self->store, self->plan, action,
                                  pillar_id, theme_id, group_heading);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

/**
 * ond_action_editing_add:
 * @self: an #OndActionEditing
 * @pillar_id: the pillar the new action is for
 * @theme_id: its theme, or 0
 * @group_heading: (nullable): the heading it goes under
 *
 * Opens the editor of a new action, with the fields given filled in.
 */
void
ond_action_editing_add (OndActionEditing *self,
                        gint64            pillar_id,
                        gint64            theme_id,
                        const char       *group_heading)
{
  g_return_if_fail (OND_IS_ACTION_EDITING (self));

  open_editor (self, NULL, pillar_id, theme_id, group_heading);
}

void
ond_action_editing_edit (OndActionEditing *self,
                         OndAction        *action)
{
  g_return_if_fail (OND_IS_ACTION_EDITING (self));
  g_return_if_fail (OND_IS_ACTION (action));

  open_editor (self, action, 0, 0, NULL);
}

void
ond_action_editing_add_progress (OndActionEditing *self,
                                 OndAction        *action)
{
  OndActionProgressDialog *dialog;

  g_return_if_fail (OND_IS_ACTION_EDITING (self));
  g_return_if_fail (OND_IS_ACTION (action));

  if (!can_write (self))
    return;
  dialog = ond_action_progress_dialog_new (get_window (self), self->store, action);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_progress_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
ond_action_editing_set_status (OndActionEditing *self,
                               OndAction        *action,
                               const char       *status)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (OND_IS_ACTION_EDITING (self));
  g_return_if_fail (OND_IS_ACTION (action));

  if (!can_write (self) || g_strcmp0 (ond_action_get_status (action), status) == 0)
    return;
  if (!ond_store_set_action_status (self->store, ond_action_get_id (action), status, &error))
    {
      report_error (self, error);
      return;
    }
  self->focus_id = ond_action_get_id (action);
}

void
ond_action_editing_move (OndActionEditing *self,
                         OndAction        *action,
                         int               offset)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (OND_IS_ACTION_EDITING (self));
  g_return_if_fail (OND_IS_ACTION (action));

  if (!can_write (self))
    return;
  if (!ond_store_move_action (self->store, ond_action_get_id (action), offset, &error))
    {
      report_error (self, error);
      return;
    }
  self->focus_id = ond_action_get_id (action);
}

static void
on_undo_clicked_cb (OndActionEditing *self,
                    AdwToast         *toast)
{
  g_autoptr(GObject) action = g_steal_pointer (&self->deleted);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (action == NULL || !can_write (self))
    return;

  id = ond_store_restore_action (self->store, ond_plan_get_id (self->plan), OND_ACTION (action),
                                 &error);
  if (id == 0)
    {
      report_error (self, error);
      return;
    }
  self->focus_id = id;
}

static void
on_undo_dismissed_cb (OndActionEditing *self,
                      AdwToast         *toast)
{
  ond_delete_undo_dropped (toast, &self->undo_toast, &self->deleted);
}

static void
delete_action (gpointer owner,
               gpointer item)
{
  OndActionEditing *self = owner;
  g_autoptr(OndAction) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (!can_write (self))
    return;

  /* The copy Undo puts back: with every progress note and link, as it is now. */
  copy = ond_store_dup_action (self->store, ond_action_get_id (OND_ACTION (item)), &error);
  if (copy == NULL
      || !ond_store_delete_action (self->store, ond_action_get_id (copy), &error))
    {
      report_error (self, error);
      return;
    }

  ond_delete_undo_keep (self, &self->undo_toast, &self->deleted, copy);
  text = short_text (copy);
  /* Translators: a toast after a delete; %s is the start of the action's text. */
  message = g_strdup_printf (_("Action “%s” deleted"), text);
  toast = new_toast (message);
  ond_delete_undo_offer (toast, self, G_CALLBACK (on_undo_clicked_cb),
                         G_CALLBACK (on_undo_dismissed_cb), &self->undo_toast);
  add_toast (self, toast);
}

/**
 * ond_action_editing_delete:
 * @self: an #OndActionEditing
 * @action: the action to delete
 *
 * Asks whether to delete @action; when the user agrees, deletes it with its progress notes
 * and links, and offers Undo in a toast.
 */
void
ond_action_editing_delete (OndActionEditing *self,
                           OndAction        *action)
{
  g_autofree char *text = NULL;
  g_autofree char *body = NULL;

  g_return_if_fail (OND_IS_ACTION_EDITING (self));
  g_return_if_fail (OND_IS_ACTION (action));

  if (!can_write (self))
    return;
  text = short_text (action);
  /* Translators: the question before an action is deleted; %s is the start of its text. */
  body = g_strdup_printf (_("“%s” is deleted with its progress notes and its links to the "
                            "planning. Undo brings it back for a short while."), text);
  ond_delete_confirm (get_window (self), _("Delete Action?"), body, self, action,
                      delete_action);
}

void
ond_action_editing_forget_deleted (OndActionEditing *self)
{
  g_return_if_fail (OND_IS_ACTION_EDITING (self));

  ond_delete_undo_forget (self, &self->undo_toast, &self->deleted);
}
