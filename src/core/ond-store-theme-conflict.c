/* ond-store-theme-conflict.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What changed in a theme while the user had its owners open (optimistic locking,
 * ond-store-migration-12.c): the theme as it is now, and its owners (their names, as the
 * themes list shows them) when they differ from the ones the user opened.
 */

#define G_LOG_DOMAIN "ond-store-themes"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-form-conflict.h"

/**
 * ond_store_get_theme:
 * @self: a #OndStore
 * @plan_id: the plan of the theme
 * @id: a theme
 * @error: return location for an error
 *
 * Returns: (transfer full): the theme as it is now, with its owners, or %NULL with @error
 *   set (%OND_STORE_ERROR_NOT_FOUND when it is gone)
 */
OndTheme *
ond_store_get_theme (OndStore  *self,
                     gint64     plan_id,
                     gint64     id,
                     GError   **error)
{
  g_autoptr(GListModel) list = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  list = ond_store_list_themes (self, plan_id, error);
  if (list == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(OndTheme) theme = g_list_model_get_item (list, i);

      if (ond_theme_get_id (theme) == id)
        return g_steal_pointer (&theme);
    }
  g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                       _("The theme does not exist (any more)."));
  return NULL;
}

/**
 * ond_store_compare_theme_owners_edit:
 * @opened: the theme as the user opened it
 * @owners: the names of the owners in the user's form, as ond_theme_get_owners () gives them
 * @current: the theme as it is now
 *
 * Returns: (transfer full) (element-type OndCaseChange): the owners when someone else changed
 *   them, or an empty list
 */
GPtrArray *
ond_store_compare_theme_owners_edit (OndTheme   *opened,
                                     const char *owners,
                                     OndTheme   *current)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ond_case_change_free);

  ond_case_change_add (changes, "owners", _("Owners"), ond_theme_get_owners (opened),
                       ond_theme_get_owners (current), owners != NULL ? owners : "");
  return changes;
}
