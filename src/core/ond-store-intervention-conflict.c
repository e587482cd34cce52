/* ond-store-intervention-conflict.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What changed in an intervention of the menukaart while the user had its name open
 * (optimistic locking, ond-store-migration-12.c): the intervention as it is now, and its
 * name when it differs from the one the user opened.
 */

#define G_LOG_DOMAIN "ond-store-partners"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-form-conflict.h"
#include "ond-store-partners.h"

/**
 * ond_store_get_intervention:
 * @self: a #OndStore
 * @id: an intervention
 * @error: return location for an error
 *
 * Returns: (transfer full): the intervention as it is now, or %NULL with @error set
 *   (%OND_STORE_ERROR_NOT_FOUND when it is gone)
 */
OndIntervention *
ond_store_get_intervention (OndStore  *self,
                            gint64     id,
                            GError   **error)
{
  g_autoptr(GListModel) list = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  list = ond_store_list_interventions (self, error);
  if (list == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(OndIntervention) intervention = g_list_model_get_item (list, i);

      if (ond_intervention_get_id (intervention) == id)
        return g_steal_pointer (&intervention);
    }
  g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                       _("The intervention does not exist (any more)."));
  return NULL;
}

/**
 * ond_store_compare_intervention_edit:
 * @opened: the intervention as the user opened it
 * @name: the name in the user's form
 * @current: the intervention as it is now
 *
 * Returns: (transfer full) (element-type OndCaseChange): the name when someone else changed
 *   it, or an empty list
 */
GPtrArray *
ond_store_compare_intervention_edit (OndIntervention *opened,
                                     const char      *name,
                                     OndIntervention *current)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ond_case_change_free);
  g_autofree char *mine = g_strstrip (g_strdup (name != NULL ? name : ""));

  ond_case_change_add (changes, "name", _("Name"), ond_intervention_get_name (opened),
                       ond_intervention_get_name (current), mine);
  return changes;
}
