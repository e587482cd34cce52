/* ond-store-edit-conflict.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What changed in a case's intervention while the user had it open for editing (optimistic
 * locking, see ond-store-migration-8.c): the fields of its edit form where the current row
 * differs from the version the user opened, with the user's value and the other person's, as
 * the form shows them (dates as dd-mm-yyyy, the status's label, the partner's name). The same
 * OndCaseChange list as a case's (ond-store-case-conflict.c), for the one conflict dialog.
 */

#define G_LOG_DOMAIN "ond-store-cases"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-date.h"
#include "ond-store-cases.h"
#include "ond-store-edit-conflict.h"
#include "ond-store-private.h"
#include "ond-store-vocabulary.h"

/**
 * ond_store_get_case_intervention:
 * @self: a #OndStore
 * @case_id: the case
 * @case_intervention_id: the row of the case's intervention
 * @error: return location for an error
 *
 * Returns: (transfer full): the case's intervention as it is now, or %NULL with @error set
 *   (%OND_STORE_ERROR_NOT_FOUND when it is gone)
 */
OndCaseIntervention *
ond_store_get_case_intervention (OndStore  *self,
                                 gint64     case_id,
                                 gint64     case_intervention_id,
                                 GError   **error)
{
  g_autoptr(GListModel) list = NULL;
  guint n;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  list = ond_store_list_case_interventions (self, case_id, error);
  if (list == NULL)
    return NULL;
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndCaseIntervention) item = g_list_model_get_item (list, i);

      if (ond_case_intervention_get_id (item) == case_intervention_id)
        return g_steal_pointer (&item);
    }
  g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                       _("The intervention of the case does not exist (any more)."));
  return NULL;
}

static char *
partner_name (OndStore    *self,
              gint64       partner_id,
              GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = _ond_store_prepare (self, "SELECT short_name FROM partner WHERE id = ?", error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, partner_id, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return NULL;
  /* A partner without a row cannot be saved anyway; shown as its number. */
  return has_row ? g_strdup (ond_statement_get_text (stmt, 0))
                 : g_strdup_printf ("%" G_GINT64_FORMAT, partner_id);
}

static char *
status_label (GPtrArray  *statuses,
              const char *code)
{
  for (guint i = 0; i < statuses->len; i++)
    {
      OndVocabularyEntry *entry = g_ptr_array_index (statuses, i);

      if (g_strcmp0 (entry->code, code) == 0)
        return g_strdup (entry->label);
    }
  return g_strdup (code);
}

/* An optional date as the form shows it; what does not parse is shown as typed. */
static char *
shown_date (const char *date)
{
  g_autofree char *iso = NULL;

  if (date == NULL || date[0] == '\0')
    return g_strdup ("");
  if (!ond_date_parse (date, &iso, NULL))
    return g_strstrip (g_strdup (date));
  return ond_date_format (iso);
}

/**
 * ond_store_compare_case_intervention_edit:
 * @self: a #OndStore
 * @opened: the case's intervention as the user opened it
 * @partner_id: the partner in the user's edit
 * @planned_date: (nullable): the planned date in the user's edit
 * @follow_up_date: (nullable): the follow-up date in the user's edit
 * @status: (nullable): the status code in the user's edit (%NULL = gepland)
 * @note: (nullable): the note in the user's edit
 * @current: the case's intervention as it is now (read again after %OND_STORE_ERROR_CONFLICT)
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type OndCaseChange): the fields someone else changed, in
 *   the order of the form, or %NULL with @error set
 */
GPtrArray *
ond_store_compare_case_intervention_edit (OndStore             *self,
                                          OndCaseIntervention  *opened,
                                          gint64                partner_id,
                                          const char           *planned_date,
                                          const char           *follow_up_date,
                                          const char           *status,
                                          const char           *note,
                                          OndCaseIntervention  *current,
                                          GError              **error)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) statuses = NULL;
  g_autofree char *mine_partner = NULL;
  g_autofree char *before_planned = NULL, *theirs_planned = NULL, *mine_planned = NULL;
  g_autofree char *before_follow = NULL, *theirs_follow = NULL, *mine_follow = NULL;
  g_autofree char *before_status = NULL, *theirs_status = NULL, *mine_status = NULL;
  g_autofree char *mine_note = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (OND_IS_CASE_INTERVENTION (opened), NULL);
  g_return_val_if_fail (OND_IS_CASE_INTERVENTION (current), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statuses = ond_store_list_vocabulary (self, "intervention_status", error);
  if (statuses == NULL)
    return NULL;
  mine_partner = partner_name (self, partner_id, error);
  if (mine_partner == NULL)
    return NULL;

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ond_case_change_free);
  ond_case_change_add (changes, "partner-id", _("Partner"),
                       ond_case_intervention_get_partner_name (opened),
                       ond_case_intervention_get_partner_name (current), mine_partner);
  before_planned = shown_date (ond_case_intervention_get_planned_date (opened));
  theirs_planned = shown_date (ond_case_intervention_get_planned_date (current));
  mine_planned = shown_date (planned_date);
  ond_case_change_add (changes, "planned-date", _("Planned date"), before_planned,
                       theirs_planned, mine_planned);
  before_follow = shown_date (ond_case_intervention_get_follow_up_date (opened));
  theirs_follow = shown_date (ond_case_intervention_get_follow_up_date (current));
  mine_follow = shown_date (follow_up_date);
  ond_case_change_add (changes, "follow-up-date", _("Follow-up date"), before_follow,
                       theirs_follow, mine_follow);
  before_status = status_label (statuses, ond_case_intervention_get_status (opened));
  theirs_status = status_label (statuses, ond_case_intervention_get_status (current));
  mine_status = status_label (statuses, status != NULL ? status : "gepland");
  ond_case_change_add (changes, "status", _("Status"), before_status, theirs_status,
                       mine_status);
  mine_note = g_strstrip (g_strdup (note != NULL ? note : ""));
  ond_case_change_add (changes, "note", _("Note"), ond_case_intervention_get_note (opened),
                       ond_case_intervention_get_note (current), mine_note);
  return g_steal_pointer (&changes);
}
