/* ond-plan-item-editor-conflict.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The saving of an existing planning row's form under concurrency (optimistic locking,
 * ond-store-migration-10.c), as an action's (ond-action-editor-conflict.c). Each change is
 * saved against the baseline: the row as the form read it, or as the form last saved it
 * (with the row version that save gave it). When someone else changed the row in between,
 * the store refuses and nothing is written; the row is read again and the conflict dialog
 * every edit form shares shows what changed (their value, the user's). The user goes back to
 * the form, keeps their version (the form is filled in from the row as it is now, and
 * nothing is saved), or saves the form over it (checked against the version just read).
 */

#define G_LOG_DOMAIN "ond-plan-item-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-case-conflict-dialog.h"
#include "ond-plan-item-editor-private.h"
#include "ond-store-plan-conflict.h"

/* The row as this form saved it: what the next save is checked against. Only the fields
 * the form holds and the ids count; the labels are not read again. */
static OndPlanItem *
saved_item (gint64                   id,
            gint64                   row_version,
            const OndPlanItemFields *fields)
{
  OndPlanItem *item = ond_plan_item_new (id, fields->year, fields->period, NULL, 0,
                                         fields->what, fields->who, fields->theme_id, NULL,
                                         fields->status, NULL, NULL, fields->recurring);

  ond_plan_item_set_row_version (item, row_version);
  return item;
}

static void
answer_conflict (GtkWindow *form,
                 gpointer   current,
                 gboolean   overwrite)
{
  OndPlanItemEditor *self = OND_PLAN_ITEM_EDITOR (form);

  if (self->auto_save == NULL)
    return;
  g_set_object (&self->baseline, current);
  if (overwrite)
    {
      /* The form as it is, saved over the version just read. */
      ond_auto_save_changed (self->auto_save, 0);
      return;
    }
  /* Their version: the form shows the row as it is now; filling it in is no change of the
   * user's, so nothing watches the fields meanwhile. */
  g_clear_pointer (&self->auto_save, ond_auto_save_free);
  _ond_plan_item_editor_fill_fields (self, current);
  _ond_plan_item_editor_show_general_error (self, NULL);
  _ond_plan_item_editor_watch_fields (self);
}

/* Someone else changed the row after the form read it: read it again and show what
 * changed, to let the user choose. */
static void
show_conflict (OndPlanItemEditor       *self,
               const OndPlanItemFields *fields)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlanItem) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  gint64 plan_id = ond_plan_get_id (self->plan);
  const OndConflictTexts texts = {
    _("Someone Else Changed This Planning Row"),
    _("The planning row was changed after you opened it, so your last change has not been "
      "saved. This is what changed:"),
    _("The planning row was changed after you opened it, but not in the fields of this "
      "form. Your last change has not been saved."),
  };

  current = ond_store_get_plan_item (self->store, plan_id, ond_plan_item_get_id (self->baseline),
                                     &error);
  if (current != NULL)
    changes = ond_store_compare_plan_item_edit (self->store, plan_id, self->baseline,
                                                fields->year, fields->period, fields->what,
                                                fields->who, fields->theme_id, fields->status,
                                                fields->recurring, current, &error);
  if (changes == NULL)
    {
      /* Gone (deleted by someone else) or not readable: say so above the form. */
      _ond_plan_item_editor_show_general_error (self, error->message);
      return;
    }
  ond_conflict_dialog_ask (GTK_WINDOW (self), &texts, changes, g_steal_pointer (&current),
                           g_object_unref, answer_conflict);
}

gint64
_ond_plan_item_editor_save_edit (OndPlanItemEditor        *self,
                                 const OndPlanItemFields  *fields,
                                 GError                  **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 id = ond_plan_item_get_id (self->baseline);
  gint64 row_version = ond_plan_item_get_row_version (self->baseline);

  if (!ond_store_save_plan_item_edit (self->store, id, &row_version, fields->year,
                                      fields->period, fields->what, fields->who,
                                      fields->theme_id, fields->status, fields->recurring,
                                      &local_error))
    {
      /* Not while the window goes: its dialog would have no form to go back to. */
      if (g_error_matches (local_error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT)
          && !gtk_widget_in_destruction (GTK_WIDGET (self)))
        show_conflict (self, fields);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return 0;
    }
  g_clear_object (&self->baseline);
  self->baseline = saved_item (id, row_version, fields);
  return id;
}
