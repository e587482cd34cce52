/* ond-action-editor-conflict.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The saving of an existing action's form under concurrency (optimistic locking,
 * ond-store-migration-9.c). Each change is saved against the baseline: the action as the
 * form read it, or as the form last saved it (with the row version that save gave it). When
 * someone else changed the action in between, the store refuses and nothing is written; the
 * action is read again and the conflict dialog every edit form shares shows what changed
 * (their value, the user's). The user goes back to the form, keeps their version (the form
 * is filled in from the action as it is now, and nothing is saved), or saves the form over
 * it (checked against the version just read).
 */

#define G_LOG_DOMAIN "ond-action-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-action-editor-private.h"
#include "ond-case-conflict-dialog.h"
#include "ond-store-plan-conflict.h"

/* The action as this form saved it: what the next save is checked against. Only the
 * fields the form holds and the ids count; the names are not read again. */
static OndAction *
saved_action (gint64                  id,
              gint64                  row_version,
              const OndActionFields  *fields)
{
  OndAction *action = ond_action_new (id, fields->pillar_id, 0, fields->theme_id, NULL,
                                      fields->group_heading, 0, fields->text,
                                      fields->status != NULL ? fields->status : "gepland",
                                      NULL, fields->owner_id, NULL);

  ond_action_set_plan_item_ids (action, fields->plan_item_ids, fields->n_plan_items);
  ond_action_set_row_version (action, row_version);
  return action;
}

static void
answer_conflict (GtkWindow *form,
                 gpointer   current,
                 gboolean   overwrite)
{
  OndActionEditor *self = OND_ACTION_EDITOR (form);

  if (self->auto_save == NULL)
    return;
  g_set_object (&self->baseline, current);
  if (overwrite)
    {
      /* The form as it is, saved over the version just read. */
      ond_auto_save_changed (self->auto_save, 0);
      return;
    }
  /* Their version: the form shows the action as it is now; filling it in is no change of
   * the user's, so nothing watches the fields meanwhile. */
  g_clear_pointer (&self->auto_save, ond_auto_save_free);
  _ond_action_editor_fill_fields (self, current);
  _ond_action_editor_show_general_error (self, NULL);
  _ond_action_editor_watch_fields (self);
}

/* Someone else changed the action after the form read it: read it again and show what
 * changed, to let the user choose. */
static void
show_conflict (OndActionEditor        *self,
               const OndActionFields  *fields)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndAction) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  const OndConflictTexts texts = {
    _("Someone Else Changed This Action"),
    _("The action was changed after you opened it, so your last change has not been saved. "
      "This is what changed:"),
    _("The action was changed after you opened it, but not in the fields of this form. "
      "Your last change has not been saved."),
  };

  current = ond_store_dup_action (self->store, ond_action_get_id (self->baseline), &error);
  if (current != NULL)
    changes = ond_store_compare_action_edit (self->store, ond_plan_get_id (self->plan),
                                             self->baseline, fields, current, &error);
  if (changes == NULL)
    {
      /* Gone (deleted by someone else) or not readable: say so above the form. */
      _ond_action_editor_show_general_error (self, error->message);
      return;
    }
  ond_conflict_dialog_ask (GTK_WINDOW (self), &texts, changes, g_steal_pointer (&current),
                           g_object_unref, answer_conflict);
}

gint64
_ond_action_editor_save_edit (OndActionEditor        *self,
                              const OndActionFields  *fields,
                              GError                **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 id = ond_action_get_id (self->baseline);
  gint64 row_version = ond_action_get_row_version (self->baseline);

  if (!ond_store_save_action_edit (self->store, id, &row_version, fields, &local_error))
    {
      /* Not while the window goes: its dialog would have no form to go back to. */
      if (g_error_matches (local_error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT)
          && !gtk_widget_in_destruction (GTK_WIDGET (self)))
        show_conflict (self, fields);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return 0;
    }
  g_clear_object (&self->baseline);
  self->baseline = saved_action (id, row_version, fields);
  return id;
}
