/* ond-store-decision-conflict.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What changed on an agenda item of a casusoverleg while the user was writing down its
 * decision (optimistic locking, ond-store-migration-12.c): the item as it is now, and the
 * decision someone else recorded on it meanwhile.
 */

#define G_LOG_DOMAIN "ond-store-meetings"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-form-conflict.h"
#include "ond-store-meetings.h"

/**
 * ond_store_get_meeting_item:
 * @self: a #OndStore
 * @meeting_id: the meeting of the item
 * @id: an agenda item
 * @error: return location for an error
 *
 * Returns: (transfer full): the agenda item as it is now, or %NULL with @error set
 *   (%OND_STORE_ERROR_NOT_FOUND when it or its case is gone)
 */
OndMeetingItem *
ond_store_get_meeting_item (OndStore  *self,
                            gint64     meeting_id,
                            gint64     id,
                            GError   **error)
{
  g_autoptr(GListModel) list = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  list = ond_store_list_meeting_items (self, meeting_id, error);
  if (list == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(OndMeetingItem) item = g_list_model_get_item (list, i);

      if (ond_meeting_item_get_id (item) == id)
        return g_steal_pointer (&item);
    }
  g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                       _("This agenda item or its case does not exist (any more)."));
  return NULL;
}

/**
 * ond_store_compare_decision_edit:
 * @opened: the agenda item as the user opened it
 * @decision: the decision in the user's form
 * @current: the agenda item as it is now
 *
 * Returns: (transfer full) (element-type OndCaseChange): the decision when someone else
 *   recorded one, or an empty list
 */
GPtrArray *
ond_store_compare_decision_edit (OndMeetingItem *opened,
                                 const char     *decision,
                                 OndMeetingItem *current)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ond_case_change_free);
  g_autofree char *before = g_strstrip (g_strdup (ond_meeting_item_get_decision (opened)));
  g_autofree char *theirs = g_strstrip (g_strdup (ond_meeting_item_get_decision (current)));
  g_autofree char *mine = g_strstrip (g_strdup (decision != NULL ? decision : ""));

  ond_case_change_add (changes, "decision", _("Decision"), before, theirs, mine);
  return changes;
}
