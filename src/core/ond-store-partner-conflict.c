/* ond-store-partner-conflict.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What changed in a partner while the user had it open for editing (optimistic locking, see
 * ond-store-migration-10.c): the fields of its form where the current row differs from the
 * version the user opened, with the user's value and the other person's, as the form shows
 * them (texts trimmed, the kind's label, yes or no), then whether it was retired or brought
 * back, which the form does not hold. The same OndCaseChange list as a case's
 * (ond-store-case-conflict.c), for the one conflict dialog.
 */

#define G_LOG_DOMAIN "ond-store-partners"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-partner-conflict.h"
#include "ond-store-vocabulary.h"

/**
 * ond_store_get_partner:
 * @self: a #OndStore
 * @partner_id: the partner
 * @error: return location for an error
 *
 * Returns: (transfer full): the partner as it is now, or %NULL with @error set
 *   (%OND_STORE_ERROR_NOT_FOUND when it is gone)
 */
OndPartner *
ond_store_get_partner (OndStore  *self,
                       gint64     partner_id,
                       GError   **error)
{
  g_autoptr(GListModel) list = NULL;
  guint n;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  list = ond_store_list_partners (self, error);
  if (list == NULL)
    return NULL;
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndPartner) partner = g_list_model_get_item (list, i);

      if (ond_partner_get_id (partner) == partner_id)
        return g_steal_pointer (&partner);
    }
  g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                       _("The partner does not exist (any more)."));
  return NULL;
}

static char *
trimmed (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

static char *
yes_no (gboolean yes)
{
  return g_strdup (yes ? _("Yes") : _("No"));
}

static char *
kind_label (GPtrArray  *kinds,
            const char *code)
{
  for (guint i = 0; i < kinds->len; i++)
    {
      OndVocabularyEntry *entry = g_ptr_array_index (kinds, i);

      if (g_strcmp0 (entry->code, code) == 0)
        return g_strdup (entry->label);
    }
  return g_strdup (code != NULL ? code : "");
}

/* Adds the field when someone else changed it; takes the three texts. */
static void
add_change (GPtrArray  *changes,
            const char *field,
            const char *label,
            char       *before,
            char       *theirs,
            char       *mine)
{
  ond_case_change_add (changes, field, label, before, theirs, mine);
  g_free (before);
  g_free (theirs);
  g_free (mine);
}

/**
 * ond_store_compare_partner_edit:
 * @self: a #OndStore
 * @opened: the partner as the user opened it
 * @mine: the fields of the user's edit (retired is not one of them: listed with mine %NULL)
 * @current: the partner as it is now (ond_store_get_partner () after
 *   %OND_STORE_ERROR_CONFLICT)
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type OndCaseChange): the fields someone else changed, in
 *   the order of the form, then retired, or %NULL with @error set
 */
GPtrArray *
ond_store_compare_partner_edit (OndStore                *self,
                                OndPartner              *opened,
                                const OndPartnerFields  *mine,
                                OndPartner              *current,
                                GError                 **error)
{
  g_autoptr(GPtrArray) kinds = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  guint n;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (OND_IS_PARTNER (opened), NULL);
  g_return_val_if_fail (mine != NULL, NULL);
  g_return_val_if_fail (OND_IS_PARTNER (current), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  kinds = ond_store_list_vocabulary (self, "partner_kind", error);
  if (kinds == NULL)
    return NULL;

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ond_case_change_free);
  add_change (changes, "name", _("Name"), trimmed (ond_partner_get_name (opened)),
              trimmed (ond_partner_get_name (current)), trimmed (mine->name));
  add_change (changes, "short-name", _("Short name"),
              trimmed (ond_partner_get_short_name (opened)),
              trimmed (ond_partner_get_short_name (current)), trimmed (mine->short_name));
  add_change (changes, "kind", _("Kind"), kind_label (kinds, ond_partner_get_kind (opened)),
              kind_label (kinds, ond_partner_get_kind (current)), kind_label (kinds, mine->kind));
  add_change (changes, "regiegroep", _("Member of the regiegroep"),
              yes_no (ond_partner_get_regiegroep (opened)),
              yes_no (ond_partner_get_regiegroep (current)), yes_no (mine->regiegroep));
  add_change (changes, "contact-role", _("Contact role (optional)"),
              trimmed (ond_partner_get_contact_role (opened)),
              trimmed (ond_partner_get_contact_role (current)), trimmed (mine->contact_role));
  /* Not in the form (a save of the form leaves it): no value of the user's. */
  n = changes->len;
  add_change (changes, "retired", _("Retired"), yes_no (ond_partner_get_retired (opened)),
              yes_no (ond_partner_get_retired (current)), NULL);
  if (changes->len > n)
    ((OndCaseChange *) g_ptr_array_index (changes, n))->mine_changed = FALSE;
  return g_steal_pointer (&changes);
}
